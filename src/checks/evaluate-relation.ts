import type { Check, Relation, RelationSides } from '../model/check.js'
import type { CellIndex } from './cell-index.js'

/** How far apart two sides may be and still be equal: money cells carry decimals (24252.311082). */
const tolerance = (left: number, right: number) => 1e-9 * Math.max(1, Math.abs(left), Math.abs(right))

/** Whether `left operator right` holds. */
export function holds(sides: Pick<RelationSides, 'left' | 'right'>, operator: Relation['operator']): boolean {
  const difference = sides.left - sides.right
  const slack = tolerance(sides.left, sides.right)
  if (operator === '=') return Math.abs(difference) <= slack
  if (operator === '≥') return difference >= -slack
  return difference <= slack
}

/**
 * Evaluates one relation on a report's cells. A relation whose cells the report does not have is
 * `not-applicable`; a blank input, or one recovered with low confidence, makes it `uncertain`
 * (never `fail`); otherwise it passes or fails. Values are only read, never changed.
 */
export function evaluateRelation(relation: Relation, cells: CellIndex): Check {
  // One pass over the cells read: which the report has, which are blank, the numbers.
  // Most relations read no blank: their list of blanks is not made.
  const present: string[] = []
  let blank: string[] | null = null
  const values = new Map<string, number>()
  let lowConfidence = false
  for (const path of relation.reads) {
    const cell = cells.get(path)
    if (!cell) continue
    present.push(path)
    if (cell.confidence === 'low') lowConfidence = true
    if (cell.value === null) (blank ??= []).push(path)
    else if (typeof cell.value === 'number') values.set(path, cell.value)
  }
  const check: Check = {
    id: relation.id,
    description: relation.description,
    severity: relation.severity,
    status: 'not-applicable',
    reads: present.length > 0 ? present : [...relation.reads],
    left: null,
    right: null,
    difference: null,
    operator: relation.operator,
    source: relation.source,
  }
  if (relation.scope !== undefined) check.scope = relation.scope
  const applicable = relation.presence === 'some' ? present.length > 0 : present.length === relation.reads.length
  if (!applicable) return check

  if (blank !== null && relation.blanks !== 'skip') return uncertain(check, blank)

  const sides = relation.evaluate(values)
  if (!sides) return blank !== null ? uncertain(check, blank) : check

  check.left = sides.left
  check.right = sides.right
  check.difference = sides.left - sides.right
  check.status = holds(sides, relation.operator) ? 'pass' : 'fail'
  if (sides.suspects && sides.suspects.length > 0) check.suspects = sides.suspects
  // A low-confidence recovery makes the relation uncertain: for per-cell relations only when the
  // doubtful cell is one that breaks it.
  if (!lowConfidence) return check
  const doubtful = (sides.suspects ?? [...values.keys()]).filter((path) => cells.get(path)?.confidence === 'low')
  return doubtful.length > 0 ? uncertain(check, doubtful) : check
}

function uncertain(check: Check, unsure: string[]): Check {
  check.status = 'uncertain'
  check.unsure = unsure
  return check
}
