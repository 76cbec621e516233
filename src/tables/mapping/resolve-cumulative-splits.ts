import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { GridCell } from '../../model/grid.js'
import type { StatisticsTable } from '../../model/statistics-table.js'
import { partPositions } from './part-positions.js'

/**
 * A G1/G2 row whose this-year and cumulative values run together (`294981916`) and split in more
 * than one way that keeps 历年累计 ≥ 本年度: its cell and the splits, as printed (`['2949', '81916']`).
 */
export interface AmbiguousCumulative {
  key: string
  cell: GridCell
  via: readonly string[]
  candidates: readonly (readonly [string, string])[]
}

/** The number a part of a split prints, thousands separators left out (`3,957` → 3957). */
export const printedNumber = (printed: string) => Number(printed.replace(/,/gu, ''))

/**
 * Chooses among the splits of run-together this-year and cumulative values with the year's figure
 * a sentence of the report states for the key (`2015年主动公开政府信息2949条` settles `294981916` as
 * 2949 | 81916): taken only when exactly one split has that figure for this year, with
 * `confidence: 'low'` and `via` ending `stated-figure`; its `table.row-split-ambiguous` is withdrawn.
 * A relation between rows (a `其中` row at most its parent) is not used: a report that breaks it
 * would get a split chosen to hide the break. Returns the keys settled.
 */
export function resolveCumulativeSplits(into: StatisticsTable, ambiguous: readonly AmbiguousCumulative[], stated: (key: string) => number | null, diagnostics: DiagnosticList): string[] {
  const settled: string[] = []
  for (const row of ambiguous) {
    // A row still null (a later row of the same key is a duplicate: the first is kept).
    if (into.cells[row.key]?.value !== null) continue
    const figure = stated(row.key)
    if (figure === null) continue
    const matching = row.candidates.filter(([thisYear]) => printedNumber(thisYear) === figure)
    const only = matching.length === 1 ? matching[0] : undefined
    if (!only) continue
    const via = [...row.via, 'stated-figure']
    const [left, right] = partPositions(row.cell, only)
    into.cells[row.key] = { value: printedNumber(only[0]), raw: only[0], position: left ?? null, via, confidence: 'low' }
    into.cumulative[row.key] = { value: printedNumber(only[1]), raw: only[1], position: right ?? null, via: [...via], confidence: 'low' }
    diagnostics.withdraw('table.row-split-ambiguous', [`statistics.${row.key}`])
    settled.push(row.key)
  }
  return settled
}
