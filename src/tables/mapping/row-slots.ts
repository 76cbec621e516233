import type { CellValue } from '../../model/cell.js'
import { rowColumns, type ColumnDefinition, type RowDefinition, type TableDefinition } from '../table-definition.js'

/**
 * Where a mapping keeps each template row it found: the slot of a row key is the index of the
 * first template row with that key (made once per definition).
 */
export interface RowSlots {
  byKey: ReadonlyMap<string, number>
  /**
   * No two rows share a key and no row names a column key twice: then the cells of slot `i` are
   * read for `definition.rows[i]`, one per column in its order, and are looked up by index alone.
   */
  plain: boolean
}

const cache = new WeakMap<TableDefinition, RowSlots>()

/** The row slots of a table definition, made on first use and kept with the definition. */
export function rowSlots(definition: TableDefinition): RowSlots {
  let slots = cache.get(definition)
  if (!slots) {
    const byKey = new Map<string, number>()
    let plain = true
    definition.rows.forEach((row, index) => {
      if (byKey.has(row.key)) plain = false
      else byKey.set(row.key, index)
      if (definition.layout === 'single-row' && row.columns) plain = false
      const keys = rowColumns(definition, row).map((column) => column.key)
      if (new Set(keys).size !== keys.length) plain = false
    })
    slots = { byKey, plain }
    cache.set(definition, slots)
  }
  return slots
}

/**
 * The columns a row's cells are read for: the row's own (`rowColumns`), but the table's for a
 * single-row table (table 4), whose one printed row is cut by the table's columns only.
 */
function readColumns(definition: TableDefinition, row: RowDefinition): readonly ColumnDefinition[] {
  return definition.layout === 'single-row' ? definition.columns : rowColumns(definition, row)
}

/** The cells of a template table read off one grid, by row slot (see {@link rowSlots}). */
export interface MappedRows {
  definition: TableDefinition
  /** Each slot's cells, one per column of the row they were read for, in its order; undefined when not found. */
  cells: (readonly CellValue[] | undefined)[]
  /** The template row each slot's cells were read for. */
  matched: (RowDefinition | undefined)[]
}

/**
 * The cell mapped for a row key and column key, or undefined when the row was not found. A column
 * key named twice in a row gives its last cell, as a map filled in column order would.
 */
export function mappedCell({ definition, cells, matched }: MappedRows, rowKey: string, columnKey: string): CellValue | undefined {
  const slot = rowSlots(definition).byKey.get(rowKey)
  if (slot === undefined) return undefined
  const row = cells[slot]
  const read = matched[slot]
  if (!row || !read) return undefined
  const columns = readColumns(definition, read)
  for (let i = columns.length - 1; i >= 0; i--) if (columns[i]?.key === columnKey) return row[i]
  return undefined
}
