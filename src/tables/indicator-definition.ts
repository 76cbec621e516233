/**
 * One row of the shared G1/G2 indicator vocabulary (templates.md §3.2, §4.1): a key and the labels
 * printed for it. Rows under a group (`四、行政复议数量` › `（一）维持具体行政行为数`) are resolved
 * within their group first, since the same label means different keys under different groups.
 */
export interface IndicatorDefinition {
  /** `active.total`, `review.upheld`; null for a group row that carries no value (`一、主动公开情况`). */
  key: string | null
  labels: readonly string[]
  children?: readonly IndicatorDefinition[]
}

/** The vocabulary of one generation's indicator tables. */
export interface IndicatorVocabulary {
  /** `g2.statistics` */
  id: string
  indicators: readonly IndicatorDefinition[]
  /** Header labels of the value columns: this year, and the second (cumulative) column. */
  thisYearColumns: readonly string[]
  cumulativeColumns: readonly string[]
  /** Header labels of the unit column. */
  unitColumns: readonly string[]
  /** Header labels of the label column. */
  labelColumns: readonly string[]
  /** Unit each money key is kept in (`fees` → `元` in G1, `万元` in G2); other units are converted. */
  moneyUnits: Readonly<Record<string, string>>
}
