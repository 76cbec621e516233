import type { GridCell } from '../../model/grid.js'
import { holdsWord, isValueText, opensLabel } from './parse-cell-value.js'

/** A run of digits to split (`5-14`, `500000 5`). */
export const digitRun = /^[\d.]+(?:[-+][\d.]+)*(?: [-+]?[\d.]+(?:[-+][\d.]+)*)*$/u
/** A value cell: a number, a blank mark, or a run of digits to split (`5-14`, `500000 5`). */
export const isValueCell = (cell: GridCell | undefined) =>
  // A digit run opens with a digit or a point, and trimming keeps an ideograph first.
  // A text holding a word (see holdsWord) is no digit run either.
  cell !== undefined && !opensLabel(cell.text) && (isValueText(cell.text) || (!holdsWord(cell.text) && digitRun.test(cell.text.trim())))
