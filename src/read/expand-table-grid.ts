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
}

/** Widest `colspan` taken at its word; browsers cap it at 1000, reports never come near 100. */
const maxColspan = 100

/**
 * Expands rows of spanned cells into a full rectangular grid, as the HTML table model places them:
 * a cell spanning several rows or columns fills every slot it covers with its own text and position
 * (header labels then stand over every column they head); `rowspan="0"` runs to the last row; slots
 * no cell covers become blank cells without a position.
 */
export function expandTableGrid(rows: readonly (readonly SpannedCell[])[]): ExpandedGrid {
  const grid: (GridCell | undefined)[][] = rows.map(() => [])
  for (let r = 0; r < rows.length; r++) {
    const slots = grid[r] as (GridCell | undefined)[]
    let column = 0
    for (const spanned of rows[r] ?? []) {
      while (slots[column] !== undefined) column++
      const colspan = clamp(parseSpan(spanned.colspan) ?? 1, 1, maxColspan)
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
  return { rows: full, ragged }
}

function parseSpan(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number.parseInt(value.trim(), 10)
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}
