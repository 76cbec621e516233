import type { Check } from '../index.js'

/**
 * One line about a failed check: id, severity, the relation in words and the two printed sides,
 * e.g. `T3-2  error  总计 = 各项之和: 12 = 13 does not hold (difference -1)`.
 */
export function describeFailedCheck(check: Check): string {
  const sides = `${check.left ?? '?'} ${check.operator} ${check.right ?? '?'} does not hold`
  const difference = check.difference === null ? '' : ` (difference ${check.difference})`
  return `${check.id}  ${check.severity}  ${check.description}: ${sides}${difference}`
}

/** The checks of a report that failed, hard ones (`error`) first, then in catalogue order. */
export function failedChecks(checks: readonly Check[]): Check[] {
  const failed = checks.filter((check) => check.status === 'fail')
  return [...failed.filter((check) => check.severity === 'error'), ...failed.filter((check) => check.severity !== 'error')]
}
