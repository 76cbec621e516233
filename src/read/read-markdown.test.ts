import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line } from '../model/block.js'
import { lineSourceText } from './line-position.js'
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
    const span = (index: number) => markdown.slice(line.map?.starts[index], line.map?.ends[index])
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
