import type { CellValue } from '../model/cell.js'
import type { Check, CellReference, Relation } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'
import { indexCells } from './cell-index.js'
import { evaluateRelation } from './evaluate-relation.js'

/** Reports a check across reports reads, each under the prefix its relations use (`previous`, `child[0]`). */
export type NamedReports = ReadonlyArray<readonly [name: string, report: ParsedReport]>

/**
 * Evaluates relations whose reads are prefixed with a report name (`previous:requests.carriedForward.total`)
 * on several reports at once, and lists each cell read with its report, organ and year.
 */
export function evaluateAcrossReports(relations: readonly Relation[], reports: NamedReports): Check[] {
  const cells = new Map<string, CellValue>()
  const owners = new Map<string, ParsedReport>()
  for (const [name, report] of reports) {
    for (const [path, cell] of indexCells(report)) {
      cells.set(`${name}:${path}`, cell)
      owners.set(`${name}:${path}`, report)
    }
  }
  return relations.map((relation) => {
    const check = evaluateRelation(relation, cells)
    check.cells = check.reads.flatMap((read): CellReference[] => {
      const cell = cells.get(read)
      const owner = owners.get(read)
      if (!cell || !owner) return []
      const separator = read.indexOf(':')
      return [{ report: read.slice(0, separator), path: read.slice(separator + 1), value: cell.value, raw: cell.raw, position: cell.position, via: cell.via, organ: owner.meta.organ, year: owner.meta.year }]
    })
    return check
  })
}

/** Throws the TypeError of API misuse when `value` is not a parsed report. */
export function assertReport(value: unknown, caller: string, name: string): asserts value is ParsedReport {
  if (typeof value !== 'object' || value === null || typeof (value as { generation?: unknown }).generation !== 'string') {
    throw new TypeError(`${caller}: \`${name}\` must be a result of parseReport`)
  }
}
