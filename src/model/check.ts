import type { Generation } from './classification.js'
import type { Position } from './position.js'

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
  /** Which instance of a relation that holds per column or per row (`naturalPerson`, `staffing`). */
  scope?: string
  /** Where the relation is defined: `templates.md §7.1`. */
  source?: string
  /** For a failed check: the cells most likely wrong, most likely first (fault location). */
  suspects?: string[]
  /** For an uncertain check: the cells that made it so (blank, or recovered with low confidence). */
  unsure?: string[]
  /** For a check of a figure stated in the text (T3-6, T4-5): the figure as printed and where. */
  prose?: { raw: string; position: Position }
  /** For a check across reports (`compareReports`, `checkAggregate`): each cell read, with its report. */
  cells?: CellReference[]
}

/**
 * A cell read by a check across reports, with its provenance. Such checks name their reads with the
 * report as a prefix: `previous:requests.carriedForward.total`, `child[2]:requests.newReceived.total`.
 */
export interface CellReference {
  /** `previous`, `current`, `parent`, or `child[i]` (0-based, in the order given). */
  report: string
  path: string
  value: number | null
  raw: string
  position: Position | null
  via: string[]
  /** Organ and data year of the report the cell belongs to. */
  organ: string | null
  year: number | null
}

/** The two sides of a relation, computed from the values it reads. */
export interface RelationSides {
  left: number
  right: number
  /** Cells that break the relation by themselves (a negative count, a cumulative below this year). */
  suspects?: string[]
}

/**
 * A relation between cells of one report, as data (templates.md §3.3, §4.3, §7): the template
 * folders define them, the checks stage evaluates them. `evaluate` only ever sees non-blank values.
 */
export interface Relation {
  /** Stable id shared by every instance of the relation: `T3-1`. */
  id: string
  /** The instance, when the relation holds per column or per row: `naturalPerson`. */
  scope?: string
  description: string
  /** `error` for a hard relation, `warning` for a soft one. */
  severity: 'error' | 'warning'
  /** Where the relation is defined: `templates.md §7.1`. */
  source: string
  /** Generations whose reports the relation applies to. */
  generations: readonly Generation[]
  /** Cell paths the relation reads, the total side first. */
  reads: readonly string[]
  /** Paths on the total side (`（七）总计`), which fault location blames when the parts agree. */
  totals: readonly string[]
  operator: '=' | '≥' | '≤'
  /**
   * `all` (default): not applicable unless every read cell exists in the report. `some`: applicable
   * when any read cell exists (sub-rows a table may or may not print); `evaluate` then says whether
   * what exists can be compared (`compareSums` returns null, not applicable, unless each side has a
   * value).
   */
  presence?: 'all' | 'some'
  /**
   * `uncertain` (default): a blank input makes the check uncertain. `skip`: blanks are left out
   * (row-by-row relations such as "every cell ≥ 0", where a blank breaks nothing).
   */
  blanks?: 'uncertain' | 'skip'
  /** The two sides from the values present; null when there is nothing to compare. */
  evaluate(values: ReadonlyMap<string, number>): RelationSides | null
}
