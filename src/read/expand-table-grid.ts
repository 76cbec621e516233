import type { GridCell } from '../model/grid.js'

/** One printed cell of an HTML table row, with its spans as written. */
export interface SpannedCell {
  cell: GridCell
  /** `colspan` attribute, or undefined. */
  colspan: string | undefined
  /** `rowspan` attribute, or undefined. */
  rowspan: string | undefined
}

/** The full grid of a table and whether its rows were of unequal width. */
export interface ExpandedGrid {
  rows: GridCell[][]
  /** True when some row had to be padded with blank cells that no printed cell covers. */
  ragged: boolean
  /** True when cells past the widest grid built ({@link maxColumns}, fewer for a table of very many rows) were left out. */
  truncated: boolean
}

/** Widest `colspan` taken at its word; browsers cap it at 1000, reports never come near 100. */
const maxColspan = 100

/**
 * Widest grid built: a report's widest table has about twenty columns. Spans can push a row's cells
 * further right with every row (a rowspan in each row), so without a bound a small page could build
 * a grid of millions of slots; the cells past this column are left out.
 */
export const maxColumns = 500

/** Most slots of a grid (rows × columns): a table of many rows gets fewer columns than {@link maxColumns}. */
const maxSlots = 250_000

/**
 * Expands rows of spanned cells into a full rectangular grid, as the HTML table model places them:
 * a cell spanning several rows or columns fills every slot it covers with its own text and position
 * (header labels then stand over every column they head); `rowspan="0"` runs to the last row; slots
 * no cell covers become blank cells without a position.
 */
export function expandTableGrid(rows: readonly (readonly SpannedCell[])[]): ExpandedGrid {
  const grid: (GridCell | undefined)[][] = rows.map(() => [])
  let truncated = false
  const columnLimit = Math.max(1, Math.min(maxColumns, Math.floor(maxSlots / Math.max(1, rows.length))))
  for (let r = 0; r < rows.length; r++) {
    const slots = grid[r] as (GridCell | undefined)[]
    let column = 0
    for (const spanned of rows[r] ?? []) {
      while (slots[column] !== undefined) column++
      if (column >= columnLimit) {
        truncated = true
        break
      }
      const colspan = clamp(parseSpan(spanned.colspan) ?? 1, 1, Math.min(maxColspan, columnLimit - column))
      const rowspanValue = parseSpan(spanned.rowspan)
      const remaining = rows.length - r
      const rowspan = rowspanValue === 0 ? remaining : clamp(rowspanValue ?? 1, 1, remaining)
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr] as (GridCell | undefined)[]
        for (let dc = 0; dc < colspan; dc++) target[column + dc] = spanned.cell
      }
      column += colspan
    }
  }
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0)
  let ragged = false
  const full = grid.map((row) => {
    const out: GridCell[] = []
    for (let c = 0; c < width; c++) {
      const cell = row[c]
      if (cell) out.push(cell)
      else {
        ragged = true
        out.push({ text: '', position: null })
      }
    }
    return out
  })
  return { rows: full, ragged, truncated }
}

function parseSpan(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number.parseInt(value.trim(), 10)
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}
