import type { CellEntry, ParsedReport } from '../index.js'
import { describeFailedCheck, failedChecks } from './describe-failed-check.js'
import { keyFigures } from './key-figures.js'

/**
 * The readable block `parse --format summary` prints for one report: generation, organ, year,
 * the key figures of its generation (`blank` when printed empty, `absent` when the report has no
 * such cell), the check tally with every failed check, and the diagnostic tally. `cells` are the
 * report's `listCells`.
 */
export function formatSummaryTable(name: string, report: ParsedReport, cells: readonly CellEntry[]): string {
  const lines = [name]
  const field = (label: string, value: string) => lines.push(`  ${label.padEnd(12)} ${value}`)
  field('generation', `${report.generation} (confidence ${report.classification.confidence})`)
  field('organ', report.meta.organ ?? 'not found')
  field('year', report.meta.year === null ? 'not found' : String(report.meta.year))

  const byPath = new Map(cells.map((entry) => [entry.path, entry]))
  const figures = keyFigures[report.generation].map((figure) => {
    const entry = byPath.get(figure.path)
    const value = entry === undefined ? 'absent' : entry.value === null ? 'blank' : String(entry.value)
    return { ...figure, value }
  })
  const pathWidth = Math.max(0, ...figures.map((figure) => figure.path.length))
  const valueWidth = Math.max(0, ...figures.map((figure) => figure.value.length))
  for (const figure of figures) lines.push(`  ${figure.path.padEnd(pathWidth)}  ${figure.value.padStart(valueWidth)}  ${figure.label}`)

  field('checks', tally(report.checks.map((check) => check.status), ['pass', 'fail', 'uncertain', 'not-applicable']))
  for (const check of failedChecks(report.checks)) lines.push(`  ✗ ${describeFailedCheck(check)}`)
  field('diagnostics', tally(report.diagnostics.map((diagnostic) => diagnostic.severity), ['error', 'warning', 'info']))
  return `${lines.join('\n')}\n\n`
}

/** `3 pass, 1 fail` in the given order, or `none`. */
function tally(values: readonly string[], order: readonly string[]): string {
  const counts = order.map((key) => [key, values.filter((value) => value === key).length] as const).filter(([, count]) => count > 0)
  return counts.length === 0 ? 'none' : counts.map(([key, count]) => `${count} ${key}`).join(', ')
}
