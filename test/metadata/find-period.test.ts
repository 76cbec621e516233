import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { toIsoDate } from '../../src/metadata/chinese-date.js'
import { findPeriod } from '../../src/metadata/find-period.js'
import { settings } from '../properties/fc-settings.js'

/** The search as it was: the period pattern run over the whole text. */
function everywhere(text: string): { period: { start: string; end: string }; range: [number, number] } | null {
  const match = /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *日 *(?:起)? *[，,]? *(?:至|到|—|－|-|~|～) *(?:(\d{4}) *年 *)?(\d{1,2}) *月 *(\d{1,2}) *日/u.exec(text)
  if (!match) return null
  const start = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  const end = toIsoDate(Number(match[4] ?? match[1]), Number(match[5]), Number(match[6]))
  if (!start || !end || start > end) return null
  return { period: { start, end }, range: [match.index, match.index + match[0].length] }
}

describe('findPeriod', () => {
  test('should read the first statistics period printed', () => {
    const text = '本报告所列数据的统计期限自2017年1月1日起，至2017年12月31日止。2018年1月1日至2018年2月1日'
    expect(findPeriod(text)).toEqual({ period: { start: '2017-01-01', end: '2017-12-31' }, range: [13, 36] })
    // Four digits before the spaces before 年, not the five printed.
    expect(findPeriod('12017 年 1 月 1 日 至 12 月 31 日')).toEqual({ period: { start: '2017-01-01', end: '2017-12-31' }, range: [1, 27] })
    expect(findPeriod('2017年1月1日')).toBeNull()
    expect(findPeriod('2017年1月1日至12月31日')?.range).toEqual([0, 16])
    expect(findPeriod('2017年、2018年1月1日至3月1日')?.range).toEqual([6, 20])
  })

  test('should find what the pattern run over the whole text finds', () => {
    // Whole dates and their pieces, so that many texts hold a period and many almost do.
    const piece = fc.constantFrom('2017年1月1日至2017年12月31日', '2018 年 1 月 1 日起，至 2 月 1 日', '2017年1月1日', '2017 年 1 月 1 日', '12月31日', '2018年', '2017', '1', '12', '31', '0', ' ', '  ', '年', '月', '日', '起', '，', '至', '-', '~', '统计')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(findPeriod(text)).toEqual(everywhere(text))
      }),
      settings,
    )
  })
})
