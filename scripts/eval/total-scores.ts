import type { EntryScore } from './score-entry.js'
import { sumTallies, type Tally } from './tally.js'

/** The scores of a whole run, summed over entries; each tally counts only entries that state it. */
export interface TotalScores {
  entries: number
  /** Entries whose file could not be read or parsed. */
  errors: number
  generation: Tally
  isReport: Tally
  organ: Tally
  year: Tally
  /** Entries whose headings match exactly, out of entries with expected headings. */
  headingsExact: Tally
  /** Expected headings found in order, summed over entries. */
  headingsFound: Tally
  cells: Tally
  /** Cells per table (`requests`, `reviewLitigation`, `activeDisclosure`, `statistics`). */
  cellsByTable: Record<string, Tally>
}

const answered = (answers: ReadonlyArray<{ right: boolean } | null>): Tally => {
  const stated = answers.filter((answer) => answer !== null)
  return { right: stated.filter((answer) => answer.right).length, of: stated.length }
}

/** Sums entry scores into run totals. */
export function totalScores(scores: readonly EntryScore[]): TotalScores {
  const tables = [...new Set(scores.flatMap((score) => Object.keys(score.cells.byTable)))].sort()
  return {
    entries: scores.length,
    errors: scores.filter((score) => score.error !== null).length,
    generation: answered(scores.map((score) => score.generation)),
    isReport: answered(scores.map((score) => score.isReport)),
    organ: answered(scores.map((score) => score.organ)),
    year: answered(scores.map((score) => score.year)),
    headingsExact: answered(scores.map((score) => score.headings && { right: score.headings.exact })),
    headingsFound: sumTallies(scores.flatMap((score) => (score.headings ? [{ right: score.headings.found, of: score.headings.expected.length }] : []))),
    cells: sumTallies(scores.map((score) => score.cells)),
    cellsByTable: Object.fromEntries(tables.map((table) => [table, sumTallies(scores.flatMap((score) => score.cells.byTable[table] ?? []))])),
  }
}
