import type { CellEntry, CellValue } from './model/cell.js'
import type { ParsedReport } from './model/report.js'

/** Whether a value of the report tree is a cell (a leaf with `value` and `via`). */
export function isCellValue(value: unknown): value is CellValue {
  return typeof value === 'object' && value !== null && 'value' in value && 'via' in value && 'raw' in value
}

/**
 * Every mapped cell of a report with its stable path (data-model.md): `requests.newReceived.total`,
 * `reviewLitigation.review.upheld`, `activeDisclosure.fees.amount`, `statistics.active.total`,
 * `statistics.cumulative.active.total`. Order: the template's order of tables, rows and columns.
 */
export function listCells(report: ParsedReport): CellEntry[] {
  const entries: CellEntry[] = []
  const add = (path: string, cell: CellValue) => {
    entries.push({
      path,
      value: cell.value,
      raw: cell.raw,
      line: cell.position?.start.line ?? null,
      column: cell.position?.start.column ?? null,
      offset: cell.position?.start.offset ?? null,
      via: cell.via,
    })
  }
  const walk = (prefix: string, node: unknown) => {
    if (isCellValue(node)) {
      add(prefix, node)
      return
    }
    if (typeof node !== 'object' || node === null) return
    for (const [key, child] of Object.entries(node)) walk(`${prefix}.${key}`, child)
  }
  switch (report.generation) {
    case '2008':
    case '2014':
      if (report.statistics) {
        for (const [key, cell] of Object.entries(report.statistics.cells)) add(`statistics.${key}`, cell)
        for (const [key, cell] of Object.entries(report.statistics.cumulative)) add(`statistics.cumulative.${key}`, cell)
        for (const series of report.statistics.series) {
          if (series.key === null) continue
          for (const [year, cell] of Object.entries(series.values)) add(`statistics.series.${series.key}.${year}`, cell)
        }
      }
      break
    case '2019':
    case '2021':
      if (report.activeDisclosure) walk('activeDisclosure', report.activeDisclosure)
      if (report.requests) walk('requests', report.requests)
      if (report.reviewLitigation) walk('reviewLitigation', report.reviewLitigation)
      break
    default:
      break
  }
  return entries
}
