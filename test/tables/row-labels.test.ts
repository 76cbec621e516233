import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { GridMemo, labelText } from '../../src/tables/mapping/grid-memo.js'
import { settings } from '../properties/fc-settings.js'

const point = { line: 1, column: 1, offset: 0 }
const origin = { start: point, end: point }
const shapeOf = (row: GridCell[]) => new GridMemo().shapes({ via: ['test'], rows: [row], position: origin, lines: [0, 0] } satisfies Grid)[0]

/** Rows of cells from a pool: labels, values, blanks, and one object in neighbouring slots (a span). */
const rowArbitrary = fc
  .array(fc.constantFrom('', ' ', '申请人', '法人或其他组织', '（一）本年新收', '12', '0', '-', '无'), { minLength: 1, maxLength: 6 })
  .chain((texts) => {
    const cells: GridCell[] = texts.map((text) => ({ text, position: null }))
    return fc.array(fc.integer({ min: 0, max: cells.length - 1 }), { maxLength: 10 }).map((indexes) => indexes.map((index) => cells[index] as GridCell))
  })

describe("a row's labels", () => {
  test('should hold the text of a label cell spanning several columns once', () => {
    const spanning: GridCell = { text: '法人或其他组织', position: null }
    const row: GridCell[] = [{ text: '申请人', position: null }, spanning, spanning, spanning, { text: '3', position: null }]
    const shape = shapeOf(row)
    expect(shape?.labels).toEqual(['申请人', '法人或其他组织'])
    expect(labelText(shape as NonNullable<typeof shape>)).toBe('申请人法人或其他组织')
    expect(shape?.labelEnd).toBe(4)
  })

  test('should be the non-blank cells before the label end, each spanning cell once', () => {
    fc.assert(
      fc.property(rowArbitrary, (row) => {
        const shape = shapeOf(row)
        if (!shape) return
        const expected: string[] = []
        for (let i = 0; i < shape.labelEnd; i++) {
          const cell = row[i] as GridCell
          if (cell.text.trim() !== '' && cell !== row[i - 1]) expected.push(cell.text)
        }
        expect(shape.labels).toEqual(expected)
      }),
      settings,
    )
  })
})
