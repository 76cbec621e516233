// The prose-figure finder skips lines without a pattern's literal prefix: it must find exactly what
// running every pattern on every prose line finds.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { defaultProseFigurePatterns, findProseFigures, type ProseFigurePattern } from '../../src/checks/prose-figures.js'
import type { ReadDocument } from '../../src/model/block.js'
import { readText } from '../../src/read/read-text.js'
import { parseChineseNumeral } from '../../src/util/chinese-numeral.js'
import { settings } from '../properties/fc-settings.js'

/** The first figure of each pattern, every pattern run on every prose line (the finder before the prefix test). */
function everyLine(document: ReadDocument, patterns: readonly ProseFigurePattern[]): [string, number, number][] {
  const prose = document.lines.filter((line) => !line.blank && !line.ignored && !line.markup.tableCell && !line.raw.includes('\t'))
  const figures: [string, number, number][] = []
  for (const pattern of patterns) {
    for (const line of prose) {
      const match = pattern.pattern.exec(line.text)
      const digits = match?.[1]
      if (!match || digits === undefined) continue
      const value = /^[0-9]+$/u.test(digits) ? Number(digits) : parseChineseNumeral(digits)
      if (value === null) continue
      figures.push([pattern.scope, value, line.index])
      break
    }
  }
  return figures
}

// Figures as the patterns read them (word, a few characters, number, unit), broken ones and near
// misses, between clause marks, line breaks and TABs (a TAB makes a table row, which is skipped).
const words = ['收到申请', '新收', '受理', '上年度结转', '上年结转', '办结', '予以公开', '部分公开', '结转下年度', '结转至下一年', '行政复议', '行政诉讼', '予以', '结转', '行政']
const gaps = ['', '', '共', '政府信息公开申请', '被申请', '，', '情况']
const numbers = ['12', '0', '一百五十', '三', '']
const units = ['件', '起', '宗', '份', '条', '']
const figure = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps), fc.constantFrom(...numbers), fc.constantFrom(...units)).map((parts) => parts.join(''))
const separator = fc.constantFrom('，', '。', '\n', '\t', ' ', '、')
const text = fc.array(fc.oneof(figure, separator, fc.string({ maxLength: 2 })), { maxLength: 30 }).map((parts) => parts.join(''))

describe('findProseFigures', () => {
  test('should find what every pattern finds when run on every prose line', () => {
    fc.assert(
      fc.property(text, (input) => {
        const document = readText(input, new DiagnosticList())
        const found = findProseFigures(document).map((figure): [string, number, number] => [figure.pattern.scope, figure.value, figure.position.start.line])
        const expected = everyLine(document, defaultProseFigurePatterns).map(([scope, value, index]): [string, number, number] => [scope, value, (document.lines[index]?.position.start.line ?? 0)])
        expect(found).toEqual(expected)
      }),
      settings,
    )
  })

  test('should still run a global pattern on every line in turn', () => {
    const pattern: ProseFigurePattern = { id: 'T3-6', scope: 'granted', paths: ['requests.granted.total'], pattern: /予以公开(\d+)件/gu }
    const document = readText('共办结3件\n予以公开5件', new DiagnosticList())
    expect(findProseFigures(document, [pattern]).map((figure) => figure.value)).toEqual([5])
  })
})
