import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { GridMemo } from '../../src/tables/mapping/grid-memo.js'
import { mapTemplateTable } from '../../src/tables/mapping/map-template-table.js'
import { mappedCell } from '../../src/tables/mapping/row-slots.js'
import { singleRowFitKey } from '../../src/tables/mapping/single-row-fit.js'
import { reviewLitigationTable } from '../../src/templates/shared-tables.js'

const cell = (text: string): GridCell => ({ text, position: null })
const point = { line: 1, column: 1, offset: 0 }
const grid = (rows: string[][]): Grid => ({ via: ['test'], rows: rows.map((row) => row.map(cell)), position: { start: point, end: point }, lines: [0, 0] })

// A table 4 as printed: groups, columns, then the 15 values (行政复议 0 1 0 0 1, 直接起诉 2 0 0 1 3, 复议后起诉 all 0).
const table4 = grid([
  ['行政复议', '', '', '', '', '行政诉讼'],
  ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ['0', '1', '0', '0', '1', '2', '0', '0', '1', '3', '0', '0', '0', '0', '0'],
])

describe('singleRowFitKey', () => {
  test('should give G3 and G4 table 4 (printed alike) one key, and a table with other cues another', () => {
    expect(singleRowFitKey(reviewLitigationTable('g3'))).toBe(singleRowFitKey(reviewLitigationTable('g4')))
    const other = { ...reviewLitigationTable('g3'), cues: ['行政复议'] }
    expect(singleRowFitKey(other)).not.toBe(singleRowFitKey(reviewLitigationTable('g3')))
    const relabelled = { ...reviewLitigationTable('g3'), columns: [{ key: 'upheld', labels: ['维持'], kind: 'count' as const }] }
    expect(singleRowFitKey(relabelled)).not.toBe(singleRowFitKey(reviewLitigationTable('g3')))
  })

  test('should let the second reading of a grid take the first one’s fit, the same as read alone', () => {
    const g3 = reviewLitigationTable('g3')
    const g4 = reviewLitigationTable('g4')
    // Read alone: 4 cues (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉 — all printed) and the cells
    // naming a row (3: 行政复议, 未经复议直接起诉, 复议后起诉) or a column (15 headers).
    const alone = mapTemplateTable(table4, g4, new DiagnosticList(), new GridMemo(), true)
    expect(alone?.fit).toBe(4 + 3 + 15)
    const memo = new GridMemo()
    const full = mapTemplateTable(table4, g3, new DiagnosticList(), memo)
    const shared = mapTemplateTable(table4, g4, new DiagnosticList(), memo, true)
    expect(full?.fit).toBe(22)
    expect(shared?.fit).toBe(22)
    expect(shared?.definition).toBe(g4)
    expect(full && mappedCell(full, 'litigationDirect', 'total')?.value).toBe(3)
    expect(full && mappedCell(full, 'review', 'corrected')?.value).toBe(1)
  })
})
