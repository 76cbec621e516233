import { parseChineseNumeral } from '../util/chinese-numeral.js'

const cnDigit = '〇○零OＯ一二三四五六七八九十'

/** A date pattern in Arabic (`2018-02-23`, `2018年2月23日`) or Chinese numerals (`二〇一二年二月二十日`). */
export const datePattern = new RegExp(
  `(\\d{4}) *(?:年 *(\\d{1,2}) *月 *(\\d{1,2}) *日|[-/.](\\d{1,2})[-/.](\\d{1,2}))|([${cnDigit}]{4}) *年 *([${cnDigit}]{1,2}) *月 *([${cnDigit}]{1,3}) *日`,
  'gu',
)

// What each UTF-16 code unit is to `mayHoldDate`: 0 for anything else.
const digit = 1
const chineseDigit = 2
const space = 3
const yearMark = 4
const separator = 5
const dateChars = new Uint8Array(0x10000)
for (let code = 0x30; code <= 0x39; code++) dateChars[code] = digit
for (const character of cnDigit) dateChars[character.charCodeAt(0)] = chineseDigit
dateChars[0x20] = space
dateChars['年'.charCodeAt(0)] = yearMark
for (const character of '-/.') dateChars[character.charCodeAt(0)] = separator

/**
 * What every match of {@link datePattern} holds: the 日 its 年 forms end with, or a separator and
 * the digit after it (`2018-2-23`).
 */
const dateMark = /日|[-/.]\d/u

/**
 * Fewest code units a match of {@link datePattern} has: four digits, a separator, a digit, a
 * separator and a digit (`2018-2-3`); the 年月日 forms have one more.
 */
export const shortestDate = 8

/**
 * False when `text` cannot hold a match of {@link datePattern}: every match has four digits in a
 * row, perhaps spaces, then `年` — or, after Arabic digits, a `-`, `/` or `.`. One table look-up
 * a character is far cheaper than running the pattern on each line that is not a date.
 */
export function mayHoldDate(text: string): boolean {
  // Shorter than any match (`2018-2-3`): a quarter of the bench documents' printed lines (table
  // cells, numbers) are ruled out before the native test's call.
  if (text.length < shortestDate) return false
  // A native test first: most short lines are table rows with no 日 and no separator, and it rules
  // them out at about half the cost of the walk below (bench documents).
  if (!dateMark.test(text)) return false
  // The runs of Arabic and of Chinese digits just before (kept across the spaces after a run),
  // and whether spaces followed the run: a digit after them starts a new run.
  let arabic = 0
  let chinese = 0
  let spaced = false
  for (let i = 0; i < text.length; i++) {
    const kind = dateChars[text.charCodeAt(i)]
    if (kind === digit) {
      arabic = spaced ? 1 : arabic + 1
      chinese = 0
      spaced = false
    } else if (kind === chineseDigit) {
      chinese = spaced ? 1 : chinese + 1
      arabic = 0
      spaced = false
    } else if (kind === space) {
      spaced = arabic > 0 || chinese > 0
    } else {
      if (arabic >= 4 && (kind === yearMark || kind === separator)) return true
      if (chinese >= 4 && kind === yearMark) return true
      arabic = 0
      chinese = 0
      spaced = false
    }
  }
  return false
}

/** The ISO date (`2012-02-20`) of a match of {@link datePattern}, or null when it is not a valid date. */
export function isoDate(match: RegExpExecArray | RegExpMatchArray): string | null {
  let year: number | null
  let month: number | null
  let day: number | null
  if (match[1]) {
    year = Number(match[1])
    month = Number(match[2] ?? match[4])
    day = Number(match[3] ?? match[5])
  } else {
    year = parseChineseNumeral(match[6] ?? '')
    month = parseChineseNumeral(match[7] ?? '')
    day = parseChineseNumeral(match[8] ?? '')
  }
  return toIsoDate(year, month, day)
}

/** `YYYY-MM-DD` for a plausible report date, or null. */
export function toIsoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
