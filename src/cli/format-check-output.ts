import type { Diagnostic, ParsedReport } from '../index.js'
import { describeFailedCheck, failedChecks } from './describe-failed-check.js'

/**
 * What `zfxxgk check` prints for one report: each failed check prefixed with the file name, then
 * the diagnostics of the checks stage (which cell is most likely wrong), indented. Nothing when
 * every check passed or was not decidable. `formatDiagnostic` is the library's.
 */
export function formatCheckOutput(name: string, report: ParsedReport, formatDiagnostic: (diagnostic: Diagnostic) => string): string {
  const failed = failedChecks(report.checks)
  if (failed.length === 0) return ''
  const lines = failed.map((check) => `${name}  ${describeFailedCheck(check)}`)
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.stage === 'checks') lines.push(`    ${name}:${formatDiagnostic(diagnostic)}`)
  }
  return `${lines.join('\n')}\n`
}
