import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line } from '../model/block.js'
import { lineSourceText, sourceEnd, sourceStart } from './line-position.js'
import { readMarkdown } from './read-markdown.js'

const markdown = [
  '# 示例县2021年政府信息公开工作年度报告', // title block: heading markup removed
  '',
  '## 一、总体情况',
  '',
  '**一是**加强领导。本县主动公开&nbsp;1200条\\*。',
  '第二行。',
  '',
  '**（一）主动公开**',
  '',
  '- 网站公开',
  '',
  '1. 政务微博',
  '',
  '> 引用的话',
  '',
  '| 指标 | 数量 |',
  '| --- | ---: |',
  '| 主动公开 | 1200 |',
  '| 依申请 | &nbsp; |',
  '',
].join('\n')
const document = readMarkdown(markdown, new DiagnosticList())
const texts = document.lines.map((line) => line.text)
const lineOf = (text: string) => document.lines.find((line) => line.text === text) as Line

describe('readMarkdown', () => {
  test('should print each source line as a line, without Markdown syntax', () => {
    expect(texts).toEqual([
      '示例县2021年政府信息公开工作年度报告',
      '一、总体情况',
      '一是加强领导。本县主动公开 1200条*。',
      '第二行。',
      '(一)主动公开',
      '网站公开',
      '1.政务微博',
      '引用的话',
      '指标',
      '数量',
      '主动公开',
      '1200',
      '依申请',
    ])
  })

  test('should carry headings, bold-only lines, bullets, quotes and table cells as markup', () => {
    expect(lineOf('示例县2021年政府信息公开工作年度报告').markup).toEqual({})
    expect(lineOf('一、总体情况').markup).toEqual({ headingDepth: 2 })
    expect(lineOf('(一)主动公开').markup).toEqual({ bold: true })
    expect(lineOf('一是加强领导。本县主动公开 1200条*。').markup).toEqual({})
    expect(lineOf('网站公开').markup).toEqual({ listItem: true })
    expect(lineOf('1.政务微博').markup).toEqual({})
    expect(lineOf('引用的话').markup).toEqual({ quote: true })
    expect(lineOf('1200').markup).toEqual({ tableCell: true })
  })

  test('should lead every character back to the Markdown source', () => {
    const line = lineOf('一是加强领导。本县主动公开 1200条*。')
    const at = (needle: string) => line.text.indexOf(needle)
    expect(lineSourceText(document.source, line, 0, line.text.length)).toBe('一是加强领导。本县主动公开\u00a01200条*。')
    const span = (index: number) => markdown.slice(sourceStart(line, index), sourceEnd(line, index + 1))
    expect(span(at(' '))).toBe('&nbsp;')
    expect(span(at('*'))).toBe('\\*')
    expect(span(0)).toBe('一')
    expect(line.position.start).toEqual({ line: 5, column: 3, offset: markdown.indexOf('一是') })
    const ordered = lineOf('1.政务微博')
    expect(markdown.slice(ordered.position.start.offset, ordered.position.end.offset)).toBe('1. 政务微博')
  })

  test('should turn the pipe table into a table block with a blank cell for &nbsp;', () => {
    const table = document.blocks.find((block) => block.type === 'table') as Extract<Block, { type: 'table' }>
    expect(table.via).toBe('markdown-table')
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['指标', '数量'],
      ['主动公开', '1200'],
      ['依申请', ''],
    ])
    const number = table.rows[1]?.[1]
    expect(markdown.slice(number?.position?.start.offset, number?.position?.end.offset)).toBe('1200')
    expect(table.lines.map((line) => line.text)).toEqual(['指标', '数量', '主动公开', '1200', '依申请'])
  })
})

