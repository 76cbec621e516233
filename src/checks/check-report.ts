import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Check, Relation } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'
import { readText } from '../read/read-text.js'
import { runChecks } from './run-checks.js'

/** Options of {@link checkReport}. */
export interface CheckReportOptions {
  /** Relations to evaluate. Default: `defaultRelations`. */
  relations?: readonly Relation[]
  /** The report's text, to compare the figures it states with its tables (T3-6, T4-5). */
  text?: string
}

/**
 * Evaluates the relations of a report's generation again, e.g. after a downstream tool built or
 * edited a report object; `parseReport` already runs the same checks. Returns the checks with the
 * cells most likely wrong as each failed check's `suspects`. Never changes a value.
 */
export function checkReport(report: ParsedReport, options: CheckReportOptions = {}): Check[] {
  if (typeof report !== 'object' || report === null || typeof report.generation !== 'string') {
    throw new TypeError('checkReport: `report` must be a result of parseReport')
  }
  const document = options.text === undefined ? null : readText(options.text, new DiagnosticList())
  return runChecks(report, { relations: options.relations, document })
}
