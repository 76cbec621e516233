import { isCellValue, listCells } from '../list-cells.js'
import type { CellValue } from '../model/cell.js'
import type { ParsedReport } from '../model/report.js'

/** The cells of a report by data-model path, in template order (`requests.newReceived.total` → cell). */
export type CellIndex = ReadonlyMap<string, CellValue>

/**
 * Indexes every cell of a report by its path. The paths come from `listCells`; each is resolved
 * back to its `CellValue`, which also carries the confidence the checks need.
 */
export function indexCells(report: ParsedReport): CellIndex {
  const index = new Map<string, CellValue>()
  for (const { path } of listCells(report)) {
    const cell = resolve(report, path)
    if (cell) index.set(path, cell)
  }
  return index
}

function resolve(report: ParsedReport, path: string): CellValue | undefined {
  if ((report.generation === '2008' || report.generation === '2014') && report.statistics) {
    const cumulative = 'statistics.cumulative.'
    if (path.startsWith(cumulative)) return report.statistics.cumulative[path.slice(cumulative.length)]
    const series = 'statistics.series.'
    if (path.startsWith(series)) {
      // `statistics.series.<key>.<year>`: the key has dots of its own, the year is the last segment.
      const rest = path.slice(series.length)
      const cut = rest.lastIndexOf('.')
      return report.statistics.series.find((row) => row.key === rest.slice(0, cut))?.values[rest.slice(cut + 1)]
    }
    return report.statistics.cells[path.slice('statistics.'.length)]
  }
  let node: unknown = report
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[segment]
  }
  return isCellValue(node) ? node : undefined
}
