import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { compactText } from '../../src/tables/labels/compact-text.js'
import { GridMemo } from '../../src/tables/mapping/grid-memo.js'
import { settings } from '../properties/fc-settings.js'

/** The grid text by its definition: every non-blank cell object once, compacted, in reading order. */
function gridTextByDefinition(grid: Grid): string {
  const seen = new Set<GridCell>()
  let text = ''
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.text === '' || seen.has(cell)) continue
      seen.add(cell)
      text += compactText(cell.text)
    }
  }
  return text
}

const at = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } })

/**
 * Grids whose slots take cells from a pool: the same object in several slots (spans), distinct
 * cells at the same offset, offsets out of order, no position, blank texts.
 */
const gridArbitrary = fc
  .array(
    fc.record({
      text: fc.constantFrom('', '行政', '复议', '行政复议', ' 诉讼 ', '12', 'ａ１', '未经复议直接起诉'),
      offset: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((pool) => {
    const cells: GridCell[] = pool.map(({ text, offset }) => ({ text, position: offset === null ? null : at(offset) }))
    return fc.array(fc.array(fc.integer({ min: 0, max: cells.length - 1 }), { maxLength: 6 }), { maxLength: 6 }).map((rows): Grid => ({
      via: ['test'],
      rows: rows.map((row) => row.map((index) => cells[index] as GridCell)),
      position: at(0),
      lines: [0, 0],
    }))
  })

describe('GridMemo.text', () => {
  test('equals every non-blank cell object once, compacted, in reading order', () => {
    fc.assert(
      fc.property(gridArbitrary, (grid) => {
        expect(new GridMemo().text(grid)).toBe(gridTextByDefinition(grid))
      }),
      settings,
    )
  })

  test('a cell spanning two rows counts once; distinct cells of the same text both count', () => {
    const span: GridCell = { text: '行政复议', position: at(0) }
    const grid: Grid = {
      via: ['test'],
      rows: [
        [span, { text: '诉讼', position: at(5) }],
        [span, { text: '诉讼', position: at(8) }],
      ],
      position: at(0),
      lines: [0, 1],
    }
    expect(new GridMemo().text(grid)).toBe('行政复议诉讼诉讼')
  })
})