describe('readMarkdown pipe tables (split from CommonMark paragraphs)', () => {
  const read = (source: string) => readMarkdown(source, new DiagnosticList())
  const tables = (source: string) => read(source).blocks.filter((block): block is Extract<Block, { type: 'table' }> => block.type === 'table')
  const texts = (source: string) => tables(source).map((table) => table.rows.map((row) => row.map((cell) => cell.text)))

  test('should read a table right after a paragraph line, the line staying a paragraph', () => {
    const source = '说明如下：\n| 指标 | 数量 |\n| --- | --- |\n| 主动公开 | 1200 |\n'
    const document = read(source)
    expect(document.blocks.map((block) => block.type)).toEqual(['paragraph', 'table'])
    expect(document.lines.map((line) => [line.text, line.markup.tableCell ?? false])).toEqual([
      ['说明如下：', false],
      ['指标', true],
      ['数量', true],
      ['主动公开', true],
      ['1200', true],
    ])
  })

  test('should keep an escaped pipe in its cell and lead every cell back to its source', () => {
    const source = '| 类别 | 数量 |\n|:--|--:|\n| 甲\\|乙 | 3 |\n'
    const [table] = tables(source)
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['类别', '数量'],
      ['甲|乙', '3'],
    ])
    const cell = table?.rows[1]?.[0]
    expect(source.slice(cell?.position?.start.offset, cell?.position?.end.offset)).toBe('甲\\|乙')
    const three = table?.rows[1]?.[1]
    expect(source.slice(three?.position?.start.offset, three?.position?.end.offset)).toBe('3')
  })

  test('should place a blank cell from its opening pipe, a last one through the closing pipe, as GFM does', () => {
    const source = '| a | b | c |\n| - | - | - |\n| 1 |  | &nbsp; |\n'
    const row = tables(source)[0]?.rows[1]
    expect(row?.map((cell) => cell.text)).toEqual(['1', '', ''])
    expect(row?.slice(1).map((cell) => source.slice(cell.position?.start.offset, cell.position?.end.offset))).toEqual(['|  ', '| &nbsp; |'])
  })

  test('should read a table followed by `---` (a setext heading to CommonMark) as a table', () => {
    const source = '| a | b |\n| - | - |\n| 1 | 2 |\n---\n'
    const document = read(source)
    expect(texts(source)).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ])
    expect(document.lines.some((line) => line.markup.headingDepth !== undefined)).toBe(false)
  })

  test('should read tables in block quotes and split emphasis across pipes at the pipe', () => {
    expect(texts('> | a | b |\n> | - | - |\n> | **1 | 2** |\n')).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ])
    expect(read('> | a | b |\n> | - | - |\n').lines.map((line) => line.markup)).toEqual([
      { quote: true, tableCell: true },
      { quote: true, tableCell: true },
    ])
  })

  test('should not take a header whose cell count differs from the delimiter row, nor a lone dash line', () => {
    expect(texts('| a | b | c |\n| - | - |\n| 1 | 2 |\n')).toEqual([])
    expect(texts('a | b\n---\n')).toEqual([])
  })

  test('should end the table at a line indented as code, the rest printed after it', () => {
    const document = read('| a |\n| - |\n| 1 |\n    其后\n')
    expect(texts('| a |\n| - |\n| 1 |\n    其后\n')).toEqual([[['a'], ['1']]])
    expect(document.blocks.map((block) => block.type)).toEqual(['table', 'paragraph'])
    expect(document.lines.map((line) => line.text)).toEqual(['a', '1', '其后'])
  })

  test('should print strikethrough tildes and bare URLs as written (no GFM autolinks or strikethrough)', () => {
    expect(read('1~3月共~~5~~件，见 www.example.gov.cn/a\\_b。\n').lines.map((line) => line.text)).toEqual(['1~3月共~~5~~件，见 www.example.gov.cn/a_b。'])
  })

  test('should read paragraph lines printed as written straight from the source, folds and drops included', () => {
    // Line 1: full-width digits fold, a zero-width space drops; line 2 as written, its trailing
    // spaces left out; the one-line paragraph after it ends the value without a line break.
    const source = '收到１２\u200b件\n第二行  \n\n**全部加粗**\n\n最后一段'
    const read = readMarkdown(source, new DiagnosticList())
    expect(read.lines.map((line) => [line.text, line.raw, line.map === null, line.markup.bold === true])).toEqual([
      ['收到12件', '收到１２件', false, false],
      ['第二行', '第二行', true, false],
      ['全部加粗', '全部加粗', true, true],
      ['最后一段', '最后一段', true, false],
    ])
    const [first, second, , last] = read.lines as [Line, Line, Line, Line]
    expect(Array.from(first.map?.starts ?? [])).toEqual([0, 1, 2, 3, 5])
    expect(second.position).toEqual({ start: { line: 2, column: 1, offset: 7 }, end: { line: 2, column: 4, offset: 10 } })
    expect(last.position).toEqual({ start: { line: 6, column: 1, offset: 24 }, end: { line: 6, column: 5, offset: 28 } })
  })

  test('should count a leading byte order mark in every position, as plain text does', () => {
    // remark-parse drops the BOM and counts from the character after it; the source keeps it.
    const source = '\uFEFF# 标题\n\n- 正文'
    for (const plainBlocks of [true, false]) {
      const read = readMarkdown(source, new DiagnosticList(), { plainBlocks })
      expect(read.lines.map((line) => [line.text, source.slice(line.position.start.offset, line.position.end.offset)])).toEqual([
        ['标题', '标题'],
        ['正文', '正文'],
      ])
      expect(read.lines[0]?.position.start).toEqual({ line: 1, column: 4, offset: 3 })
      expect(read.lines[1]?.position.start).toEqual({ line: 3, column: 3, offset: 9 })
    }
  })
})
