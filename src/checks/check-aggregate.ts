import { listCells } from '../list-cells.js'
import type { Check } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'
import { compareSums } from '../templates/relation-builders.js'
import { assertReport, evaluateAcrossReports } from './across-reports.js'

/**
 * Checks a summary report (a county's, covering its departments and towns) against its members'
 * reports, cell by cell: each value of `parent` should equal the sum of the same cell in
 * `children` (`AGG-1`, a warning: a summary may cover bodies that published no report). A cell
 * some child lacks is `not-applicable`; a blank one makes the check `uncertain`.
 */
export function checkAggregate(parent: ParsedReport, children: readonly ParsedReport[]): Check[] {
  assertReport(parent, 'checkAggregate', 'parent')
  if (!Array.isArray(children)) throw new TypeError('checkAggregate: `children` must be an array of parseReport results')
  children.forEach((child, index) => assertReport(child, 'checkAggregate', `children[${index}]`))
  if (parent.generation === 'unrecognized' || children.length === 0) return []
  const generation = parent.generation
  const names = children.map((_, index) => `child[${index}]`)
  const relations = listCells(parent).map(({ path }) =>
    compareSums(
      { id: 'AGG-1', scope: path, severity: 'warning', source: 'docs/checks.md#agg-1', generations: [generation], description: 'a summary report\'s cell equals the sum of the same cell in its members\' reports' },
      [`parent:${path}`],
      '=',
      names.map((name) => `${name}:${path}`),
    ),
  )
  return evaluateAcrossReports(relations, [['parent', parent], ...children.map((child, index) => [names[index] as string, child] as const)])
}
