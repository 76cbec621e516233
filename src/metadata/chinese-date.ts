import { parseChineseNumeral } from '../util/chinese-numeral.js'

const cnDigit = '〇○零OＯ一二三四五六七八九十'

/** A date pattern in Arabic (`2018-02-23`, `2018年2月23日`) or Chinese numerals (`二〇一二年二月二十日`). */
export const datePattern = new RegExp(
  `(\\d{4}) *(?:年 *(\\d{1,2}) *月 *(\\d{1,2}) *日|[-/.](\\d{1,2})[-/.](\\d{1,2}))|([${cnDigit}]{4}) *年 *([${cnDigit}]{1,2}) *月 *([${cnDigit}]{1,3}) *日`,
  'gu',
)

/**
 * False when `text.slice(start, end)` cannot hold a match of {@link datePattern}, found in one look
 * at each character instead of a run of the pattern: each of its forms has `年` or a `-`, `/` or
 * `.` between the numbers.
 */
export function mayHoldDate(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5e74 || code === 0x2d || code === 0x2e || code === 0x2f) return true // 年 - . /
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
