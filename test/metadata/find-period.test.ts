import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { toIsoDate } from '../../src/metadata/chinese-date.js'
import { findPeriod } from '../../src/metadata/find-period.js'
import { settings } from '../properties/fc-settings.js'

const pattern = /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *日 *(?:起)? *[，,]? *(?:至|到|—|－|-|~|～) *(?:(\d{4}) *年 *)?(\d{1,2}) *月 *(\d{1,2}) *日/uy

/**
 * The rule by brute force: the pattern tried at every index; the first range with a period word in
 * the 16 characters before it, else the first whole calendar year.
 */
function everywhere(text: string): { period: { start: string; end: string }; range: [number, number] } | null {
  let wholeYear: { period: { start: string; end: string }; range: [number, number] } | null = null
  for (let index = 0; index < text.length; index++) {
    pattern.lastIndex = index
    const match = pattern.exec(text)
    if (!match) continue
    const start = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
    const end = toIsoDate(Number(match[4] ?? match[1]), Number(match[5]), Number(match[6]))
    if (!start || !end || start > end) continue
    const found = { period: { start, end }, range: [index, index + match[0].length] as [number, number] }
    if (/统计|报告期|时限|期限|期间为/u.test(text.slice(Math.max(0, index - 16), index))) return found
    if (!wholeYear && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) wholeYear = found
  }
  return wholeYear
}

describe('findPeriod', () => {
  test('should read the first statistics period printed', () => {
    const text = '本报告所列数据的统计期限自2017年1月1日起，至2017年12月31日止。2018年1月1日至2018年2月1日'
    expect(findPeriod(text)).toEqual({ period: { start: '2017-01-01', end: '2017-12-31' }, range: [13, 36] })
    // Four digits before the spaces before 年, not the five printed.
    expect(findPeriod('12017 年 1 月 1 日 至 12 月 31 日')).toEqual({ period: { start: '2017-01-01', end: '2017-12-31' }, range: [1, 27] })
    expect(findPeriod('2017年1月1日')).toBeNull()
    expect(findPeriod('2017年1月1日至12月31日')?.range).toEqual([0, 16])
    expect(findPeriod('统计期限2017年、2018年1月1日至3月1日')?.range).toEqual([10, 24])
  })

  test('should pass over a date range in prose for the one stated as the period, or a whole year', () => {
    // A range of the prose first, the statistics period after it.
    const text = '2022年3月1日至2022年6月30日，开展专项检查。本报告统计期限自2022年1月1日起至2022年12月31日止。'
    expect(findPeriod(text)?.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
    // No period stated: a whole calendar year is taken, a range of other years in prose is not.
    expect(findPeriod('对2018年1月1日至2021年12月31日期间制发的行政规范性文件进行了清理。')).toBeNull()
    expect(findPeriod('清理2018年1月1日至2021年12月31日的文件；全年（2022年1月1日至12月31日）')?.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
  })

  test('should find what the pattern run over the whole text finds', () => {
    // Whole dates and their pieces, so that many texts hold a period and many almost do.
    const piece = fc.constantFrom('2017年1月1日至2017年12月31日', '2018 年 1 月 1 日起，至 2 月 1 日', '2017年1月1日', '2017 年 1 月 1 日', '12月31日', '2018年', '2017', '1', '12', '31', '0', ' ', '  ', '年', '月', '日', '起', '，', '至', '-', '~', '统计', '期限', '报告期')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(findPeriod(text)).toEqual(everywhere(text))
      }),
      settings,
    )
  })
})
