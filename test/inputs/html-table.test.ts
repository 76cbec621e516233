// A government page of a 2021-layout report (test/fixtures/inputs/g4-spanning-table.html, written
// for this test): table 3 with header cells spanning rows and columns and blank `&nbsp;` cells.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { parseReport, type Block, type GridCell } from '../../src/index.js'
import { readHtml } from '../../src/read/read-html.js'

const html = readFileSync(fileURLToPath(new URL('../fixtures/inputs/g4-spanning-table.html', import.meta.url)), 'utf8')
const document = readHtml(html, new DiagnosticList())
const tables = document.blocks.filter((block): block is Extract<Block, { type: 'table' }> => block.type === 'table')
const table = tables[0] as Extract<Block, { type: 'table' }>
const slice = (cell: GridCell) => (cell.position ? html.slice(cell.position.start.offset, cell.position.end.offset) : null)

const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
const results = '三、本年度办理结果'
const withheld = '（三）不予公开'

describe('an HTML table with rowspan, colspan and &nbsp; cells', () => {
  test('should be the only table block, read by the HTML reader (the page metadata table is not one)', () => {
    expect(tables).toHaveLength(1)
    expect(table.via).toBe('html-table')
  })

  test('should expand into the full 10 × 10 grid, spanned text repeated in every slot it covers', () => {
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      [note, note, note, '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况'],
      [note, note, note, '自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计'],
      [note, note, note, '自然人', '商业 企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '25', '3', '0', '1', '0', '0', '29'],
      ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
      [results, '（一）予以公开', '（一）予以公开', '12', '1', '0', '1', '0', '0', '14'],
      [results, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '3', '0', '0', '0', '0', '0', '3'],
      [results, withheld, '1.属于国家秘密', '', '', '', '', '', '', ''],
      [results, withheld, '2.其他法律行政法规禁止公开', '0', '', '', '0', '0', '0', '0'],
      ['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理', '15', '2', '0', '0', '0', '0', '17'],
    ])
  })

  test('should give every cell a position in the HTML source that shows its printed text', () => {
    for (const row of table.rows) {
      for (const cell of row) {
        expect(cell.position).not.toBeNull()
        if (cell.text === '商业 企业') expect(slice(cell)).toBe('商业<br>企业')
        else if (cell.text !== '') expect(slice(cell)).toBe(cell.text)
      }
    }
    // Line and column agree with the offset.
    const total = table.rows[3]?.[9] as GridCell
    const offset = html.indexOf('<td>29</td>') + '<td>'.length
    const lineStart = html.lastIndexOf('\n', offset) + 1
    expect(total.position?.start).toEqual({ line: html.slice(0, offset).split('\n').length, column: offset - lineStart + 1, offset })
    expect(total.position?.end.offset).toBe(offset + 2)
  })

  test('should keep blank cells blank, standing where the &nbsp; or the empty cell is', () => {
    const secret = table.rows[7] as GridCell[]
    expect(secret.slice(3).map(slice)).toEqual(Array(7).fill('&nbsp;'))
    const forbidden = table.rows[8] as GridCell[]
    expect(forbidden[4]).toMatchObject({ text: '' })
    expect(slice(forbidden[4] as GridCell)).toBe(' &nbsp; ')
    expect(slice(forbidden[5] as GridCell)).toBe('')
    expect(forbidden[5]?.position?.start.offset).toBe(html.indexOf('<td></td>') + 4)
  })

  test('should give spanned slots the position of the cell that spans them', () => {
    const header = table.rows[0]?.[3]
    expect(table.rows[0]?.[9]).toBe(header)
    expect(table.rows[2]?.[3]).toBe(table.rows[1]?.[3])
    expect(table.rows[8]?.[0]?.position).toEqual(table.rows[5]?.[0]?.position)
  })

  test('should put each non-blank cell on a table-cell line, so headings are not looked for there', () => {
    const cellLines = document.lines.filter((line) => line.markup.tableCell)
    expect(cellLines.map((line) => line.text)).toContain('一、本年新收政府信息公开申请数量')
    expect(table.lines).toEqual(cellLines)
    expect(cellLines).toHaveLength(59)
  })
})

describe('the page around it', () => {
  const report = parseReport(html)

  test('should read title, organ, year and the page fields of the th/td metadata table', () => {
    expect(report.source.format).toBe('html')
    expect(report.generation).toBe('2021')
    expect(report.meta.title).toBe('示例区2021年政府信息公开工作年度报告')
    expect(report.meta.organ).toBe('示例区')
    expect(report.meta.year).toBe(2021)
    expect(report.meta.indexNumber).toBe('11350100MB0000000X/2022-00031')
    expect(report.meta.publisher).toBe('示例区人民政府办公室')
    expect(report.meta.publicationDate).toBe('2022-01-20')
  })

  test('should find the headings of the article only, not the table rows or the page title', () => {
    expect(report.sections.map((section) => `${section.numbering ?? ''}${section.title}`)).toEqual(['三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况'])
  })
})
