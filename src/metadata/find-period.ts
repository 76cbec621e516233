import { toIsoDate } from './chinese-date.js'
import type { Period } from '../model/metadata.js'

// 自2017年1月1日起，至2017年12月31日止 / 日期为2017年1月1日至2017年12月31日
const periodPattern = /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *日 *(?:起)? *[，,]? *(?:至|到|—|－|-|~|～) *(?:(\d{4}) *年 *)?(\d{1,2}) *月 *(\d{1,2}) *日/u

/** The first statistics period printed in `text`, with its `[start, end)` in `text`. */
export function findPeriod(text: string): { period: Period; range: [number, number] } | null {
  const match = periodPattern.exec(text)
  if (!match) return null
  const start = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  const end = toIsoDate(Number(match[4] ?? match[1]), Number(match[5]), Number(match[6]))
  if (!start || !end || start > end) return null
  return { period: { start, end }, range: [match.index, match.index + match[0].length] }
}
