import type { Generation } from '../index.js'

/** The G1/G2 indicator table forms the kit can write (templates.md §3.2, §4.1). */
export type IndicatorFormName = 'fujian-2009' | 'zhangcun-2011' | 'fujian-2014' | 'national-2014'

/**
 * Report data as plain values: what a report says, without positions. Cell paths are the
 * data-model ones (`requests.newReceived.total`, `statistics.staffing.staff`); `null` is a blank.
 * G3/G4 data has every cell of tables 2–4; G1/G2 data has the rows its indicator form prints.
 */
export interface ReportData {
  generation: Generation
  /** Data year (统计期限), within the generation's years (templates.md §1). */
  year: number
  organ: string
  /** G1/G2 only: which indicator table the report prints. */
  form?: IndicatorFormName
  cells: Record<string, number | null>
}
