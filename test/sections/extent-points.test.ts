import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DiagnosticList, defaultSectionDetectors, detectSections, readDocument } from '../../src/index.js'
import type { Section } from '../../src/index.js'
import { pointAt } from '../../src/read/source-text.js'
import { settings } from '../properties/fc-settings.js'

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section
    yield* walk(section.children)
  }
}

// Lines of headings of several styles and levels, prose, blank lines, CRLF and markup.
const lines = ['一、总体情况', '（一）主动公开', '1.强化组织保障。正文', '## 二、依申请', '**说明**', '第一部分 概述', '附件1：统计表', '正文。', '', '  三、其他事项', '<h2>四、问题</h2>', '<p>正文</p>']
const documents = fc.tuple(fc.array(fc.constantFrom(...lines), { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>)

describe('section extents', () => {
  it('start at the heading and end at points of the source, as pointAt gives them', () => {
    fc.assert(
      fc.property(documents, ([parts, newline, format]) => {
        const diagnostics = new DiagnosticList()
        const document = readDocument(parts.join(newline), format, diagnostics)
        for (const section of walk(detectSections(document, defaultSectionDetectors, diagnostics))) {
          const { start, end } = section.extent
          expect(start).toEqual(pointAt(document.source, section.position.start.offset))
          expect(end).toEqual(pointAt(document.source, end.offset))
          expect(end.offset).toBeGreaterThanOrEqual(section.position.end.offset)
        }
      }),
      settings,
    )
  })

  it('run to the next heading of the same level or above', () => {
    const diagnostics = new DiagnosticList()
    const text = '一、总体情况\n正文。\n（一）主动公开\n正文。\n二、依申请\n正文。'
    const [first, second] = detectSections(readDocument(text, 'text', diagnostics), defaultSectionDetectors, diagnostics)
    expect(text.slice(first!.extent.start.offset, first!.extent.end.offset)).toBe('一、总体情况\n正文。\n（一）主动公开\n正文。\n')
    expect(first!.children[0]!.extent).toEqual({ start: { line: 3, column: 1, offset: 11 }, end: { line: 5, column: 1, offset: 23 } })
    expect(second!.extent.end).toEqual({ line: 6, column: 4, offset: 32 })
  })
})
