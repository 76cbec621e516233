import { basename } from 'node:path'
import type { EntryScore } from './score-entry.js'
import type { WrongCell } from './score-cells.js'
import { formatTally } from './tally.js'
import type { TotalScores } from './total-scores.js'

/** Everything one run of the evaluation measured, as printed and as `--json`. */
export interface EvalResult {
  /** How files were handed to `parseReport`: `bytes` once it takes them, else `string`. */
  input: 'bytes' | 'string'
  folders: string[]
  /** Folders skipped, with the reason. */
  skipped: { folder: string; problem: string }[]
  entries: EntryScore[]
  totals: TotalScores
}

/** How many wrong cells and missing headings a summary lists per file. */
const listed = 5

const mark = (right: boolean) => (right ? '✓' : '✗')
const show = (value: unknown) => (value === null ? 'none' : String(value))
const showCell = (value: WrongCell['got']) => (value === null ? 'blank' : String(value))

function entryLines(score: EntryScore): string[] {
  const lines = [`${basename(score.folder)}/${score.file} (${score.id}; input: ${score.input ?? '–'})`]
  if (score.error) lines.push(`  error       ${score.error}`)
  const answer = (name: string, result: { expected: unknown; got: unknown; right: boolean } | null, extra = '') => {
    if (!result) return
    lines.push(
      result.right
        ? `  ${name.padEnd(11)} ✓ ${show(result.got)}`
        : `  ${name.padEnd(11)} ✗ expected ${show(result.expected)}${extra}, got ${show(result.got)}`,
    )
  }
  answer('generation', score.generation)
  answer('is report', score.isReport)
  answer('organ', score.organ, score.organ?.aliases.length ? ` (or ${score.organ.aliases.length} aliases)` : '')
  answer('year', score.year)
  if (score.headings) {
    const { found, expected, exact, missing } = score.headings
    const more = missing.length > listed ? ` … ${missing.length - listed} more` : ''
    lines.push(
      `  headings    ${mark(exact)} ${found}/${expected.length} found in order, ${score.headings.got.length} parsed${exact ? ', exact' : ''}` +
        (missing.length ? `; missing: ${missing.slice(0, listed).join(' | ')}${more}` : ''),
    )
  }
  if (score.cells.of > 0) {
    lines.push(`  cells       ${mark(score.cells.right === score.cells.of)} ${score.cells.right}/${score.cells.of} right`)
    for (const cell of score.cells.wrong.slice(0, listed)) lines.push(`                ${cell.path}  ${showCell(cell.expected)}  ${showCell(cell.got)}`)
    if (score.cells.wrong.length > listed) lines.push(`                … ${score.cells.wrong.length - listed} more wrong`)
  }
  for (const problem of score.problems) lines.push(`  manifest?   ${problem}`)
  return lines
}

/**
 * Renders a run as readable text: per file the answers (✓, or ✗ with expected and got), headings
 * found in order, cells right with the first wrong ones as `path expected got`; then the totals
 * with percentages.
 */
export function formatSummary(result: EvalResult): string {
  const lines = [`zfxxgk corpus evaluation (parseReport input: ${result.input})`, '']
  for (const skipped of result.skipped) lines.push(`skipped ${skipped.folder}: ${skipped.problem}`)
  if (result.skipped.length) lines.push('')
  for (const score of result.entries) lines.push(...entryLines(score), '')
  const totals = result.totals
  lines.push(
    `Totals over ${totals.entries} files in ${result.folders.length} folders (${totals.errors} could not be parsed)`,
    `  generation      ${formatTally(totals.generation)}`,
    `  is report       ${formatTally(totals.isReport)}`,
    `  organ           ${formatTally(totals.organ)}`,
    `  year            ${formatTally(totals.year)}`,
    `  headings exact  ${formatTally(totals.headingsExact)} files`,
    `  headings found  ${formatTally(totals.headingsFound)} headings, in order`,
    `  cells           ${formatTally(totals.cells)}`,
    ...Object.entries(totals.cellsByTable).map(([table, tally]) => `    ${table.padEnd(17)} ${formatTally(tally)}`),
  )
  return lines.join('\n')
}
