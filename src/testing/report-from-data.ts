import type { CellValue, ParsedReport, ReportBase } from '../index.js'
import type { ReportData } from './report-data.js'

const cellOf = (value: number | null): CellValue => ({ value, raw: value === null ? '' : String(value), position: null, via: ['testing'], confidence: 'high' })

function setPath(target: Record<string, unknown>, path: readonly string[], cell: CellValue): void {
  let node = target
  for (const segment of path.slice(0, -1)) {
    node[segment] ??= {}
    node = node[segment] as Record<string, unknown>
  }
  node[path[path.length - 1] as string] = cell
}

/**
 * Builds a report object straight from data, as `parseReport` would return it for a report that
 * prints exactly these values (no positions, `via: ['testing']`, no checks run yet). Use it to test
 * code that consumes reports, or `checkReport`, without writing text.
 */
export function reportFromData(data: ReportData): ParsedReport {
  const base: ReportBase = {
    classification: { generation: data.generation, isReport: true, confidence: 1, evidence: [] },
    meta: {
      title: `${data.organ}${data.year}年政府信息公开工作年度报告`,
      organ: data.organ,
      year: data.year,
      period: null,
      publicationDate: null,
      signatureDate: null,
      indexNumber: null,
      documentNumber: null,
      publisher: null,
      contacts: { phones: [], emails: [], postcode: null, address: null },
      declaredParts: null,
      positions: {},
    },
    sections: [],
    tables: [],
    checks: [],
    diagnostics: [],
    source: { format: 'text', encoding: null, length: 0 },
  }
  if (data.generation === '2008' || data.generation === '2014') {
    const statistics = { cells: {} as Record<string, CellValue>, cumulative: {} as Record<string, CellValue>, unmapped: [], series: [] }
    for (const [path, value] of Object.entries(data.cells)) {
      if (path.startsWith('statistics.cumulative.')) statistics.cumulative[path.slice('statistics.cumulative.'.length)] = cellOf(value)
      else statistics.cells[path.slice('statistics.'.length)] = cellOf(value)
    }
    return { generation: data.generation, ...base, statistics } as unknown as ParsedReport
  }
  const tables: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(data.cells)) setPath(tables, path.split('.'), cellOf(value))
  return { generation: data.generation, ...base, activeDisclosure: tables['activeDisclosure'] ?? null, requests: tables['requests'] ?? null, reviewLitigation: tables['reviewLitigation'] ?? null } as unknown as ParsedReport
}

/** The data of a report: every cell path with its value, as `listCells` gives them. */
export function dataCells(cells: ReadonlyArray<{ path: string; value: number | null }>): Record<string, number | null> {
  return Object.fromEntries(cells.map(({ path, value }) => [path, value]))
}
