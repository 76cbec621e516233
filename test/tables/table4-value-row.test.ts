// Table 4's row of values is looked for from the first row that names it (templates.md §4.1):
// a grid that holds table 3 before it has rows of 15 digits and more that are not its values.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { listCells, parseReport } from '../../src/index.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { GridMemo } from '../../src/tables/mapping/grid-memo.js'
import { mapTemplateTable } from '../../src/tables/mapping/map-template-table.js'
import { mappedCell } from '../../src/tables/mapping/row-slots.js'
import { reviewLitigationTable } from '../../src/templates/shared-tables.js'
import { countSplits, dataCells, flattenedPage, printedTables, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

const cell = (text: string): GridCell => ({ text, position: null })
const point = { line: 1, column: 1, offset: 0 }
const grid = (rows: string[][]): Grid => ({ via: ['test'], rows: rows.map((row) => row.map(cell)), position: { start: point, end: point }, lines: [0, 0] })

/** Table 4 as a flattened page reads it: its heading, its header run together, its 15 values run together. */
const table4Rows = [['四、政府信息公开行政复议、行政诉讼情况'], ['行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计', '03801165462100246']]
/** Table 3 rows before it: the first holds 22 digits (5802|6|4|9|3|67|0731|… would be 15 values too). */
const table3Rows = [
  ['申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'],
  ['一、本年新收政府信息公开申请数量', '5802649367073144913292'],
  ['二、上年结转政府信息公开申请数量', '63243624'],
]

describe('table 4 in a grid that holds other tables', () => {
  test('should read the values after its heading, not the first long run of digits', () => {
    const mapping = mapTemplateTable(grid([...table3Rows, ...table4Rows]), reviewLitigationTable('g4'), new DiagnosticList(), new GridMemo())
    // 0 3 8 0 11 | 6 5 4 6 21 | 0 0 2 4 6: each 总计 the sum of its four.
    expect(mapping && mappedCell(mapping, 'review', 'total')?.value).toBe(11)
    expect(mapping && mappedCell(mapping, 'review', 'other')?.value).toBe(8)
    expect(mapping && mappedCell(mapping, 'litigationDirect', 'total')?.value).toBe(21)
    expect(mapping && mappedCell(mapping, 'litigationAfterReview', 'total')?.value).toBe(6)
  })

  test('should still find values printed above the only row that names the table', () => {
    const rows = [['0', '1', '0', '0', '1', '2', '0', '0', '1', '3', '0', '0', '0', '0', '0'], ['行政复议', '', '', '', '', '行政诉讼'], ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉']]
    const mapping = mapTemplateTable(grid(rows), reviewLitigationTable('g3'), new DiagnosticList(), new GridMemo())
    expect(mapping && mappedCell(mapping, 'review', 'corrected')?.value).toBe(1)
    expect(mapping && mappedCell(mapping, 'litigationDirect', 'total')?.value).toBe(3)
  })
})

/** Whether table 4's 15 values, run together, split back in one way only (each 总计 the sum of its four). */
const table4SplitsUniquely = (digits: string) =>
  countSplits(digits, Array(15).fill('count'), (values) => [0, 5, 10].every((start) => values[start + 4] === values.slice(start, start + 4).reduce((a, b) => a + b, 0))) === 1

describe.each(['2019', '2021'] as const)('a %s report whose whole body is one line (Pingtan page.txt)', (generation) => {
  test('should read table 4 right whenever its digits split one way, whatever the rows before it hold', () => {
    fc.assert(
      fc.property(reportDataArbitrary(generation, { maxCount: 999, blanks: 'none' }), (data) => {
        const table4 = printedTables(data).table4
        const digits = table4?.rows.find((row) => row.kind === 'data')?.values.join('') ?? ''
        fc.pre(table4SplitsUniquely(digits))
        const report = parseReport(renderReport(data, flattenedPage).replace(/\n+/gu, ' '))
        const cells = dataCells(listCells(report))
        const paths = Object.keys(data.cells).filter((path) => path.startsWith('reviewLitigation.'))
        expect(paths).toHaveLength(15)
        expect(Object.fromEntries(paths.map((path) => [path, cells[path]]))).toEqual(Object.fromEntries(paths.map((path) => [path, data.cells[path]])))
      }),
      settings,
    )
  })
})
