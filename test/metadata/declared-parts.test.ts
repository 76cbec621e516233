import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { eitherPattern, findDeclaredParts } from '../../src/metadata/declared-parts.js'
import { settings } from '../properties/fc-settings.js'

// Made-up introductions in the wording real reports use (templates.md §8; Pingtan 2015/2019/2025 forms).
describe('findDeclaredParts', () => {
  test('should not take 共 before the count for part of the last name', () => {
    const text = '本报告由概述、主动公开政府信息情况和政府信息公开情况统计表共三个部分组成。'
    expect(findDeclaredParts(text)?.parts).toEqual({ count: 3, parts: ['概述', '主动公开政府信息情况', '政府信息公开情况统计表'] })
  })

  test('should keep a name that contains 、 whole and split two names joined by 和', () => {
    const text =
      '本报告包括总体情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等四个部分。'
    expect(findDeclaredParts(text)?.parts.parts).toEqual([
      '总体情况',
      '因政府信息公开申请行政复议、提起行政诉讼的情况',
      '政府信息公开工作存在的主要问题及改进情况',
      '其他需要报告的事项',
    ])
  })

  test('should keep 收到和处理 and 收费及减免 inside their names', () => {
    const text = '本报告由收到和处理政府信息公开申请情况、政府信息公开的收费及减免情况共2个部分组成。'
    expect(findDeclaredParts(text)?.parts.parts).toEqual(['收到和处理政府信息公开申请情况', '政府信息公开的收费及减免情况'])
  })

  test('should read the count printed before the list', () => {
    const text = '青石县人民政府办公室编制本报告。本报告共分3个部分：总体情况、政府信息公开行政复议和行政诉讼情况、其他需要报告的事项。本报告所列数据统计期限为2024年1月1日至2024年12月31日。'
    const found = findDeclaredParts(text)
    expect(found?.parts).toEqual({ count: 3, parts: ['总体情况', '政府信息公开行政复议和行政诉讼情况', '其他需要报告的事项'] })
    expect(text.slice(found?.range[0], found?.range[1])).toBe('本报告共分3个部分：总体情况、政府信息公开行政复议和行政诉讼情况、其他需要报告的事项。')
  })

  test('should still split at 及 when the pieces are the parts (tongjiang wording)', () => {
    const text = '全文由概述、政府信息公开情况、政府信息公开工作存在的主要问题及2018年工作思路四部分组成。'
    expect(findDeclaredParts(text)?.parts.parts).toEqual(['概述', '政府信息公开情况', '政府信息公开工作存在的主要问题', '2018年工作思路'])
  })

  test('should take the earlier of a count-first and a list-first sentence', () => {
    const countFirst = '本报告共分3个部分：总体情况、其他需要报告的事项。'
    const listFirst = '全文由概述、政府信息公开情况四部分组成。'
    expect(findDeclaredParts(countFirst + listFirst)?.parts.count).toBe(3)
    expect(findDeclaredParts(listFirst + countFirst)?.parts.count).toBe(4)
  })

  test('should read a sentence both forms match from its start in the list-first form', () => {
    // Count-first: 3 parts listed after the colon. List-first: the list runs to 共二个部分.
    const text = '本报告包括3个部分：总体情况、其他事项，共二个部分。'
    const found = findDeclaredParts(text)
    expect(found?.parts.count).toBe(2)
    expect(text.slice(found?.range[0], found?.range[1])).toBe('本报告包括3个部分：总体情况、其他事项，共二个部分')
  })

  test('should find the sentence the pattern finds in the whole text, looking only at lines with 部分', () => {
    // Pieces of both sentence forms, line breaks (a match spans none) and stops, so that texts hold
    // whole sentences, broken ones, and lists cut by a line break or by the end of the text.
    const pieces = [
      '本报告共分3个部分：', '全文由', '本报告包括', '等六个部分', '四部分组成', '本报告', '由', '共分', '3', '个', '部分', '：',
      '。', '；', '、', '，', '总体情况', '其他事项', '共', ' ', '\n', '\r', '\u2028', 'x',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (input) => {
        const match = eitherPattern.exec(input)
        const found = findDeclaredParts(input)
        expect(found?.range ?? null).toEqual(match ? [match.index, match.index + match[0].length] : null)
      }),
      settings,
    )
  })

  test('should find nothing in a text that declares no parts', () => {
    expect(findDeclaredParts('本报告根据《中华人民共和国政府信息公开条例》要求编制。')).toBeNull()
  })
})
