import { listCells, type ParsedReport } from '../../src/index.js'
import { compareHeadings, type HeadingComparison } from './compare-headings.js'
import { expectedCells } from './expected-cells.js'
import { expectedGeneration } from './expected-generation.js'
import type { ManifestEntry } from './load-manifest.js'
import { scoreCells, type CellScore } from './score-cells.js'

/** One scored answer: what the manifest expects, what the parse gave, and whether they agree. */
export interface Answer<T> {
  expected: T
  got: T | null
  right: boolean
}

/** The scores of one manifest entry. A field is null when the manifest does not state it. */
export interface EntryScore {
  folder: string
  id: string
  file: string
  /** How the file was handed to `parseReport`; null when it could not be. */
  input: 'bytes' | 'string' | null
  /** Why the file could not be read or parsed; everything then scores as wrong. */
  error: string | null
  generation: Answer<string> | null
  isReport: Answer<boolean> | null
  /** Right when the parsed organ is the manifest's `organ` or one of its `organ_aliases`. */
  organ: (Answer<string> & { aliases: string[] }) | null
  year: Answer<number> | null
  headings: HeadingComparison | null
  cells: CellScore
  /** Manifest values the eval could not score (unknown generation code, unmapped label, …). */
  problems: string[]
}

/** What is known about how the entry was parsed. */
export interface ParseOutcome {
  folder: string
  report: ParsedReport | null
  input: 'bytes' | 'string' | null
  error: string | null
}

const foldName = (name: string) => name.normalize('NFKC').replace(/\s+/gu, '')

/**
 * Scores one parse against its manifest entry: generation, is_report, organ (or an alias), year,
 * top-level headings (`numbering + title`, compared after folding) and every expected cell read
 * with `listCells`. A missing report (the parse failed) scores every stated value as wrong.
 */
export function scoreEntry(entry: ManifestEntry, outcome: ParseOutcome): EntryScore {
  const { report } = outcome
  const expected = entry.expected
  const problems: string[] = []

  let generation: EntryScore['generation'] = null
  const wanted = expectedGeneration(entry.generation)
  if (wanted === null) problems.push(`unknown generation code “${entry.generation}”`)
  else generation = { expected: wanted, got: report?.generation ?? null, right: report?.generation === wanted }

  const isReport =
    expected.is_report === undefined
      ? null
      : { expected: expected.is_report, got: report?.classification.isReport ?? null, right: report?.classification.isReport === expected.is_report }

  let organ: EntryScore['organ'] = null
  if (expected.organ !== undefined) {
    const aliases = expected.organ_aliases ?? []
    const got = report?.meta.organ ?? null
    const right = got !== null && [expected.organ, ...aliases].some((name) => foldName(name) === foldName(got))
    organ = { expected: expected.organ, aliases, got, right }
  }

  const year = expected.year === undefined ? null : { expected: expected.year, got: report?.meta.year ?? null, right: report?.meta.year === expected.year }

  const headings =
    expected.sections === undefined
      ? null
      : compareHeadings(expected.sections, (report?.sections ?? []).map((section) => `${section.numbering ?? ''}${section.title}`))

  const wantedCells = expectedCells(expected)
  problems.push(...wantedCells.problems)
  const cells = scoreCells(wantedCells.cells, report ? listCells(report) : [])

  return { folder: outcome.folder, id: entry.id, file: entry.file, input: outcome.input, error: outcome.error, generation, isReport, organ, year, headings, cells, problems }
}
