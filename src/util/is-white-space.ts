/** Whether a UTF-16 code unit is white space as the regex class `\s` has it, without a regex. */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Where `text.trimStart()` would start: the first character that is not white space, or `text.length`. */
export function trimStartIndex(text: string): number {
  let start = 0
  while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++
  return start
}

/** `text.trimEnd().length`, without the copy. */
export function trimEndIndex(text: string): number {
  let end = text.length
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--
  return end
}

/**
 * `text.trim().length <= most`, without the copy, and without a look at either end when the whole
 * text is short enough (all white space: the two ends cross, the difference is below 0).
 */
export function trimmedLengthAtMost(text: string, most: number): boolean {
  return text.length <= most || trimEndIndex(text) - trimStartIndex(text) <= most
}

/** Whether a text is empty or white space only (`text.trim() === ''`, without the copy). */
export function isBlankText(text: string): boolean {
  return text.length === 0 || trimStartIndex(text) === text.length
}
