import fc from 'fast-check'
import { checkReport, defaultRelations, type Check } from '../index.js'
import { reportFromData } from './report-from-data.js'
import type { ReportData } from './report-data.js'

/** One cell changed, and what it broke. */
export interface Mutation {
  data: ReportData
  path: string
  before: number
  after: number
  /** Hard checks that fail after the change and did not before (`T3-1 naturalPerson`). */
  broken: Check[]
}

/** Options of {@link mutationArbitrary}. */
export interface MutationOptions {
  /** Only cells whose change breaks exactly one hard check (e.g. `staffing.staff`, table 2 cells). */
  exactlyOne?: boolean
}

const key = (check: Check) => `${check.id}|${check.scope ?? ''}`
const failingHard = (data: ReportData) => new Set(checkReport(reportFromData(data)).filter((check) => check.severity === 'error' && check.status === 'fail').map(key))

/**
 * Changes one non-blank cell so that at least one hard relation breaks, and says which. A cell that
 * some equality reads is shifted by a non-zero amount (staying ≥ 0); a cell only a range relation
 * reads (a table 2 count) is made negative, and a signed 本年增/减 fractional. Returns null when no
 * cell of the data can be broken (every cell blank).
 */
export function mutateOneCell(data: ReportData, pick: number, delta: number, options: MutationOptions = {}): Mutation | null {
  const before = failingHard(data)
  const all = Object.entries(data.cells).filter((entry): entry is [string, number] => entry[1] !== null)
  // Start at the picked cell; with `exactlyOne`, among the cells that the fewest hard relations
  // read, since only they can break exactly one.
  const rotate = <T>(items: T[]) => [...items.slice(pick % Math.max(1, items.length)), ...items.slice(0, pick % Math.max(1, items.length))]
  let candidates = rotate(all)
  if (options.exactlyOne) {
    const readers = (path: string) => defaultRelations.filter((relation) => relation.severity === 'error' && relation.generations.includes(data.generation) && relation.reads.includes(path)).length
    const counted = all.map((entry) => [entry, readers(entry[0])] as const)
    const fewest = Math.min(...counted.map(([, count]) => count))
    candidates = [...rotate(counted.filter(([, count]) => count === fewest).map(([entry]) => entry)), ...counted.filter(([, count]) => count !== fewest).map(([entry]) => entry)]
  }
  for (let attempt = 0; attempt < candidates.length; attempt++) {
    const [path, value] = candidates[attempt] as [string, number]
    for (const after of proposals(path, value, delta)) {
      const mutated: ReportData = { ...data, cells: { ...data.cells, [path]: after } }
      const checks = checkReport(reportFromData(mutated))
      const broken = checks.filter((check) => check.severity === 'error' && check.status === 'fail' && !before.has(key(check)))
      if (broken.length > 0 && (!options.exactlyOne || broken.length === 1)) return { data: mutated, path, before: value, after, broken }
    }
  }
  return null
}

function proposals(path: string, value: number, delta: number): number[] {
  const step = Math.max(1, Math.abs(Math.trunc(delta)))
  const shifted = value - step >= 0 && delta < 0 ? value - step : value + step
  const outOfRange = path.endsWith('.change') ? value + 0.5 : -step
  return [shifted, outOfRange]
}

/** Arbitrary one-cell mutations of the data an arbitrary generates; data with nothing to break is skipped. */
export function mutationArbitrary(data: fc.Arbitrary<ReportData>, options: MutationOptions = {}): fc.Arbitrary<Mutation> {
  return fc
    .tuple(data, fc.nat(), fc.integer({ min: -50, max: 50 }).filter((delta) => delta !== 0))
    .map(([value, pick, delta]) => mutateOneCell(value, pick, delta, options))
    .filter((mutation): mutation is Mutation => mutation !== null)
}
