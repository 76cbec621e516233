import type { Grid, GridCell } from '../../model/grid.js'
import { compactText } from '../labels/compact-text.js'
import { isValueCell } from './value-cell.js'

/** What mapping needs to know of a row whatever the template: where its labels end, whether it holds a value. */
export interface RowShape {
  /** Index just after the last label cell: cells before it that are not values, or blank. */
  labelEnd: number
  /** Whether a non-blank cell is a value (a row holding a number is data, never a header). */
  holdsValue: boolean
  /** Texts of the non-blank cells before `labelEnd`. */
  labels: string[]
  /** Whether a cell after `labelEnd` is not blank. */
  hasValues: boolean
}

/** Works out a row's shape. */
function rowShape(row: readonly GridCell[]): RowShape {
  let labelEnd = 0
  let lastValue = -1
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]
    if (!cell || cell.text.trim() === '') continue
    if (isValueCell(cell)) lastValue = i
    else labelEnd = i + 1
  }
  const labels: string[] = []
  for (let i = 0; i < labelEnd; i++) {
    const text = row[i]?.text ?? ''
    if (text.trim() !== '') labels.push(text)
  }
  return { labelEnd, holdsValue: lastValue >= 0, labels, hasValues: lastValue >= labelEnd }
}

/**
 * What mapping works out once per grid and grid row, whatever the table definition: one memo for
 * all the definitions of one extraction (a grid is tried against several tables of two
 * generations). It lives as long as the extraction, not as long as the grids.
 */
export class GridMemo {
  readonly #texts = new Map<Grid, string>()
  readonly #shapes = new Map<readonly GridCell[], RowShape>()

  /** A grid's cell texts run together without white space (each spanning cell once), for cue tests. */
  text(grid: Grid): string {
    let text = this.#texts.get(grid)
    if (text === undefined) {
      const seen = new Set<GridCell>()
      const parts: string[] = []
      for (const row of grid.rows) {
        for (const cell of row) {
          if (cell.text === '' || seen.has(cell)) continue
          seen.add(cell)
          parts.push(compactText(cell.text))
        }
      }
      text = parts.join('')
      this.#texts.set(grid, text)
    }
    return text
  }

  /** The row's shape (see {@link RowShape}). */
  shape(row: readonly GridCell[]): RowShape {
    let shape = this.#shapes.get(row)
    if (!shape) {
      shape = rowShape(row)
      this.#shapes.set(row, shape)
    }
    return shape
  }
}
