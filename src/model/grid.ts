import type { Position } from './position.js'

/** One cell of a recovered grid, as printed. */
export interface GridCell {
  /** Cell text as printed, trimmed; empty for a blank cell. */
  text: string
  /** Where the text is in the input (for a blank cell: where the cell stands); null when unknown. */
  position: Position | null
}

/**
 * A table rebuilt from the input, before it is mapped onto a template: rows of cells, each with its
 * raw text and position, and the chain of readers and recoverers that produced it.
 */
export interface Grid {
  /** Reader that found the grid, then each recoverer that repaired it (`cell-per-line`, …). */
  via: string[]
  rows: GridCell[][]
  /** From the first to the last character of the grid. */
  position: Position
  /** Indices (0-based) of the first and last line of the read document the grid covers. */
  lines: [first: number, last: number]
}

/** A grid as it appears in the result, with the template table it was mapped to. */
export interface TableResult {
  grid: Grid
  /** Template table id (`g3.table3`, `g2.statistics`), or null when it matched none. */
  template: string | null
}
