import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseReport, type Section } from '../../src/index.js'

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200)
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const settings = { numRuns, ...(seed === undefined ? {} : { seed }) }

// Pieces real reports are made of, so random documents hit the detectors' edges.
const piece = fc.constantFrom(
  '一、', '二、', '十一、', '（一）', '(二)', '（3）', '1、', '2.', '3．', '第一部分', '# ', '## ', '**', '附件：', '\t', '\n', '\r\n', '\r',
  '\u3000', '\u00a0', ' ', '。', '，', '：', '总体情况', '政府信息公开工作年度报告', '2019年', '二〇一二年二月二十日', '[bookmark: _GoBack]',
  '- 3 -', '统计指标', '本年新制作数量', '索引号:', '发布日期: 2018-02-23', '１２３', '０', '\ud800', '\udc00', '😀',
)
const documents = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join('')),
)

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section
    yield* walk(section.children)
  }
}

describe('parseReport on arbitrary strings', () => {
  test('should never throw and always return a result with diagnostics', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const report = parseReport(text)
        expect(Array.isArray(report.diagnostics)).toBe(true)
        expect(report.source.length).toBe(text.length)
      }),
      settings,
    )
  })

  test('should point every section at its heading, inside the input', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const report = parseReport(text)
        for (const section of walk(report.sections)) {
          const { start, end } = section.position
          expect(start.offset).toBeGreaterThanOrEqual(0)
          expect(end.offset).toBeLessThanOrEqual(text.length)
          expect(start.offset).toBeLessThanOrEqual(end.offset)
          const printed = text.slice(start.offset, end.offset)
          if (section.numbering) expect(printed.startsWith(section.numbering)).toBe(true)
          const title = text.slice(section.titlePosition.start.offset, section.titlePosition.end.offset)
          expect(title.trim()).toBe(section.title)
          const lineStart = text.lastIndexOf('\n', start.offset - 1) + 1
          const crStart = text.lastIndexOf('\r', start.offset - 1) + 1
          expect(start.column).toBe(start.offset - Math.max(lineStart, crStart) + 1)
          expect(section.extent.end.offset).toBeLessThanOrEqual(text.length)
        }
        for (const diagnostic of report.diagnostics) {
          if (!diagnostic.position) continue
          expect(diagnostic.position.end.offset).toBeLessThanOrEqual(text.length)
        }
      }),
      settings,
    )
  })

  test('should survive long repetitive input', () => {
    const repeated = ['一、总体情况\n'.repeat(20_000), '（一）'.repeat(50_000), '1'.repeat(200_000), '\t'.repeat(100_000), '（'.repeat(100_000)]
    for (const text of repeated) {
      const report = parseReport(text)
      expect(report.source.length).toBe(text.length)
    }
  })

  test('should throw a TypeError only for a non-string input', () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseReport(null as unknown as string)).toThrow(/must be a string/)
    expect(() => parseReport('', { sectionDetectors: 'x' } as never)).toThrow(TypeError)
  })
})
