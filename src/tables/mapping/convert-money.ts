import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { CellValue } from '../../model/cell.js'
import { compactText as compact } from '../labels/compact-text.js'

/**
 * Converts a money value printed in 元 or 万元 to the unit the template keeps it in
 * (data-model.md "Money"): `expected`, undefined for a cell that is no money or whose unit the
 * template leaves open. The printed unit is the cell's own (`40000元`), else `printedUnit` (a unit
 * column, a header `（单位：万元）`). Each conversion is told (`table.unit-converted` at `path`).
 */
export function convertMoney(value: CellValue, path: string, printedUnit: string | null, expected: string | undefined, diagnostics: DiagnosticList): CellValue {
  // Most cells are no money: the printed unit is compacted only for those that are.
  if (!expected || value.value === null) return value
  const unit = value.unit ?? (printedUnit ? compact(printedUnit) : null)
  if (!unit || unit === expected) return value
  const factor = unit === '元' && expected === '万元' ? 1 / 10_000 : unit === '万元' && expected === '元' ? 10_000 : null
  if (factor === null) return value
  diagnostics.add('table.unit-converted', 'tables', `Converted ${value.value} ${unit} to ${expected} for ${path}.`, { position: value.position, path })
  return { ...value, value: Number((value.value * factor).toFixed(6)), unit }
}
