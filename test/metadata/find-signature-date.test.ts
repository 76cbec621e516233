import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { datePattern, isoDate, mayHoldDate } from '../../src/metadata/chinese-date.js'
import { findSignatureDate } from '../../src/metadata/find-signature-date.js'
import type { Line } from '../../src/model/block.js'
import { documentText, releaseDocumentText } from '../../src/read/document-text.js'
import { readText } from '../../src/read/read-text.js'
import { trimEndIndex, trimStartIndex } from '../../src/util/is-white-space.js'
import { settings } from '../properties/fc-settings.js'

/** The search as it was (with the rule as it is): every line from the end, each tested in full. */
function everyLine(lines: readonly Line[], end: number, inBody: (line: Line) => boolean): { date: string; index: number; range: [number, number] } | null {
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i] as Line
    if (line.blank || !inBody(line)) continue
    const text = line.text
    if (trimEndIndex(text) - trimStartIndex(text) > 40 || !mayHoldDate(text)) continue
    datePattern.lastIndex = 0
    const match = datePattern.exec(text)
    if (!match) continue
    const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim()
    if (rest.length > 30 || /[。，,：:\d至到~～—–]/u.test(rest)) continue
    const date = isoDate(match)
    if (date) return { date, index: i, range: [match.index, match.index + match[0].length] }
  }
  return null
}

describe('findSignatureDate', () => {
  test('should take the last date line of the body, not one after it or in prose', () => {
    const document = readText(['报告如下。', '  镇原县人民政府办公室', '  2018年2月23日', '', '于2018年3月1日发布，特此说明。', '主办：某某'].join('\n'), new DiagnosticList())
    const found = findSignatureDate(document.lines, 5, () => true, documentText(document))
    expect(found?.date).toBe('2018-02-23')
    expect(found?.line.index).toBe(2)
    expect(found?.range).toEqual([2, 12])
    // Before the date line: none.
    expect(findSignatureDate(document.lines, 2, () => true, documentText(document))).toBeNull()
    // The line left out of the body is passed over for the one before it.
    const dashed = readText(['2017-12-30', '2018-01-05', 'x'].join('\n'), new DiagnosticList())
    expect(findSignatureDate(dashed.lines, 3, (line) => line.index !== 1, documentText(dashed))?.date).toBe('2017-12-30')
    // A dashed date before a date in 年月日: the later one is the signature.
    const mixed = readText(['2018-02-23', '二〇一二年二月二十日', 'x'].join('\n'), new DiagnosticList())
    expect(findSignatureDate(mixed.lines, 3, () => true, documentText(mixed))?.date).toBe('2012-02-20')
  })

  test('should find what testing every line from the end finds', () => {
    // Lines of date pieces (most of them dates or near-dates), between blank lines, page numbers
    // and prose, so that many lines pass and many fail only late.
    const piece = fc.constantFrom('2018', '2018', '二〇一二', '年', '年', '2', '12', '十', '月', '月', '日', '日', '-', '-', '/', '.', ' ', '　', '。', '单位')
    const lineText = fc.oneof(
      { weight: 3, arbitrary: fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')) },
      { weight: 2, arbitrary: fc.constantFrom('', '- 3 -', '\f', '镇原县人民政府办公室', '2018-02-23', '二〇一二年二月二十日', '特此报告。2018年2月23日') },
    )
    fc.assert(
      fc.property(fc.array(lineText, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.nat(), fc.nat(), (texts, lineBreak, endSeed, bodySeed) => {
        const document = readText(texts.join(lineBreak), new DiagnosticList())
        const lines = document.lines
        const end = endSeed % (lines.length + 1)
        const inBody = (line: Line): boolean => !line.ignored && ((bodySeed >> (line.index % 30)) & 1) === 0
        releaseDocumentText(document)
        const found = findSignatureDate(lines, end, inBody, documentText(document))
        const expected = everyLine(lines, end, inBody)
        expect(found === null ? null : { date: found.date, index: found.line.index, range: found.range }).toEqual(expected)
      }),
      settings,
    )
  })

  test('should not take a field or a date range after the signature for its date', () => {
    const body = ['XX县教育局2022年政府信息公开工作年度报告', '', '一、总体情况', '略。', '', 'XX县教育局', '2023年1月20日', '']
    for (const after of [['附件', '统计期限：2022年1月1日—2022年12月31日'], ['填报日期：2023年1月5日']]) {
      const document = readText([...body, ...after].join('\n'), new DiagnosticList())
      const found = findSignatureDate(document.lines, document.lines.length, () => true, documentText(document))
      releaseDocumentText(document)
      expect(found?.date).toBe('2023-01-20')
    }
  })
})
