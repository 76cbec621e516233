import type { CellValue } from './cell.js'
import type { Position } from './position.js'

/** A row of an indicator table that matched no key; kept, never dropped. */
export interface UnmappedRow {
  label: string
  unit: string | null
  values: CellValue[]
  position: Position | null
}

/**
 * The indicator table of G1 (2008) and G2 (2014) reports (templates.md §3.2, §4.1), keyed by the
 * shared vocabulary: `cells['active.total']` is the cell path `statistics.active.total`.
 */
export interface StatisticsTable {
  /** This year's values (本年度 / 统计数 / 本年累计 when it is the only value column). */
  cells: Record<string, CellValue>
  /** The second value column (历年累计, or 本年累计 beside a 本期 column): `statistics.cumulative.<key>`. */
  cumulative: Record<string, CellValue>
  unmapped: UnmappedRow[]
  /**
   * Year-by-year rows (`年份 2013 … 2017 / 主动公开信息数 3148 … 34207`): `statistics.series.<key>.<year>`.
   * The report year's value also fills `cells`.
   */
  series: IndicatorSeries[]
}

/** One row of a year-by-year table. */
export interface IndicatorSeries {
  /** Vocabulary key of the row, or null when the label matched none. */
  key: string | null
  label: string
  /** Values by year (`'2013'`). */
  values: Record<string, CellValue>
}
