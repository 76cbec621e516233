import type { Relation } from '../model/check.js'

/** The fields of a relation that say what it is, as every builder takes them; the builder adds how it reads. */
export type RelationHead = Pick<Relation, 'id' | 'scope' | 'description' | 'severity' | 'source' | 'generations' | 'presence'>

const sum = (values: ReadonlyMap<string, number>, paths: readonly string[]): number =>
  paths.reduce((total, path) => total + (values.get(path) ?? 0), 0)

const present = (values: ReadonlyMap<string, number>, paths: readonly string[]) => paths.some((path) => values.has(path))

/**
 * `Σ left  op  Σ right`: the shape of nearly every 勾稽关系 (templates.md §7). The left side is the
 * total side that fault location blames first. With `presence: 'some'`, parts the table does not
 * print are left out of the sum.
 */
export function compareSums(head: RelationHead, left: readonly string[], operator: Relation['operator'], right: readonly string[]): Relation {
  const relation = withHead(head, {
    reads: [...left, ...right],
    totals: left,
    operator,
    evaluate: (values) => (present(values, left) && present(values, right) ? { left: sum(values, left), right: sum(values, right) } : null),
  })
  sumSplits.set(relation, left.length)
  return relation
}

const sumSplits = new WeakMap<Relation, number>()

/**
 * For a relation `compareSums` made (frozen, so its `evaluate` is the one above): how many of its
 * reads are the left side, the rest being the right. The checks stage then sums the cells as it
 * reads them, in the same order, without a map of values; undefined for any other relation.
 */
export function sumSplitOf(relation: Relation): number | undefined {
  return sumSplits.get(relation)
}

/** `total = Σ parts`. */
export function equalsSum(head: RelationHead, total: string, parts: readonly string[]): Relation {
  return compareSums(head, [total], '=', parts)
}

/**
 * A condition on each cell by itself ("every count is an integer ≥ 0"): the check counts the cells
 * that break it (left) against 0 (right), names them as suspects, and skips blanks.
 */
export function everyCell(head: RelationHead, paths: readonly string[], holds: (value: number, path: string) => boolean): Relation {
  const relation = withHead(head, {
    reads: paths,
    totals: [],
    operator: '=',
    blanks: 'skip',
    presence: 'some',
    evaluate: (values) => {
      if (values.size === 0) return null
      const suspects: string[] = []
      for (const [path, value] of values) if (!holds(value, path)) suspects.push(path)
      return { left: suspects.length, right: 0, suspects }
    },
  })
  // Paths read twice would be one entry of the map of values: only a list without repeats is
  // tested cell by cell as it is read.
  if (new Set(paths).size === paths.length) cellConditions.set(relation, holds)
  return relation
}

const cellConditions = new WeakMap<Relation, (value: number, path: string) => boolean>()

/**
 * For a relation `everyCell` made over paths without repeats (frozen, so its `evaluate` is the one
 * above): the condition each cell must meet. The checks stage then tests the cells as it reads
 * them, in the same order, without a map of values; undefined for any other relation.
 */
export function cellConditionOf(relation: Relation): ((value: number, path: string) => boolean) | undefined {
  return cellConditions.get(relation)
}

/**
 * A condition on tuples of cells (历年累计 ≥ 本年度 for every row): the check counts the tuples
 * that break it against 0, names every cell of each broken tuple (the first one first), and skips
 * tuples with a missing or blank cell.
 */
export function everyTuple(head: RelationHead, tuples: readonly (readonly string[])[], holds: (values: number[]) => boolean): Relation {
  const relation = withHead(head, {
    reads: tuples.flat(),
    totals: [],
    operator: '=',
    blanks: 'skip',
    presence: 'some',
    evaluate: (values) => {
      const complete = tuples.filter((tuple) => tuple.every((path) => values.has(path)))
      if (complete.length === 0) return null
      const broken = complete.filter((tuple) => !holds(tuple.map((path) => values.get(path) as number)))
      return { left: broken.length, right: 0, suspects: broken.flat() }
    },
  })
  tupleConditions.set(relation, { sizes: tuples.map((tuple) => tuple.length), holds })
  return relation
}

/** The tuples of a relation `everyTuple` made, as the lengths its reads are cut into, and their condition. */
export interface TupleCondition {
  sizes: readonly number[]
  holds: (values: number[]) => boolean
}

const tupleConditions = new WeakMap<Relation, TupleCondition>()

/**
 * For a relation `everyTuple` made (frozen, so its `evaluate` is the one above): its tuples and
 * their condition. The checks stage then reads each tuple's values from the cells it read, by
 * position, without a map of values; undefined for any other relation.
 */
export function tupleConditionOf(relation: Relation): TupleCondition | undefined {
  return tupleConditions.get(relation)
}

/** Whether a value is a count: an integer ≥ 0 (templates.md §7: T3-4, T4-4, T2-1). */
export const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0

/** Whether a value is an amount: a number ≥ 0, decimals allowed (万元 cells). */
export const isAmount = (value: number): boolean => Number.isFinite(value) && value >= 0

function withHead(head: RelationHead, body: Pick<Relation, 'reads' | 'totals' | 'operator' | 'evaluate'> & Partial<Relation>): Relation {
  const relation: Relation = { ...body, id: head.id, description: head.description, severity: head.severity, source: head.source, generations: head.generations }
  if (head.scope !== undefined) relation.scope = head.scope
  if (head.presence !== undefined) relation.presence = head.presence
  return Object.freeze(relation)
}

/** A cell of the earlier of two reports a cross-year relation reads: `previous:<path>`. */
export const previous = (path: string): string => `previous:${path}`

/** A cell of the later of two reports a cross-year relation reads: `current:<path>`. */
export const current = (path: string): string => `current:${path}`
