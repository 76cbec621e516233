import type { Diagnostic } from '../model/diagnostic.js'

/**
 * Formats a diagnostic the way linters print them:
 * `12:5-12:9  warning  Heading skips … section.numbering-skipped`.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.position
    ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}-${diagnostic.position.end.line}:${diagnostic.position.end.column}`
    : '0:0'
  return `${place}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.code}`
}
