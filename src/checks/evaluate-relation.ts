import type { Check, Relation, RelationSides } from '../model/check.js'
import type { CellIndex } from './cell-index.js'
import { sumSplitOf } from '../templates/relation-builders.js'

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
  // Most relations read no blank: their list of blanks is not made. A relation `compareSums` made
  // is summed as its cells are read (in its own order, so to the same sums); any other gets the
  // map of values its `evaluate` reads.
  const split = sumSplitOf(relation)
  const values = split === undefined ? new Map<string, number>() : null
  const present: string[] = []
  let blank: string[] | null = null
  let lowConfidence = false
  let leftSum = 0
  let rightSum = 0
  let leftHas = false
  let rightHas = false
  const reads = relation.reads
  for (let i = 0; i < reads.length; i++) {
    const path = reads[i] as string
    const cell = cells.get(path)
    if (!cell) continue
    present.push(path)
    if (cell.confidence === 'low') lowConfidence = true
    const value = cell.value
    if (value === null) (blank ??= []).push(path)
    else if (typeof value === 'number') {
      if (values) values.set(path, value)
      else if (i < (split as number)) {
        leftSum += value
        leftHas = true
      } else {
        rightSum += value
        rightHas = true
      }
    }
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

  const sides = values ? relation.evaluate(values) : leftHas && rightHas ? { left: leftSum, right: rightSum } : null
  if (!sides) return blank !== null ? uncertain(check, blank) : check

  check.left = sides.left
  check.right = sides.right
  check.difference = sides.left - sides.right
  check.status = holds(sides, relation.operator) ? 'pass' : 'fail'
  if (sides.suspects && sides.suspects.length > 0) check.suspects = sides.suspects
  // A low-confidence recovery makes the relation uncertain: for per-cell relations only when the
  // doubtful cell is one that breaks it.
  if (!lowConfidence) return check
  const doubtful = (sides.suspects ?? (values ? [...values.keys()] : numericPaths(reads, cells))).filter((path) => cells.get(path)?.confidence === 'low')
  return doubtful.length > 0 ? uncertain(check, doubtful) : check
}

/** The paths of `reads` whose cells hold a number, each once, in order (the keys of the map of values). */
function numericPaths(reads: readonly string[], cells: CellIndex): string[] {
  const paths: string[] = []
  for (const path of reads) if (typeof cells.get(path)?.value === 'number' && !paths.includes(path)) paths.push(path)
  return paths
}

function uncertain(check: Check, unsure: string[]): Check {
  check.status = 'uncertain'
  check.unsure = unsure
  return check
}
