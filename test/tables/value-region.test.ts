import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { GridMemo, valueRegion } from '../../src/tables/mapping/grid-memo.js'
import { settings } from '../properties/fc-settings.js'

/** The value region by its definition: the cells after the labels, a spanning cell once, and the non-blank ones. */
function regionByDefinition(row: readonly GridCell[], labelEnd: number): { region: GridCell[]; filled: GridCell[] } {
  const region: GridCell[] = []
  for (let i = labelEnd; i < row.length; i++) if (!(i > labelEnd && row[i] === row[i - 1])) region.push(row[i] as GridCell)
  return { region, filled: region.filter((cell) => cell.text.trim() !== '') }
}

const point = { line: 1, column: 1, offset: 0 }
const origin = { start: point, end: point }

/** Rows of cells from a pool: labels, values, blanks, and one object in neighbouring slots (a span). */
const rowArbitrary = fc
  .array(fc.constantFrom('', ' ', '\u3000', '行政复议', '（一）本年新收', '12', '0', '-', '5-14', '无'), { minLength: 1, maxLength: 8 })
  .chain((texts) => {
    const cells: GridCell[] = texts.map((text) => ({ text, position: null }))
    return fc.array(fc.integer({ min: 0, max: cells.length - 1 }), { maxLength: 10 }).map((indexes) => indexes.map((index) => cells[index] as GridCell))
  })

describe('valueRegion', () => {
  test('should give the cells after the labels and the filled ones, with or without spans and blanks', () => {
    fc.assert(
      fc.property(rowArbitrary, (row) => {
        const grid: Grid = { via: ['test'], rows: [row], position: origin, lines: [0, 0] }
        const shape = new GridMemo().shapes(grid)[0]
        if (!shape) return
        const { region, filled } = valueRegion(shape, row)
        const expected = regionByDefinition(row, shape.labelEnd)
        expect(region.length).toBe(expected.region.length)
        region.forEach((cell, i) => expect(cell).toBe(expected.region[i]))
        expect(filled.length).toBe(expected.filled.length)
        filled.forEach((cell, i) => expect(cell).toBe(expected.filled[i]))
      }),
      settings,
    )
  })

  test('should read a plain row of values after its label', () => {
    const row: GridCell[] = ['（一）本年新收', '3', '', '4'].map((text) => ({ text, position: null }))
    const shape = new GridMemo().shapes({ via: ['test'], rows: [row], position: origin, lines: [0, 0] })[0]
    expect(shape?.labelEnd).toBe(1)
    const { region, filled } = valueRegion(shape as NonNullable<typeof shape>, row)
    expect(region.map((cell) => cell.text)).toEqual(['3', '', '4'])
    expect(filled.map((cell) => cell.text)).toEqual(['3', '4'])
  })
})
