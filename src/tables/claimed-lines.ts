import type { Grid, GridCell } from '../model/grid.js'
import { LineSet } from './line-set.js'

/** What a reader noted of a grid it read: the one line each of its rows is on. */
interface RowLinesNote {
  readonly grid: Grid
  /** The rows array the grid was read with, and how many rows it had. */
  readonly rows: readonly GridCell[][]
  readonly count: number
  readonly lines: readonly number[]
}

/**
 * The lines `findGrids` hands its readers as claimed, and what a reader noted there of the grids
 * it read: for a grid each of whose rows is read off one line (TAB rows), that line for every row,
 * so `valueRowLines` marks a row's line without finding the line of each of its cells.
 */
export class ClaimedLines extends LineSet {
  /**
   * The notes by the first line of their grid (no two grids share a line): found in one lookup
   * whatever the number of grids. A list searched from the start for each grid made a document of
   * many small TAB grids quadratic (16,000 grids: 0.65 → 1.2 s).
   */
  readonly #notes = new Map<number, RowLinesNote>()

  /** Notes that every positioned cell of `grid.rows[k]` lies on document line `lines[k]` and no other. */
  noteRowLines(grid: Grid, lines: readonly number[]): void {
    this.#notes.set(grid.lines[0], { grid, rows: grid.rows, count: grid.rows.length, lines })
  }

  /**
   * The row lines noted for `grid`, while it still holds the very rows array it was read with and
   * as many rows; else null (its cells' positions must be read).
   */
  rowLines(grid: Grid): readonly number[] | null {
    const note = this.#notes.get(grid.lines[0])
    return note !== undefined && note.grid === grid && note.rows === grid.rows && note.count === grid.rows.length ? note.lines : null
  }

  /** Whether any reader noted row lines. */
  get hasNotes(): boolean {
    return this.#notes.size > 0
  }
}

/** Where the grids `findGrids` returns keep its claimed lines (non-enumerable: not part of the array). */
const claimedKey = Symbol('claimedLines')

/** Keeps `claimed` with the `grids` read with it, for {@link claimedLinesOf}. */
export function keepClaimedLines(grids: Grid[], claimed: ClaimedLines): void {
  Object.defineProperty(grids, claimedKey, { value: claimed, enumerable: false, configurable: true, writable: false })
}

/** The claimed lines kept with `grids` (an array `findGrids` returned), or null. */
export function claimedLinesOf(grids: readonly Grid[]): ClaimedLines | null {
  return ((grids as unknown as Record<symbol, ClaimedLines | undefined>)[claimedKey] as ClaimedLines | undefined) ?? null
}
