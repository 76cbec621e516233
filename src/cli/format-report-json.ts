import type { ParsedReport } from '../index.js'
import type { InputError } from './input-result.js'

/**
 * Serialises a report for `parse --format json`: the bare report, indented, when one input was
 * given; otherwise one NDJSON line `{"file": …, "report": …}` so a batch loads line by line.
 */
export function formatReportJson(name: string, report: ParsedReport, multiple: boolean): string {
  return multiple ? `${JSON.stringify({ file: name, report })}\n` : `${JSON.stringify(report, null, 2)}\n`
}

/** The NDJSON line of an input that gave no report: `{"file": …, "error": {code, message}}`. */
export function formatErrorJson(name: string, error: InputError): string {
  return `${JSON.stringify({ file: name, error })}\n`
}
