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
 * How a walk of a report's cells names the places it passes: the stable path string
 * ({@link forEachCell}), or a reader's own handle (the checks' read plan walks a tree of the
 * paths it wants instead of joining strings).
 */
export interface CellNames<N> {
  /**
   * The name of `key` below `parent` (`null`: the report itself). Undefined when no cell at or
   * below that place is wanted: the walk then neither visits nor enters it.
   */
  child(parent: N | null, key: string): N | undefined
}

const pathNames: CellNames<string> = { child: (parent, key) => (parent === null ? key : joinPath(parent, key)) }

/**
 * Calls `visit` with every mapped cell of a report and its stable path, in template order: the one
 * walk behind `listCells` and the checks' cell index.
 */
export function forEachCell(report: ParsedReport, visit: (path: string, cell: CellValue) => void): void {
  forEachNamedCell(report, pathNames, visit)
}

/**
 * {@link forEachCell} with each place named by `names` instead of by its path string: the same
 * cells in the same order, less those below a place `names` leaves out. A cell is any node with
 * `value`, `via` and `raw` (own or inherited); the walk enters every other object by `for…in`.
 */
export function forEachNamedCell<N>(report: ParsedReport, names: CellNames<N>, visit: (name: N, cell: CellValue) => void): void {
  const walk = (name: N, node: unknown) => {
    if (isCellValue(node)) {
      visit(name, node)
      return
    }
    if (typeof node !== 'object' || node === null) return
    for (const key in node) {
      const below = names.child(name, key)
      if (below !== undefined) walk(below, (node as Record<string, unknown>)[key])
    }
  }
  const top = (key: string, node: unknown) => {
    const name = names.child(null, key)
    if (name !== undefined) walk(name, node)
  }
  switch (report.generation) {
    case '2008':
    case '2014':
      if (report.statistics) {
        // for…in, not Object.entries: these objects gain a key per row and end up as dictionaries,
        // on which Object.entries costs several times more (same keys, same order). Each entry goes
        // through `walk` like every other node: an entry a caller set to null or to a non-cell
        // object is skipped or entered, not handed on as a cell.
        const { cells, cumulative } = report.statistics
        const statistics = names.child(null, 'statistics')
        if (statistics === undefined) break
        for (const key in cells) {
          const name = names.child(statistics, key)
          if (name !== undefined) walk(name, cells[key])
        }
        const cumulativeName = names.child(statistics, 'cumulative')
        if (cumulativeName !== undefined) {
          for (const key in cumulative) {
            const name = names.child(cumulativeName, key)
            if (name !== undefined) walk(name, cumulative[key])
          }
        }
        const seriesName = names.child(statistics, 'series')
        if (seriesName === undefined) break
        for (const series of report.statistics.series) {
          if (series.key === null) continue
          const prefix = names.child(seriesName, series.key)
          if (prefix === undefined) continue
          for (const year in series.values) {
            const name = names.child(prefix, year)
            if (name !== undefined) walk(name, series.values[year])
          }
        }
      }
      break
    case '2019':
    case '2021':
      if (report.activeDisclosure) top('activeDisclosure', report.activeDisclosure)
      if (report.requests) top('requests', report.requests)
      if (report.reviewLitigation) top('reviewLitigation', report.reviewLitigation)
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
