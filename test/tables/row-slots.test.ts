import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { defaultTemplates } from '../../src/templates/index.js'
import { assembleTemplateTable } from '../../src/tables/assemble-template-table.js'
import { mapTemplateTable } from '../../src/tables/mapping/map-template-table.js'
import { mappedCell, rowSlots } from '../../src/tables/mapping/row-slots.js'
import type { ColumnDefinition, TableDefinition } from '../../src/tables/table-definition.js'

const cell = (text: string): GridCell => ({ text, position: null })
const point = { line: 1, column: 1, offset: 0 }
const grid = (rows: string[][]): Grid => ({ via: ['test'], rows: rows.map((row) => row.map(cell)), position: { start: point, end: point }, lines: [0, 0] })
const column = (key: string, label: string): ColumnDefinition => ({ key, labels: [label], kind: 'count' })

// A custom template may repeat a row key or a column key: the mapping must read it as a map by
// key did (a later column of a key wins, a row key is taken by the first row matched).
const repeated: TableDefinition = {
  id: 'custom.repeated',
  path: 'custom',
  layout: 'rows',
  rows: [
    { key: 'first', labels: ['甲类申请'] },
    { key: 'twice', labels: ['乙类申请'], columns: [column('count', '数量'), column('count', '件数')] },
    { key: 'first', labels: ['丙类申请'], columns: [column('other', '其他')] },
  ],
  columns: [column('count', '数量'), column('amount', '金额')],
  cues: [],
  groupLabels: [],
  rowSums: [],
  columnSums: [],
}

describe('row slots', () => {
  test('should call every default template table plain, so cells are found by index', () => {
    const tables = defaultTemplates.flatMap((template) => template.tables)
    expect(tables.length).toBeGreaterThanOrEqual(6)
    for (const table of tables) expect(rowSlots(table).plain).toBe(true)
    expect(rowSlots(repeated).plain).toBe(false)
  })

  test('should read a repeated column key as its last cell and a repeated row key as the row matched', () => {
    const mapping = mapTemplateTable(
      grid([
        ['丙类申请', '7'],
        ['乙类申请', '3', '4'],
      ]),
      repeated,
      new DiagnosticList(),
    )
    expect(mapping?.found).toBe(2)
    expect(mapping && mappedCell(mapping, 'first', 'other')?.value).toBe(7)
    expect(mapping && mappedCell(mapping, 'first', 'count')).toBeUndefined()
    expect(mapping && mappedCell(mapping, 'twice', 'count')?.value).toBe(4)
    const diagnostics = new DiagnosticList()
    const { table, blank } = assembleTemplateTable(repeated, mapping ? [mapping] : [], diagnostics)
    expect(blank).toBe(false)
    // The row matched was the third (`丙类申请`): the first row of its key has none of its columns.
    expect(table.twice).toMatchObject({ count: { value: 4, raw: '4' } })
    expect(table.first).toMatchObject({ other: { value: 7, raw: '7' } })
    expect(diagnostics.items.map((item) => item.code)).toEqual([])
  })
})
