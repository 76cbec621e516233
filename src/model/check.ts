/** Outcome of one arithmetic relation (勾稽关系). */
export type CheckStatus = 'pass' | 'fail' | 'uncertain' | 'not-applicable'

/** One relation of a template evaluated on a report. A failed check never changes a value. */
export interface Check {
  /** Stable id from templates.md (`T3-2`, `G2-H3`). */
  id: string
  /** The relation in words. */
  description: string
  /** `error` for a hard relation, `warning` for a soft one. */
  severity: 'error' | 'warning'
  status: CheckStatus
  /** Cell paths the relation reads. */
  reads: string[]
  left: number | null
  right: number | null
  /** `left - right`, or null when either side is unknown. */
  difference: number | null
  /** Which side and operator, e.g. `=` or `≥`. */
  operator: '=' | '≥' | '≤'
}
