import type { CellEntry } from '../../src/index.js'
import type { ExpectedCell } from './expected-cells.js'
import type { Tally } from './tally.js'

/** A cell the parse got wrong: `got` is `'missing'` when the parser produced no such path. */
export interface WrongCell {
  path: string
  expected: number | null
  got: number | null | 'missing'
}

/** Cell scores of one report: in total, per table (first path segment), and the wrong cells in order. */
export interface CellScore extends Tally {
  byTable: Record<string, Tally>
  wrong: WrongCell[]
}

/** Whether a parsed value equals the expected one; blank (null) only equals blank, never 0. */
export function sameValue(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got
  return Math.abs(expected - got) <= 1e-12 * Math.max(1, Math.abs(expected))
}

/**
 * Scores the expected cells against `listCells(report)`: a cell is right when the path is there
 * with the same value (blank = null, never 0), and wrong when the value differs or the path is
 * missing.
 */
export function scoreCells(expected: readonly ExpectedCell[], got: readonly Pick<CellEntry, 'path' | 'value'>[]): CellScore {
  const parsed = new Map(got.map((entry) => [entry.path, entry.value]))
  const byTable: Record<string, Tally> = {}
  const wrong: WrongCell[] = []
  for (const cell of expected) {
    const table = cell.path.split('.')[0] ?? cell.path
    const tally = (byTable[table] ??= { right: 0, of: 0 })
    tally.of++
    const value = parsed.has(cell.path) ? (parsed.get(cell.path) as number | null) : 'missing'
    if (value !== 'missing' && sameValue(cell.expected, value)) tally.right++
    else wrong.push({ path: cell.path, expected: cell.expected, got: value })
  }
  return { right: expected.length - wrong.length, of: expected.length, byTable, wrong }
}
