import type { Grid, GridCell } from '../../model/grid.js'
import { compactText } from '../labels/compact-text.js'
import { normalizeLabel, type NormalizedLabel } from '../labels/normalize-label.js'
import { isBlankText, isWhiteSpace } from '../../util/is-white-space.js'
import type { SingleRowFit } from './single-row-fit.js'
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
  /** Slots holding a non-blank cell (a spanning cell in each of its slots). */
  filledCount: number
  /** Slots holding a value cell (see `isValueCell`), counted the same way. */
  valueCount: number
  /** Index of the last slot holding a non-blank cell, or -1. */
  lastFilled: number
  /** The last label, normalised; undefined when the row has no label. */
  last: NormalizedLabel | undefined
  /** Characters of `text` that are not white space (on first use: {@link solidLabelLength}). */
  solid: number
  /** Every label run together, as printed (worked out on first use: {@link labelText}). */
  text: string | undefined
  /** Every label run together, normalised (worked out on first use: {@link joinedLabels}). */
  joined: NormalizedLabel | undefined
  /** The cells after the labels, a spanning cell (HTML colspan) once (on first use: {@link valueRegion}). */
  region: readonly GridCell[] | undefined
  /** The non-blank cells of `region`. */
  filled: readonly GridCell[] | undefined
  /** The non-blank cells as header candidates (on first use: {@link headerCells}). */
  header: readonly HeaderCell[] | undefined
}

/** A non-blank cell of a row that may name a column. */
export interface HeaderCell {
  index: number
  label: NormalizedLabel
  /** Whether the cell reads as a value (a value never names a column). */
  isValue: boolean
}

/** Every label of the row run together, as printed. */
export function labelText(shape: RowShape): string {
  return (shape.text ??= shape.labels.length === 1 ? (shape.labels[0] as string) : shape.labels.join(''))
}

/** Characters of the row's labels that are not white space. */
export function solidLabelLength(shape: RowShape): number {
  if (shape.solid < 0) {
    const text = labelText(shape)
    let count = 0
    for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) count++
    shape.solid = count
  }
  return shape.solid
}

/** Every label of the row run together, normalised. */
export function joinedLabels(shape: RowShape): NormalizedLabel {
  return (shape.joined ??= shape.labels.length === 1 && shape.last ? shape.last : normalizeLabel(labelText(shape)))
}

/** The cells after a row's labels, each spanning cell once, and the non-blank ones among them. */
export interface ValueRegion {
  region: readonly GridCell[]
  filled: readonly GridCell[]
}

/**
 * The cells after the row's labels, each spanning cell once, and the non-blank ones among them:
 * worked out once into the shape, which is returned (no object a call).
 */
export function valueRegion(shape: RowShape, row: readonly GridCell[]): ValueRegion {
  if (!shape.region || !shape.filled) {
    // Most value rows span no cell and leave none blank: their region is a plain slice of the row,
    // every cell of it filled, and one array serves as both (neither is ever changed).
    let plain = true
    for (let i = shape.labelEnd; i < row.length && plain; i++) {
      const cell = row[i] as GridCell
      if ((i > shape.labelEnd && cell === row[i - 1]) || isBlankText(cell.text)) plain = false
    }
    if (plain) {
      const region = row.slice(shape.labelEnd)
      shape.region = region
      shape.filled = region
      return shape as ValueRegion
    }
    const region: GridCell[] = []
    const filled: GridCell[] = []
    for (let i = shape.labelEnd; i < row.length; i++) {
      const cell = row[i] as GridCell
      // A cell spanning several columns (HTML colspan) fills each of its slots with the same object.
      if (i > shape.labelEnd && cell === row[i - 1]) continue
      region.push(cell)
      if (!isBlankText(cell.text)) filled.push(cell)
    }
    shape.region = region
    shape.filled = filled
  }
  return shape as ValueRegion
}

/** The row's non-blank cells with their normalised text, for header tests. */
export function headerCells(shape: RowShape, row: readonly GridCell[]): readonly HeaderCell[] {
  if (!shape.header) {
    const cells: HeaderCell[] = []
    for (let index = 0; index < row.length; index++) {
      const cell = row[index] as GridCell
      if (isBlankText(cell.text)) continue
      // rowShape normalised the last label already (the last non-value cell before labelEnd).
      const label = index === shape.labelEnd - 1 && shape.last ? shape.last : normalizeLabel(cell.text)
      // rowShape tested the same non-blank cells: in a row that holds no value, none is one.
      cells.push({ index, label, isValue: shape.holdsValue && isValueCell(cell) })
    }
    shape.header = cells
  }
  return shape.header
}


