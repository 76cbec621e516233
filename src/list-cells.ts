import type { CellEntry, CellValue } from './model/cell.js'
import type { ParsedReport } from './model/report.js'

/** Whether a value of the report tree is a cell (a leaf with `value` and `via`). */
export function isCellValue(value: unknown): value is CellValue {
  return typeof value === 'object' && value !== null && 'value' in value && 'via' in value && 'raw' in value
}

// The same few hundred template paths come back in every report: one string each, built once.
const paths = new Map<string, Map<string, string>>()
let pathCount = 0

/** `prefix.key`, the same string object every time (bounded: cleared past 10,000 paths). */
function joinPath(prefix: string, key: string): string {
  let byKey = paths.get(prefix)
  if (!byKey) {
    if (pathCount >= 10_000) {
      paths.clear()
      pathCount = 0
    }
    byKey = new Map()
    paths.set(prefix, byKey)
  }
  let path = byKey.get(key)
  if (path === undefined) {
    path = `${prefix}.${key}`
    byKey.set(key, path)
    pathCount++
  }
  return path
}

/**
 * Calls `visit` with every mapped cell of a report and its stable path, in template order: the one
 * walk behind `listCells` and the checks' cell index.
 */
export function forEachCell(report: ParsedReport, visit: (path: string, cell: CellValue) => void): void {
  const walk = (prefix: string, node: unknown) => {
    if (isCellValue(node)) {
      visit(prefix, node)
      return
    }
    if (typeof node !== 'object' || node === null) return
    for (const key in node) walk(joinPath(prefix, key), (node as Record<string, unknown>)[key])
  }
  switch (report.generation) {
    case '2008':
    case '2014':
      if (report.statistics) {
        // for…in, not Object.entries: these objects gain a key per row and end up as dictionaries,
        // on which Object.entries costs several times more (same keys, same order).
        const { cells, cumulative } = report.statistics
        for (const key in cells) visit(joinPath('statistics', key), cells[key] as CellValue)
        for (const key in cumulative) visit(joinPath('statistics.cumulative', key), cumulative[key] as CellValue)
        for (const series of report.statistics.series) {
          if (series.key === null) continue
          const prefix = joinPath('statistics.series', series.key)
          for (const year in series.values) visit(joinPath(prefix, year), series.values[year] as CellValue)
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
}

/**
 * Every mapped cell of a report with its stable path (data-model.md): `requests.newReceived.total`,
 * `reviewLitigation.review.upheld`, `activeDisclosure.fees.amount`, `statistics.active.total`,
 * `statistics.cumulative.active.total`. Order: the template's order of tables, rows and columns.
 */
export function listCells(report: ParsedReport): CellEntry[] {
  const entries: CellEntry[] = []
  forEachCell(report, (path, cell) => {
    entries.push({
      path,
      value: cell.value,
      raw: cell.raw,
      line: cell.position?.start.line ?? null,
      column: cell.position?.start.column ?? null,
      offset: cell.position?.start.offset ?? null,
      via: cell.via,
    })
  })
  return entries
}
