import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { datePattern, mayHoldDate, shortestDate } from '../../src/metadata/chinese-date.js'
import { settings } from '../properties/fc-settings.js'

const holdsDate = (text: string): boolean => {
  datePattern.lastIndex = 0
  return datePattern.exec(text) !== null
}

describe('mayHoldDate', () => {
  test('should let through the signature dates reports print', () => {
    expect(mayHoldDate('                     二〇一二年二月二十日')).toBe(true)
    expect(mayHoldDate('发布日期: 2018-02-23')).toBe(true)
    expect(mayHoldDate('2018 年 2 月 23 日')).toBe(true)
    expect(mayHoldDate('2018.2.23')).toBe(true)
    // The shortest dates there are.
    expect(mayHoldDate('2018-2-3')).toBe(true)
    expect(mayHoldDate('2018年2月3日')).toBe(true)
  })

  test('should count as shortest date the shortest match there is', () => {
    const unit = fc.constantFrom('2', '0', '1', '9', '〇', '二', '十', ' ', '年', '月', '日', '-', '/', '.')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (text) => {
        datePattern.lastIndex = 0
        for (const match of text.matchAll(datePattern)) expect(match[0].length).toBeGreaterThanOrEqual(shortestDate)
      }),
      settings,
    )
    expect(['2018-2-3'.length, '2018年2月3日'.length]).toEqual([shortestDate, shortestDate + 1])
  })

  test('should turn away lines without four digits before 年 or a separator', () => {
    expect(mayHoldDate('一、概述')).toBe(false)
    expect(mayHoldDate('20 18年')).toBe(false)
    expect(mayHoldDate('第201号')).toBe(false)
    expect(mayHoldDate('二〇一二-二-二十')).toBe(false)
    expect(mayHoldDate('2018\t年')).toBe(false)
  })

  test('should never turn away a text the date pattern matches', () => {
    const unit = fc.constantFrom('2', '0', '1', '9', '〇', '○', '零', 'O', 'Ｏ', '二', '十', ' ', '\t', '年', '月', '日', '-', '/', '.', '号', 'x')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        if (holdsDate(text)) expect(mayHoldDate(text)).toBe(true)
      }),
      settings,
    )
  })
})
