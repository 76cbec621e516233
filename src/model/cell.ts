import type { Position } from './position.js'

/**
 * One value of a report: a number or null (blank, `—`, `-`, `/`, `无`, unreadable), with its
 * provenance. `0` is a printed zero; a blank is never 0.
 */
export interface CellValue {
  value: number | null
  /** Cell text as printed (empty for a blank cell). */
  raw: string
  /** Where the value (or the blank cell) is; null when the template cell is absent from the input. */
  position: Position | null
  /** How it was obtained: the grid reader then each recoverer, or `prose` when read from a sentence. */
  via: string[]
  /** `low` when a recovery had to guess; checks reading the value then become `uncertain`. */
  confidence: 'high' | 'low'
  /** Unit printed in the cell or row when it differs from the template's (`元`). */
  unit?: string
}

/** One entry of {@link listCells}: a value with its stable path. */
export interface CellEntry {
  path: string
  value: number | null
  raw: string
  line: number | null
  column: number | null
  offset: number | null
  via: string[]
}
