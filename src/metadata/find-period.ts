import { toIsoDate } from './chinese-date.js'
import type { Period } from '../model/metadata.js'

// 自2017年1月1日起，至2017年12月31日止 / 日期为2017年1月1日至2017年12月31日
const periodPattern = /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *日 *(?:起)? *[，,]? *(?:至|到|—|－|-|~|～) *(?:(\d{4}) *年 *)?(\d{1,2}) *月 *(\d{1,2}) *日/u
/** {@link periodPattern} tried at one place only (`lastIndex`). */
const periodAt = new RegExp(periodPattern.source, 'uy')

/** The statistics period printed in `text`, with its `[start, end)` in `text`. */
export function findPeriod(text: string): { period: Period; range: [number, number] } | null {
  // The first range the text introduces as the statistics period (`统计期限自…`); else the first that
  // is one whole calendar year. Any other date range is prose (`对2018年1月1日至2021年12月31日期间制发
  // 的…文件进行清理`), not the report's period.
  let wholeYear: { period: Period; range: [number, number] } | null = null
  for (let from = 0; ; ) {
    const match = firstPeriodMatch(text, from)
    if (!match) return wholeYear
    // On from the 年 after the range's first one (the search looks four digits before each 年).
    from = text.indexOf('年', match.index) + 1
    const start = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
    const end = toIsoDate(Number(match[4] ?? match[1]), Number(match[5]), Number(match[6]))
    if (!start || !end || start > end) continue
    const found = { period: { start, end }, range: [match.index, match.index + match[0].length] as [number, number] }
    if (periodWord.test(text.slice(Math.max(0, match.index - periodWordReach), match.index))) return found
    if (wholeYear === null && start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)) wholeYear = found
  }
}

/** Words that introduce the statistics period, and how far before a range they are looked for. */
const periodWord = /统计|报告期|时限|期限|期间为/u
const periodWordReach = 16

/**
 * What `periodPattern.exec(text)` finds, without running the pattern at every character (it tries
 * its four digits at each one): every match starts with four ASCII digits, the spaces before its
 * first 年 and that 年, so it can start only four digits before the spaces before a 年, found by a
 * native search. Each 年 gives one such place, and a later 年 a later one: the first place where
 * the pattern matches is where its unanchored search stops.
 */
function firstPeriodMatch(text: string, from = 0): RegExpExecArray | null {
  for (let year = text.indexOf('年', from); year >= 0; year = text.indexOf('年', year + 1)) {
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
