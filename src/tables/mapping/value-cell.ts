import type { GridCell } from '../../model/grid.js'
import { holdsWord, isValueText, opensLabel } from './parse-cell-value.js'

/**
 * A cell's text as the digit-run tests and the splitters read it: trimmed, and with full-width
 * digits, points, signs and spaces (`１２３１３０`, U+3000) folded to ASCII by NFKC, one character for
 * one, so a flattened row printed in full-width digits splits as it does in ASCII. The text is
 * normalised only when it holds such a character.
 */
export function digitText(text: string): string {
  const trimmed = text.trim()
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i)
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) return trimmed.normalize('NFKC')
  }
  return trimmed
}

/** A run of digits to split (`5-14`, `500000 5`), as {@link digitText} gives it. */
export const digitRun = /^[\d.]+(?:[-+][\d.]+)*(?: [-+]?[\d.]+(?:[-+][\d.]+)*)*$/u
/** A value cell: a number, a blank mark, or a run of digits to split (`5-14`, `500000 5`). */
export const isValueCell = (cell: GridCell | undefined) =>
  // A digit run opens with a digit or a point, and trimming keeps an ideograph first.
  // A text holding a word (see holdsWord) is no digit run either.
  cell !== undefined && !opensLabel(cell.text) && (isValueText(cell.text) || (!holdsWord(cell.text) && isDigitRun(cell.text)))

/** Whether a cell's text is a run of digits to split: as printed, or once folded ({@link digitText}) when it is not. */
function isDigitRun(text: string): boolean {
  const trimmed = text.trim()
  if (digitRun.test(trimmed)) return true
  const folded = digitText(trimmed)
  return folded !== trimmed && digitRun.test(folded)
}
