import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { readText } from '../../src/read/read-text.js'
import { runOnRows } from '../../src/tables/readers/run-on-rows.js'

const read = (lines: string[]) => readText(lines.join('\n'), new DiagnosticList())

describe('run-on-rows: labels running into their numbers', () => {
  test('a flattened table 2 block is one grid, each label with its digits', () => {
    const document = read(['规章000', '行政许可693665', '行政处罚12', '行政强制45', '行政事业性收费3'])
    const grids = runOnRows.read(document, new Set())
    expect(grids).toHaveLength(1)
    expect(grids[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['规章', '000'],
      ['行政许可', '693665'],
      ['行政处罚', '12'],
      ['行政强制', '45'],
      ['行政事业性收费', '3'],
    ])
  })

  test('a unit printed after a label is a cell of its own; a word ending in a unit character is not cut', () => {
    const document = read(['主动公开文件数条294981916', '收到申请数件23', '行政规范性文件693665', '其他对外管理服务事项100153', '收取费用万元12'])
    expect(runOnRows.read(document, new Set())[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['主动公开文件数', '条', '294981916'],
      ['收到申请数', '件', '23'],
      // 文件 and 事项 end in 件 and 项, units elsewhere: here the label's own words (no unit column).
      ['行政规范性文件', '693665'],
      ['其他对外管理服务事项', '100153'],
      ['收取费用', '万元', '12'],
    ])
  })

  test('a sentence holding a long digit run (a credit code) is prose, not a table row', () => {
    const lines = ['某县人民政府2020年政府信息公开工作年度报告', '一、总体情况', '本单位统一社会信用代码为113300000024820000，地址在某路1号。', '二、主动公开政府信息情况', '本年度主动公开信息120条。']
    expect(runOnRows.read(read(lines), new Set())).toEqual([])
    const report = parseReport(lines.join('\n'), { format: 'text' })
    expect(report.tables).toEqual([])
    expect(report.sections.map((section) => section.title)).toEqual(['总体情况', '主动公开政府信息情况'])
  })
  test("a page footer's site registrations (ICP, public security, site code) are chrome, not a table", () => {
    const footer = '陇ICP备07001201号 网站标识码:6210270009 甘公网安备 62102702000101号'
    for (const line of [footer, '京ICP备05070602号', '某公网安备 11010202000001号 网站标识码1100000088']) {
      const lines = ['某县人民政府2017年政府信息公开工作年度报告', '一、概述', '本年度主动公开信息120条。', line]
      expect(runOnRows.read(read(lines), new Set())).toEqual([])
      expect(parseReport(lines.join('\n'), { format: 'text' }).tables).toEqual([])
    }
    // A flattened table right before such a footer is still read, and ends where the footer starts.
    const table = ['行政规范性文件693665', '（一）主动公开2300', '（二）依申请公开15', '（七）总计630020469', '属于国家秘密00000002']
    const grids = runOnRows.read(read([...table, footer]), new Set())
    expect(grids.map((grid) => grid.lines)).toEqual([[0, 4]])
  })
})
