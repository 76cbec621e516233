/**
 * Index of the first character of `text` after its leading U+0020 spaces (the ` *` the heading
 * patterns start with), from `from` on; `text.length` when there is none. Detectors and line
 * tests look at that character to reject a line before running a pattern.
 */
export function indentOf(text: string, from = 0): number {
  let index = from
  while (text.charCodeAt(index) === 0x20) index++
  return index
}