/** Works out a row's shape in one walk of its cells. */
function rowShape(row: readonly GridCell[]): RowShape {
  let labelEnd = 0
  let lastValue = -1
  // The non-blank texts before labelEnd: value cells between two labels are taken when the
  // second label comes (rare), so values after the last label are never taken.
  const labels: string[] = []
  let valuesFrom = -1
  let filledCount = 0
  let valueCount = 0
  let lastFilled = -1
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]
    if (!cell || isBlankText(cell.text)) continue
    filledCount++
    lastFilled = i
    if (isValueCell(cell)) {
      valueCount++
      lastValue = i
      if (valuesFrom < 0) valuesFrom = i
      continue
    }
    if (valuesFrom >= 0) {
      for (let k = valuesFrom; k < i; k++) {
        const value = row[k]
        if (value && !isBlankText(value.text) && value !== row[k - 1]) labels.push(value.text)
      }
      valuesFrom = -1
    }
    // A cell spanning several columns (HTML colspan) fills each of its slots with the same object:
    // its text is one label, not one a slot.
    if (cell !== row[i - 1]) labels.push(cell.text)
    labelEnd = i + 1
  }
  const lastLabel = labels[labels.length - 1]
  return {
    labelEnd,
    holdsValue: lastValue >= 0,
    labels,
    hasValues: lastValue >= labelEnd,
    filledCount,
    valueCount,
    lastFilled,
    last: lastLabel === undefined ? undefined : normalizeLabel(lastLabel),
    solid: -1,
    text: undefined,
    joined: undefined,
    region: undefined,
    filled: undefined,
    header: undefined,
  }
}

/** The non-blank cells of `rows` before row `row`'s cell `column`, each once. */
function cellsBefore(rows: readonly (readonly GridCell[])[], row: number, column: number): Set<GridCell> {
  const cells = new Set<GridCell>()
  for (let r = 0; r <= row; r++) {
    const cellsOfRow = rows[r] as readonly GridCell[]
    const end = r === row ? column : cellsOfRow.length
    for (let i = 0; i < end; i++) if ((cellsOfRow[i] as GridCell).text !== '') cells.add(cellsOfRow[i] as GridCell)
  }
  return cells
}

/**
 * What mapping works out once per grid and grid row, whatever the table definition: one memo for
 * all the definitions of one extraction (a grid is tried against several tables of two
 * generations). It lives as long as the extraction, not as long as the grids.
 */
export class GridMemo {
  readonly #texts = new Map<Grid, string>()
  readonly #shapes = new Map<Grid, RowShape[]>()
  readonly #singleRowFits = new Map<Grid, Map<object, SingleRowFit>>()

  /** A grid's cell texts run together without white space (each spanning cell once), for cue tests. */
  text(grid: Grid): string {
    let text = this.#texts.get(grid)
    if (text === undefined) {
      text = ''
      const rows = grid.rows
      // A cell object met again (a spanning cell) starts where its first slot did, at or before
      // the furthest start met so far: a cell starting past it is new, with no set lookup. A Set
      // of cells gives each one an identity hash, a large share of this loop; it is made only once
      // a cell does not start past the furthest start (HTML spans, unordered cells), of every
      // cell read until then, and serves the rest of the grid.
      let furthest = -1
      let seen: Set<GridCell> | undefined
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as GridCell[]
        for (let i = 0; i < row.length; i++) {
          const cell = row[i] as GridCell
          if (cell.text === '') continue
          if (seen === undefined) {
            const start = cell.position?.start.offset ?? -1
            if (start > furthest) {
              furthest = start
              text += compactText(cell.text)
              continue
            }
            seen = cellsBefore(rows, r, i)
          }
          if (seen.has(cell)) continue
          seen.add(cell)
          text += compactText(cell.text)
        }
      }
      this.#texts.set(grid, text)
    }
    return text
  }

  /**
   * A single-row table's fit on the grid, worked out once per grid and fit key (`singleRowFitKey`):
   * definitions that share the key read the same fit off the same grid.
   */
  singleRowFit(grid: Grid, key: object, compute: () => SingleRowFit): SingleRowFit {
    let byKey = this.#singleRowFits.get(grid)
    if (byKey === undefined) {
      byKey = new Map()
      this.#singleRowFits.set(grid, byKey)
    }
    let fit = byKey.get(key)
    if (fit === undefined) {
      fit = compute()
      byKey.set(key, fit)
    }
    return fit
  }

  /** The shape of each of the grid's rows, in order (see {@link RowShape}). */
  shapes(grid: Grid): readonly RowShape[] {
    let shapes = this.#shapes.get(grid)
    if (!shapes) {
      shapes = grid.rows.map(rowShape)
      this.#shapes.set(grid, shapes)
    }
    return shapes
  }
}
