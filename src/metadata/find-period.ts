import { toIsoDate } from './chinese-date.js'
import type { Period } from '../model/metadata.js'

// 自2017年1月1日起，至2017年12月31日止 / 日期为2017年1月1日至2017年12月31日
const periodPattern = /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *日 *(?:起)? *[，,]? *(?:至|到|—|－|-|~|～) *(?:(\d{4}) *年 *)?(\d{1,2}) *月 *(\d{1,2}) *日/u
/** {@link periodPattern} tried at one place only (`lastIndex`). */
const periodAt = new RegExp(periodPattern.source, 'uy')

/** The first statistics period printed in `text`, with its `[start, end)` in `text`. */
export function findPeriod(text: string): { period: Period; range: [number, number] } | null {
  const match = firstPeriodMatch(text)
  if (!match) return null
  const start = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  const end = toIsoDate(Number(match[4] ?? match[1]), Number(match[5]), Number(match[6]))
  if (!start || !end || start > end) return null
  return { period: { start, end }, range: [match.index, match.index + match[0].length] }
}

/**
 * What `periodPattern.exec(text)` finds, without running the pattern at every character (it tries
 * its four digits at each one): every match starts with four ASCII digits, the spaces before its
 * first 年 and that 年, so it can start only four digits before the spaces before a 年, found by a
 * native search. Each 年 gives one such place, and a later 年 a later one: the first place where
 * the pattern matches is where its unanchored search stops.
 */
function firstPeriodMatch(text: string): RegExpExecArray | null {
  for (let year = text.indexOf('年'); year >= 0; year = text.indexOf('年', year + 1)) {
    let start = year
    while (start > 0 && text.charCodeAt(start - 1) === 0x20) start--
    start -= 4
    if (start < 0 || !isDigit(text, start) || !isDigit(text, start + 1) || !isDigit(text, start + 2) || !isDigit(text, start + 3)) continue
    periodAt.lastIndex = start
    const match = periodAt.exec(text)
    if (match) return match
  }
  return null
}

const isDigit = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at)
  return code >= 0x30 && code <= 0x39
}
