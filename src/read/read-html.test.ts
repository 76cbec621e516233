import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line } from '../model/block.js'
import { sourceEnd, sourceStart } from './line-position.js'
import { readHtml, type ReadHtmlOptions } from './read-html.js'

const read = (html: string, options?: ReadHtmlOptions) => {
  const diagnostics = new DiagnosticList()
  return { document: readHtml(html, diagnostics, options), codes: diagnostics.items.map((item) => item.code) }
}
const printed = (html: string, options?: ReadHtmlOptions) =>
  read(html, options)
    .document.lines.filter((line) => !line.blank && !line.markup.tableCell)
    .map((line) => line.raw)
const tableOf = (blocks: Block[]) => blocks.find((block): block is Extract<Block, { type: 'table' }> => block.type === 'table')
const body = '本县主动公开政府信息一千二百条，其中规范性文件十二件，较上年有所增加，全部在政府网站公开。'

describe('readHtml positions', () => {
  test('should lead every character back to its source, a reference to the whole reference', () => {
    const html = '<div id="zoom"><p>一、总体&nbsp;情况&amp;说明</p><p>' + body + '</p></div>'
    const line = read(html).document.lines.find((candidate) => candidate.raw.startsWith('一')) as Line
    expect(line.raw).toBe('一、总体\u00a0情况&说明')
    const spans = Array.from({ length: line.text.length }, (_, i) => html.slice(sourceStart(line, i), sourceEnd(line, i + 1)))
    expect(spans).toEqual(['一', '、', '总', '体', '&nbsp;', '情', '况', '&amp;', '说', '明'])
    expect(html.slice(line.position.start.offset, line.position.end.offset)).toBe('一、总体&nbsp;情况&amp;说明')
  })

  test('should end a preformatted line at CR LF, CR or LF alike', () => {
    expect(printed(`<div id="zoom"><pre>${body}\r\n第二行\r第三行\n第四行</pre></div>`)).toEqual([body, '第二行', '第三行', '第四行'])
  })
})

describe('readHtml on HTML a browser repairs', () => {
  test('should print text standing in a table outside its cells before the table, as a browser moves it', () => {
    const html = `<div id="zoom"><p>${body}</p><table>表外文字<tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></div>`
    const { document } = read(html)
    expect(printed(html)).toEqual([body, '表外文字'])
    expect(tableOf(document.blocks)?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['甲', '1'],
      ['乙', '2'],
    ])
  })

  test('should take cells outside any tr as one row, and rows inside a stray form', () => {
    const html = `<div id="zoom"><p>${body}</p><table><td>甲<td>1</td><form><tr><td>乙<td>2</tr></form></table></div>`
    expect(tableOf(read(html).document.blocks)?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['甲', '1'],
      ['乙', '2'],
    ])
  })

  test('should read a page that forgets </head>', () => {
    const html = `<html><head><title>标题</title><div style="display:none"></div><body><div id="zoom"><p>${body}</p></div></body></html>`
    expect(printed(html)).toEqual([body])
  })

  test('should report a tag cut off at the end, where the input ends', () => {
    const html = `<div id="zoom"><p>${body}</p><table`
    const { document, codes } = read(html)
    expect(codes).toEqual(['read.html-malformed'])
    expect(document.lines.map((line) => line.raw)).toEqual([body])
  })
})

describe('readHtml content roots', () => {
  test('should take the first rule that finds enough text, the heaviest of its matches', () => {
    const html = `<div class="article_content"><p>${body}${body}</p></div><div id="zoom"><p>短</p></div><div id="zoom"><p>${body}</p></div>`
    expect(printed(html)).toEqual([body])
  })

  test('should accept any CSS selector, and refuse one that is not CSS', () => {
    const html = `<div class="main"><section data-role="report"><p>${body}</p></section><p>页面其他文字不算在报告里面，但是这一段足够长，可以让文本密度选中外层。${body}</p></div>`
    const contentRoots = [{ name: 'report', selector: 'div.main > section[data-role=report]' }]
    expect(printed(html, { contentRoots })).toEqual([body])
    expect(() => read(html, { contentRoots: [{ name: 'bad', selector: 'div[' }] })).toThrow(TypeError)
  })

  test('should fall back to the densest element, not counting links and chrome', () => {
    const html = `<body><div class="menu"><a href="/">首页</a>${body}</div><div><div><p>${body}</p><p>${body}</p></div></div></body>`
    const { codes } = read(html)
    expect(codes).toEqual(['read.content-root-guessed'])
    expect(printed(html)).toEqual([body, body])
  })
})

describe('readHtml positions, whatever the markup', () => {
  const numRuns = Number(process.env.FC_NUM_RUNS ?? 200)
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
  const references: Record<string, string> = { '&nbsp;': '\u00a0', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#x4e00;': '一', '&#20108;': '二', '&quot;': '"' }
  const piece = fc.constantFrom(
    '报', '告', '公', '开', 'A', 'z', '7', '：', '（', ' ', '\n', '\r\n', '\t', '\u3000',
    ...Object.keys(references),
    '<p>', '</p>', '<span>', '</span>', '<b>', '</b>', '<br>', '<div>', '</div>', '<li>', '<h2>', '</h2>', '<!-- x -->',
    '<table><tr><td>', '<td>', '</td>', '<tr>', '</table>', '<td colspan=2>', '<pre>', '</pre>',
  )

  test('should give every printed character the source that printed it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const html = `<div id="zoom"><p>${body}</p>${pieces.join('')}</div>`
        for (const line of read(html).document.lines) {
          expect(line.text.length).toBe(line.raw.length)
          for (let i = 0; i < line.raw.length; i++) {
            const char = line.raw.charAt(i)
            const start = sourceStart(line, i)
            const end = sourceEnd(line, i + 1)
            expect(0 <= start && start <= end && end <= html.length).toBe(true)
            const source = html.slice(start, end)
            // A collapsed run of white space prints one space; a cell's line break, a space with an empty span.
            if (char === ' ') expect(source).toMatch(/^[ \t\r\n\f]*$/u)
            else if (source.startsWith('&')) expect(references[source]).toBe(char)
            else expect(source).toBe(char)
          }
        }
      }),
      { numRuns, ...(seed === undefined ? {} : { seed }) },
    )
  })
})
