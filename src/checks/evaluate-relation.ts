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
  const present = relation.reads.filter((path) => cells.has(path))
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

  const blank = present.filter((path) => cells.get(path)?.value === null)
  if (blank.length > 0 && relation.blanks !== 'skip') return { ...check, status: 'uncertain', unsure: blank }

  const values = new Map<string, number>()
  for (const path of present) {
    const value = cells.get(path)?.value
    if (typeof value === 'number') values.set(path, value)
  }
  const sides = relation.evaluate(values)
  if (!sides) return blank.length > 0 ? { ...check, status: 'uncertain', unsure: blank } : check

  const result: Check = { ...check, left: sides.left, right: sides.right, difference: sides.left - sides.right, status: holds(sides, relation.operator) ? 'pass' : 'fail' }
  if (sides.suspects && sides.suspects.length > 0) result.suspects = sides.suspects
  // A low-confidence recovery makes the relation uncertain: for per-cell relations only when the
  // doubtful cell is one that breaks it.
  const doubtful = (sides.suspects ?? [...values.keys()]).filter((path) => cells.get(path)?.confidence === 'low')
  if (doubtful.length > 0) return { ...result, status: 'uncertain', unsure: doubtful }
  return result
}
