import type { Check, Relation } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'
import { assertReport, evaluateAcrossReports } from './across-reports.js'
import { defaultCrossYearRelations } from './default-cross-year-relations.js'

/** Options of {@link compareReports}. */
export interface CompareReportsOptions {
  /** Year-to-year relations. Default: `defaultCrossYearRelations`. */
  relations?: readonly Relation[]
}

/**
 * Checks one body's report against its report of the year before: T3-5 (上年结转 = last year's
 * 结转下年度), T2-3 (G3 项目数量), T2-4 and T2-5 (G4 现行有效件数, warnings only: real series break),
 * and the G1/G2 历年累计 columns. Every check lists the cells of both reports it read, with organ
 * and year. Relations whose cells one of the reports lacks are `not-applicable`; a pair that is not
 * one year apart makes every check `not-applicable`.
 */
export function compareReports(previous: ParsedReport, current: ParsedReport, options: CompareReportsOptions = {}): Check[] {
  assertReport(previous, 'compareReports', 'previous')
  assertReport(current, 'compareReports', 'current')
  if (current.generation === 'unrecognized') return []
  const generation = current.generation
  const relations = (options.relations ?? defaultCrossYearRelations).filter((relation) => relation.generations.includes(generation))
  const checks = evaluateAcrossReports(relations, [
    ['previous', previous],
    ['current', current],
  ])
  const { year: before } = previous.meta
  const { year: after } = current.meta
  if (before !== null && after !== null && after - before !== 1) {
    return checks.map((check) => ({ ...check, status: 'not-applicable', left: null, right: null, difference: null }))
  }
  return checks
}
