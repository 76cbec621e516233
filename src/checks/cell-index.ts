import { forEachCell } from '../list-cells.js'
import type { CellValue } from '../model/cell.js'
import type { ParsedReport } from '../model/report.js'

/** The cells of a report by data-model path, in template order (`requests.newReceived.total` → cell). */
export type CellIndex = ReadonlyMap<string, CellValue>

/** Indexes every cell of a report by its path (the paths `listCells` gives), in one walk of the report. */
export function indexCells(report: ParsedReport): CellIndex {
  const index = new Map<string, CellValue>()
  forEachCell(report, (path, cell) => index.set(path, cell))
  return index
}
