// Markdown whose tables are HTML blocks (MinerU and other PDF-to-Markdown tools write a table with
// spans so): the tables are read as on a web page, positions in the Markdown source.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells, html, markdown, renderReport, reportDataArbitrary, type ReportData } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

/** The Markdown rendering with each pipe table replaced by the HTML rendering's table, in order. */
function withHtmlTables(data: ReportData): string {
  const tables = renderReport(data, html).match(/<table[\s\S]*?<\/table>/gu) ?? []
  let next = 0
  return renderReport(data, markdown).replace(/(?:^\|.*\|[ \t]*(?:\n|$))+/gmu, () => `${tables[next++] ?? ''}\n`)
}

describe('Markdown with HTML tables', () => {
  test.each(['2008', '2014', '2019', '2021'] as const)('should read every %s value', (generation) => {
    fc.assert(
      fc.property(reportDataArbitrary(generation), (data) => {
        const text = withHtmlTables(data)
        expect(text).toContain('<table')
        const report = parseReport(text)
        expect(report.source.format).toBe('markdown')
        expect(dataCells(listCells(report))).toEqual(data.cells)
      }),
      { ...settings, numRuns: Math.min(settings.numRuns, 40) },
    )
  })

  test('should give each cell its position in the Markdown source', () => {
    const text = ['# 张村镇2020年政府信息公开工作年度报告', '', '## 二、主动公开政府信息情况', '', '<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>', '<tr><td>规章</td><td>7</td><td>4</td><td>10</td></tr></table>'].join('\n')
    const report = parseReport(text, { format: 'markdown' })
    const cell = listCells(report).find((entry) => entry.path === 'activeDisclosure.regulations.repealed')
    expect(cell?.value).toBe(4)
    expect(text.slice(cell?.offset ?? -1, (cell?.offset ?? -1) + 1)).toBe('4')
  })
})
