import type { GridCell } from '../../model/grid.js'
import { isValueText } from './parse-cell-value.js'

/** A run of digits to split (`5-14`, `500000 5`). */
export const digitRun = /^[\d.]+(?:[-+][\d.]+)*(?: [-+]?[\d.]+(?:[-+][\d.]+)*)*$/u
/** A value cell: a number, a blank mark, or a run of digits to split (`5-14`, `500000 5`). */
export const isValueCell = (cell: GridCell | undefined) => cell !== undefined && (isValueText(cell.text) || digitRun.test(cell.text.trim()))
