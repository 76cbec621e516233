import type { Check, Relation, RelationSides } from '../model/check.js'
import type { CellIndex } from './cell-index.js'
import type { CellValue } from '../model/cell.js'
import { cellConditionOf, sumSplitOf, tupleConditionOf, type TupleCondition } from '../templates/relation-builders.js'
import { parseCellValue } from '../tables/mapping/parse-cell-value.js'

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
  const reads = relation.reads
  const found = new Array<CellValue | undefined>(reads.length)
  for (let i = 0; i < reads.length; i++) found[i] = cells.get(reads[i] as string)
  return evaluateReadCells(relation, found, (path) => cells.get(path))
}

/**
 * {@link evaluateRelation} given the cells already looked up: `found[i]` is the cell of
 * `relation.reads[i]` (undefined when the report has none), or with `slots`, `found[slots[i]]` is
 * (the cells of a read plan, read in place instead of copied per relation); `cellOf` finds any
 * other cell of the report (the suspects a relation's own `evaluate` names); `form` is the
 * relation's {@link relationFormOf}, given when known.
 */
export function evaluateReadCells(
  relation: Relation,
  found: readonly (CellValue | undefined)[],
  cellOf: (path: string) => CellValue | undefined,
  slots: ArrayLike<number> = identitySlots(relation.reads.length),
  form: RelationForm = relationFormOf(relation),
): Check {
  // One pass over the cells read: which the report has, which are blank, the numbers.
  // Most relations read no blank: their list of blanks is not made. A relation `compareSums` made
  // is summed as its cells are read (in its own order, so to the same sums), one `everyCell` made
  // has each cell tested as it is read (the order of its map of values, as no path repeats), one
  // `everyTuple` made reads its tuples' values from `found` afterwards (a path read twice is the
  // same cell, so its value is the map's); any other gets the map of values its `evaluate` reads.
  const { split, condition, tuples } = form
  const values = split === undefined && condition === undefined && tuples === undefined ? new Map<string, number>() : null
  // The paths of the cells the report has: made only once a read is missing (most relations
  // have every cell; their check then reads a copy of `reads`).
  let present: string[] | null = null
  let presentCount = 0
  let blank: string[] | null = null
  // Cells that printed something no number was read from (`-4` in a count cell, digits that split
  // several ways): not blank, so a relation that skips blanks cannot hold on them either.
  let unreadable: string[] | null = null
  let lowConfidence = false
  let leftSum = 0
  let rightSum = 0
  let leftHas = false
  let rightHas = false
  let tested = 0
  let broken: string[] | null = null
  const reads = relation.reads
  for (let i = 0; i < reads.length; i++) {
    const cell = found[slots[i] as number]
    if (!cell) {
      present ??= reads.slice(0, i)
      continue
    }
    const path = reads[i] as string
    presentCount++
    if (present !== null) present.push(path)
    if (cell.confidence === 'low') lowConfidence = true
    const value = cell.value
    if (value === null) {
      ;(blank ??= []).push(path)
      if (printedUnread(cell)) (unreadable ??= []).push(path)
    }
    else if (typeof value === 'number') {
      if (values) values.set(path, value)
      else if (tuples) continue
      else if (condition) {
        tested++
        if (!condition(value, path)) (broken ??= []).push(path)
      } else if (i < (split as number)) {
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
    reads: presentCount > 0 ? (present ?? reads.slice()) : reads.slice(),
    left: null,
    right: null,
    difference: null,
    operator: relation.operator,
    source: relation.source,
  }
  if (relation.scope !== undefined) check.scope = relation.scope
  const applicable = relation.presence === 'some' ? presentCount > 0 : presentCount === relation.reads.length
  if (!applicable) return check

  if (blank !== null && relation.blanks !== 'skip') return uncertain(check, blank)

  const sides = values
    ? relation.evaluate(values)
    : condition
      ? tested > 0
        ? { left: broken?.length ?? 0, right: 0, suspects: broken ?? [] }
        : null
      : tuples
        ? tupleSides(tuples, reads, found, slots)
        : leftHas && rightHas
          ? { left: leftSum, right: rightSum }
          : null
  if (!sides) return blank !== null ? uncertain(check, blank) : check

  check.left = sides.left
  check.right = sides.right
  check.difference = sides.left - sides.right
  check.status = holds(sides, relation.operator) ? 'pass' : 'fail'
  if (check.status === 'pass' && unreadable !== null) return uncertain(check, unreadable)
  if (sides.suspects && sides.suspects.length > 0) check.suspects = sides.suspects
  // A low-confidence recovery makes the relation uncertain: for per-cell relations only when the
  // doubtful cell is one that breaks it.
  if (!lowConfidence) return check
  const doubtful = (sides.suspects ?? (values ? [...values.keys()] : numericPaths(reads, found, slots))).filter((path) => cellOf(path)?.confidence === 'low')
  return doubtful.length > 0 ? uncertain(check, doubtful) : check
}

/** How a relation is read: the builder that made it, if one the reads loop knows (see there). */
export interface RelationForm {
  readonly split: number | undefined
  readonly condition: ((value: number, path: string) => boolean) | undefined
  readonly tuples: TupleCondition | undefined
}

/** The form of a relation, asked of its builders (a read plan asks once per relation and keeps it). */
export function relationFormOf(relation: Relation): RelationForm {
  const split = sumSplitOf(relation)
  const condition = split === undefined ? cellConditionOf(relation) : undefined
  const tuples = split === undefined && condition === undefined ? tupleConditionOf(relation) : undefined
  return { split, condition, tuples }
}

/**
 * What the `evaluate` of an `everyTuple` relation gives, read from the cells by position: the
 * tuples whose every cell holds a number, and of those the ones that break the condition.
 */
function tupleSides(tuples: TupleCondition, reads: readonly string[], found: readonly (CellValue | undefined)[], slots: ArrayLike<number>): RelationSides | null {
  let complete = 0
  let broken = 0
  const suspects: string[] = []
  let at = 0
  for (const size of tuples.sizes) {
    // The values are gathered only for a tuple whose every cell holds a number: in a report
    // without the cumulative columns most tuples have none, and no array is made for them.
    let numbers = 0
    while (numbers < size && typeof found[slots[at + numbers] as number]?.value === 'number') numbers++
    if (numbers === size) {
      const values: number[] = []
      for (let k = 0; k < size; k++) values.push(found[slots[at + k] as number]?.value as number)
      complete++
      if (!tuples.holds(values)) {
        broken++
        for (let k = 0; k < size; k++) suspects.push(reads[at + k] as string)
      }
    }
    at += size
  }
  return complete === 0 ? null : { left: broken, right: 0, suspects }
}

/** The paths of `reads` whose cells (`found[slots[i]]`) hold a number, each once, in order (the keys of the map of values). */
function numericPaths(reads: readonly string[], found: readonly (CellValue | undefined)[], slots: ArrayLike<number>): string[] {
  const paths: string[] = []
  for (let i = 0; i < reads.length; i++) {
    const path = reads[i] as string
    if (typeof found[slots[i] as number]?.value === 'number' && !paths.includes(path)) paths.push(path)
  }
  return paths
}

let identity = new Int32Array(64).map((_, i) => i)

/** `0, 1, … length - 1`: the slots of cells found one per read (one array, grown when needed). */
function identitySlots(length: number): Int32Array {
  if (identity.length < length) identity = new Int32Array(Math.max(length, 2 * identity.length)).map((_, i) => i)
  return identity
}

/** Whether a cell left null printed text that is no blank mark (`-4` where a count goes, `294981916` that splits several ways). */
function printedUnread(cell: CellValue): boolean {
  return cell.raw !== '' && parseCellValue(cell.raw).kind !== 'blank'
}

function uncertain(check: Check, unsure: string[]): Check {
  check.status = 'uncertain'
  check.unsure = unsure
  return check
}
