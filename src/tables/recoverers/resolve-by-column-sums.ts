import type { CellValue } from '../../model/cell.js'
import type { GridCell } from '../../model/grid.js'
import { mappedCell, rowSlots, type MappedRows } from '../mapping/row-slots.js'
import type { ColumnDefinition, ColumnSum } from '../table-definition.js'
import { partPositions } from '../mapping/part-positions.js'

/** A row of run-together digits with more than one split that fits its row sums. */
export interface AmbiguousRow {
  cell: GridCell
  columns: readonly ColumnDefinition[]
  candidates: readonly (readonly number[])[]
  via: readonly string[]
}

/** Most combinations of candidate splits tried across ambiguous rows. */
const combinationLimit = 4096

/**
 * Chooses among the splits of ambiguous rows with the table's column sums (T3-1, T3-2): the
 * combination for which every relation that can be evaluated holds in every column. Only a unique
 * combination is taken; its values are marked `confidence: 'low'` (they were chosen by the very
 * relations a check would test) and `via` ends with `column-sums`: they replace the row's cells in
 * `mapping`. Returns the rows resolved.
 */
export function resolveByColumnSums(
  mapping: MappedRows,
  ambiguous: ReadonlyMap<string, AmbiguousRow>,
  sums: readonly ColumnSum[],
): string[] {
  const keys = [...ambiguous.keys()]
  if (keys.length === 0 || sums.length === 0) return []
  const combinations = keys.reduce((product, key) => product * (ambiguous.get(key)?.candidates.length ?? 0), 1)
  if (combinations === 0 || combinations > combinationLimit) return []
  const relevant = sums.filter((sum) => [...sum.left, ...sum.right].some((key) => ambiguous.has(key)))
  let found: number[] | undefined
  let count = 0
  const choice = new Array<number>(keys.length).fill(0)
  const valueOf = (row: string, column: string): number | null => {
    const index = keys.indexOf(row)
    if (index >= 0) {
      const entry = ambiguous.get(row)
      const position = entry?.columns.findIndex((candidate) => candidate.key === column) ?? -1
      return entry?.candidates[choice[index] ?? 0]?.[position] ?? null
    }
    return mappedCell(mapping, row, column)?.value ?? null
  }
  const columns = ambiguous.get(keys[0] ?? '')?.columns ?? []
  const holds = () =>
    relevant.every((sum) =>
      columns.every((column) => {
        const left = sum.left.map((row) => valueOf(row, column.key))
        const right = sum.right.map((row) => valueOf(row, column.key))
        if ([...left, ...right].some((value) => value === null)) return true
        const total = (list: (number | null)[]) => list.reduce<number>((accumulated, value) => accumulated + (value ?? 0), 0)
        return total(left) === total(right)
      }),
    )
  const visit = (depth: number): void => {
    if (count > 1) return
    if (depth === keys.length) {
      if (holds()) {
        count++
        found = [...choice]
      }
      return
    }
    const entry = ambiguous.get(keys[depth] ?? '')
    for (let option = 0; option < (entry?.candidates.length ?? 0); option++) {
      choice[depth] = option
      visit(depth + 1)
    }
  }
  visit(0)
  if (count !== 1 || !found) return []
  keys.forEach((key, index) => {
    const entry = ambiguous.get(key)
    const candidate = entry?.candidates[found?.[index] ?? 0]
    if (!entry || !candidate) return
    // One cell per column of the row, in its order (the columns it was read for), each at its digits.
    const positions = partPositions(entry.cell, candidate.map((value) => String(value)))
    const row = entry.columns.map((_column, position): CellValue => ({
      value: candidate[position] ?? null,
      raw: String(candidate[position] ?? ''),
      position: positions[position] ?? entry.cell.position,
      via: [...entry.via, 'column-sums'],
      confidence: 'low',
    }))
    const slot = rowSlots(mapping.definition).byKey.get(key)
    if (slot !== undefined) mapping.cells[slot] = row
  })
  return keys
}
