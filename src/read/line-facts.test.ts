import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { ReadDocument } from '../model/block.js'
import { LineSet } from '../tables/line-set.js'
import { defaultGridReaders } from '../tables/readers/index.js'
import { LineFact, lineFactBits, lineFactsOfText, recordedLineFacts, unknownFacts } from './line-facts.js'
import { readText } from './read-text.js'

/** Each fact as the readers searched for it before there were facts: the predicate it stands for. */
function factsByPattern(text: string): number {
  const gap = /  |[\t-\r\u1680\u2028\u2029]/g
  let indent = 0
  while (text.charCodeAt(indent) === 0x20) indent++
  gap.lastIndex = indent
  return (
    (text.includes('\t') ? LineFact.tab : 0) |
    (text.includes('|') ? LineFact.pipe : 0) |
    (gap.test(text) ? LineFact.gap : 0) |
    (/[。；;]/u.test(text) ? LineFact.stop : 0) |
    (/[！？]/u.test(text) ? LineFact.exclamation : 0) |
    (/[，,]/u.test(text) ? LineFact.comma : 0) |
    (/[：:]/u.test(text) ? LineFact.colon : 0) |
    (/\d/u.test(text) ? LineFact.digit : 0)
  )
}

/**
 * Pieces of report text that touch every fact and every way the reader changes a line: full-width
 * digits and bars, the spaces it folds (U+3000, NBSP), a dropped ZWSP, Word residue, CRLF, long
 * run-on rows (cut into segments), page numbers, traditional characters.
 */
const piece = fc.constantFrom(
  ' ', '  ', '\t', '|', '。', '；', ';', '！', '？', '，', ',', '：', ':', '0', '7', '12', '０', '１２', '｜', '　', '\u00a0', '\u200b',
  '\v', '\u2028', '\u1680', 'a', '中', '國', '報告', '（一）', '一、', '件', '-', '—', '\n', '\n', '\r\n', '\r', '[bookmark: _x]', '[',
  '\n- 3 -\n', '收到申请数', '行政规范性文件693665', '\t0\t0\t0', ' | 0 | 1 |', '本年新收申请      64    0    0',
)
const input = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''))
/** Lines of spaces, folded spaces and a few other characters: where gaps and indentation meet. */
const spacing = fc.array(fc.constantFrom(' ', '　', '\u00a0', 'a', '１', '|', '\n'), { maxLength: 30 }).map((pieces) => pieces.join(''))

describe('line facts', () => {
  test('lineFactsOfText finds each fact where the pattern it stands for finds it', () => {
    fc.assert(
      fc.property(input, (text) => {
        for (const line of text.split(/\r\n|\r|\n/u)) expect(lineFactsOfText(line)).toBe(factsByPattern(line))
      }),
      settings,
    )
    expect(lineFactsOfText('  a  b')).toBe(LineFact.gap)
    expect(lineFactsOfText('   a b')).toBe(0)
    expect(lineFactsOfText('第1页，共2页')).toBe(LineFact.digit | LineFact.comma)
  })

  test('readText records for each line the facts of its text, or none', () => {
    fc.assert(
      fc.property(fc.oneof(input, spacing), (text) => {
        const document = readText(text, new DiagnosticList())
        const facts = recordedLineFacts(document)
        expect(facts).not.toBeNull()
        for (const line of document.lines) {
          const bits = lineFactBits(facts, line)
          if (bits !== unknownFacts) expect(bits).toBe(factsByPattern(line.text))
        }
      }),
      settings,
    )
    // Folded lines are known too; a line that drops a character is not. Two spaces inside an
    // indentation that a fold lengthens are no gap; a folded space next to a space after it is.
    const document = readText('１２　　３|x\nab\u200bc\n  a  b\n　  a\n 　a　 b', new DiagnosticList())
    const facts = recordedLineFacts(document)
    expect(document.lines.map((line) => lineFactBits(facts, line))).toEqual([LineFact.digit | LineFact.pipe | LineFact.gap, unknownFacts, LineFact.gap, 0, LineFact.gap])
  })

  test('a line edited after reading, or a document without facts, is not known', () => {
    const document = readText('a\tb\nc', new DiagnosticList())
    const facts = recordedLineFacts(document)
    const [first, second] = document.lines
    if (!first || !second) throw new Error('two lines expected')
    expect(lineFactBits(facts, first)).toBe(LineFact.tab | LineFact.gap)
    second.text = 'c|d'
    expect(lineFactBits(facts, second)).toBe(unknownFacts)
    expect(recordedLineFacts({ ...document })).toBeNull()
    expect(lineFactBits(null, first)).toBe(unknownFacts)
  })

  test('the grid readers read the same grids with the facts as without them', () => {
    const gridsOf = (document: ReadDocument) => {
      const claimed = new LineSet(document.lines.length)
      return defaultGridReaders.map((reader) => {
        const grids = reader.read(document, claimed)
        for (const grid of grids) for (let line = grid.lines[0]; line <= grid.lines[1]; line++) claimed.add(line)
        return grids
      })
    }
    const row = fc.constantFrom(
      '（一）行政许可\t1\t2\t3', '\t规章', '\t12', '', '  ', '| 规章 | 0 | 0 |', '|---|---|', '本年新收申请      64    0    0    2',
      '（六）其他处理0', '主动公开', '３１４８', '2013', '一、概述情况', '行政规范性文件693665', '属于国家秘密00000002.其他', '第二十条第（五）项',
      '全年共收到申请，其中。', '１２　　３４　　５６', '说明：无', '合计！', '- 3 -', '　　（二）收到申请数　　　５　　０',
    )
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const document = readText(rows.join('\n'), new DiagnosticList())
        // A copy of the document has no recorded facts: every reader searches the texts.
        expect(JSON.stringify(gridsOf(document))).toBe(JSON.stringify(gridsOf({ ...document })))
      }),
      settings,
    )
  })
})
