// readMarkdown aligns the characters of every text value with the source span of its node
// (alignText over remark's positions). This suite checks, on generated CommonMark documents with
// LF and CRLF line breaks, that every printed character leads back to source text that prints it:
// the character itself, its backslash escape, or a character reference.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { sourceEnd, sourceStart } from '../../src/read/line-position.js'
import { readMarkdown } from '../../src/read/read-markdown.js'
import { settings } from '../properties/fc-settings.js'

const fragments = [
  '一、总体情况', '**一是**', '加强', '*强调*', '\\*', '&nbsp;', '&amp;', '&#12354;', '`代码`', '[链接](http://x.cn "题")',
  '<br>', '  ', '1200', '１２', '\u3000', '(一)', '（二）', '<span>x</span>', '_下划_', '\\_', '![图](a.png)', '&copy;',
  '| a | b |', '|---|---|', '| 1 |  |', '<http://a.cn>', '\\|',
]
const lineArbitrary = fc
  .tuple(fc.constantFrom('', '# ', '## ', '- ', '1. ', '2) ', '> ', '   ', '> - ', '* '), fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '  ', '\\'))
  .map(([prefix, parts, suffix]) => prefix + parts.join('') + suffix)
const documentArbitrary = fc
  .tuple(fc.array(fc.oneof(lineArbitrary, fc.constant(''), fc.constant('```'), fc.constant('---'), fc.constant('===')), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, lineBreak]) => lines.join(lineBreak))

const reference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});$/u

describe('Markdown positions', () => {
  test('should lead every printed character to the source text that prints it', () => {
    fc.assert(
      fc.property(documentArbitrary, (markdown) => {
        const document = readMarkdown(markdown, new DiagnosticList())
        for (const line of document.lines) {
          let previous = line.position.start.offset
          for (let i = 0; i < line.raw.length; i++) {
            const start = sourceStart(line, i)
            const end = sourceEnd(line, i + 1)
            const span = markdown.slice(start, end)
            const printed = line.raw[i] as string
            // An astral character from a reference is two code units, both spanning it.
            const prints = span === printed || span === `\\${printed}` || reference.test(span)
            if (!prints) expect({ line: line.raw, index: i, span, printed }).toBeNull()
            expect(start).toBeGreaterThanOrEqual(previous)
            previous = start
          }
        }
      }),
      settings,
    )
  })

  test('should place text after a link, an image and a code span where it stands', () => {
    const markdown = '见[链接](http://x.cn/链接)链接，![链接](a.png)链接；`代码`代码\r\n第二行**加粗**'
    const document = readMarkdown(markdown, new DiagnosticList())
    const [first, second] = document.lines
    expect(first?.raw).toBe('见链接链接，链接；代码代码')
    const spans = (line: typeof first) => Array.from({ length: line?.text.length ?? 0 }, (_, i) => (line ? sourceStart(line, i) : -1))
    expect(spans(first)).toEqual([0, 2, 3, 21, 22, 23, 36, 37, 38, 40, 41, 43, 44])
    expect(second?.position.start).toEqual({ line: 2, column: 1, offset: markdown.indexOf('第二行') })
    expect(second?.markup).toEqual({})
    expect(second && markdown.slice(sourceStart(second, 3), sourceEnd(second, 5))).toBe('加粗')
  })
})
