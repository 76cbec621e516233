// Flattened rows (templates.md §2) printed with full-width digits or thousands separators: split as
// the ASCII run would be, or left null and told — never one column given the whole run.
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { GridMemo } from '../../src/tables/mapping/grid-memo.js'
import { mapTemplateTable } from '../../src/tables/mapping/map-template-table.js'
import { mappedCell } from '../../src/tables/mapping/row-slots.js'
import { digitText } from '../../src/tables/mapping/value-cell.js'
import { activeDisclosureTable2021, requestsTable2021 } from '../../src/templates/g4-2021/tables.js'

const cell = (text: string): GridCell => ({ text, position: null })
const point = { line: 1, column: 1, offset: 0 }
const grid = (rows: string[][]): Grid => ({ via: ['run-on-rows'], rows: rows.map((row) => row.map(cell)), position: { start: point, end: point }, lines: [0, 0] })

describe('digitText', () => {
  test('should fold full-width digits, points, signs and spaces one for one, and trim', () => {
    expect(digitText(' １２３１３０ ')).toBe('123130')
    expect(digitText('５－１４　３．５')).toBe('5-14 3.5')
    expect(digitText('693665')).toBe('693665')
  })
})

describe('a flattened table 3 row', () => {
  test('in full-width digits should split by its row sum as the ASCII run does', () => {
    // 8 | 0 | 2 | 2 | 0 | 0 | 12: the sum decides where 12 starts.
    const rows = [['申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'], ['一、本年新收政府信息公开申请数量', '８０２２００１２'], ['二、上年结转政府信息公开申请数量', '０００００００']]
    const mapping = mapTemplateTable(grid(rows), requestsTable2021, new DiagnosticList(), new GridMemo())
    expect([0, 1, 2, 3, 4, 5, 6].map((index) => mapping && mappedCell(mapping, 'newReceived', requestsTable2021.columns[index]?.key ?? '')?.value)).toEqual([8, 0, 2, 2, 0, 0, 12])
  })
})

describe('a flattened table 2 row with thousands separators', () => {
  test('should leave every value null with a diagnostic, not read the run as the first column', () => {
    // 1 | 2 | 3,456 run together reads `123,456`: a number as printed, but not one cell's.
    const diagnostics = new DiagnosticList()
    const rows = [['第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数'], ['规章', '000'], ['行政规范性文件', '123,456']]
    const mapping = mapTemplateTable(grid(rows), activeDisclosureTable2021, diagnostics, new GridMemo())
    expect(['issued', 'repealed', 'inForce'].map((key) => mapping && mappedCell(mapping, 'normativeDocuments', key)?.value)).toEqual([null, null, null])
    expect(['issued', 'repealed', 'inForce'].map((key) => mapping && mappedCell(mapping, 'regulations', key)?.value)).toEqual([0, 0, 0])
    expect(diagnostics.items.map((item) => [item.code, item.path])).toContainEqual(['table.row-split-unsolvable', 'activeDisclosure.normativeDocuments'])
  })
})
