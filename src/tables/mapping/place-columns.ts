import type { ColumnDefinition, TableDefinition } from '../table-definition.js'

/** A column order a header may follow, with each key's first position in it. */
interface ColumnOrder {
  columns: readonly ColumnDefinition[]
  positions: ReadonlyMap<string, number>
}

const orderCache = new WeakMap<TableDefinition, readonly ColumnOrder[]>()

/** The column orders a header may follow: the table's, then each row's own (table 2 blocks). */
function columnOrders(definition: TableDefinition): readonly ColumnOrder[] {
  let orders = orderCache.get(definition)
  if (!orders) {
    orders = [definition.columns, ...definition.rows.map((row) => row.columns ?? [])].map((columns) => {
      const positions = new Map<string, number>()
      columns.forEach((column, position) => {
        if (!positions.has(column.key)) positions.set(column.key, position)
      })
      return { columns, positions }
    })
    orderCache.set(definition, orders)
  }
  return orders
}

/** The first order holding every named column, else the table's own (the first). */
function orderOf(named: ReadonlyMap<string, number>, orders: readonly ColumnOrder[]): ColumnOrder {
  search: for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as ColumnOrder
    for (const key of named.keys()) if (!order.positions.has(key)) continue search
    return order
  }
  return orders[0] as ColumnOrder
}

/**
 * Completes a header's columns from the template's column order: when the named columns sit at a
 * constant offset from their template position, the unnamed ones (a vertical `自然人` read as
 * `然`) get the same offset. Updates `header`, the columns placed by the header rows before:
 * `named` (column key → grid index, in cell order) is this header row's, `namedBefore` the keys
 * earlier header rows named.
 */
export function placeColumns(named: ReadonlyMap<string, number>, definition: TableDefinition, header: Map<string, number>, namedBefore: ReadonlySet<string>): void {
  const { columns, positions } = orderOf(named, columnOrders(definition))
  // Each named column's offset (grid index − template position); NaN when the order lacks it.
  const offsets: number[] = []
  for (const [key, index] of named) {
    const position = positions.get(key)
    offsets.push(position === undefined ? Number.NaN : index - position)
  }
  // The offset most named columns share; of offsets shared by as many, the first met. A header
  // names a handful of columns: each offset is counted from its first use, without a map of counts.
  let best = 0
  let bestCount = 0
  for (let i = 0; i < offsets.length; i++) {
    const offset = offsets[i] as number
    if (Number.isNaN(offset) || offsets.indexOf(offset) < i) continue
    let count = 0
    for (let j = i; j < offsets.length; j++) if (offsets[j] === offset) count++
    if (count > bestCount) {
      best = offset
      bestCount = count
    }
  }
  for (const [key, index] of named) header.set(key, index)
  if (bestCount >= 2) {
    for (let position = 0; position < columns.length; position++) {
      const key = (columns[position] as ColumnDefinition).key
      // A column an earlier header row named keeps its place (a spanning 自然人 above an empty slot).
      if (!named.has(key) && !namedBefore.has(key)) header.set(key, best + position)
    }
  }
}
