import type { Check } from '../model/check.js'

/** Why fault location blames a cell. */
export type FaultReason =
  /** The cell is the one both a failed row relation and a failed column relation read. */
  | 'crossing'
  /** The only cell of a failed relation that no passing relation confirms. */
  | 'unconfirmed'
  /** A cell that breaks a per-cell relation by itself (a negative count). */
  | 'out-of-range'
  /** No single cell stands out: any of `paths` may be wrong, the total first. */
  | 'ambiguous'

/** The cell(s) most likely wrong behind one or more failed checks. */
export interface Fault {
  /** Cell paths, most likely first. */
  paths: string[]
  reason: FaultReason
  /** The failed checks the fault explains (indices into the checks given). */
  checks: number[]
}

/** A check with the paths on its total side, as fault location needs it. */
export interface LocatableCheck {
  check: Check
  /** Paths on the total side of the relation (`（七）总计`). */
  totals: readonly string[]
}

/**
 * Names the cells most likely wrong when hard checks fail (architecture: a failed check points at
 * the total; here the blame is narrowed). Cells read by a passing equality are confirmed; a cell
 * that two failed relations share and nothing confirms is the crossing of a failed row and a
 * failed column of table 3, and explains both. A failed relation whose only unconfirmed cell is its
 * total is "a total that disagrees with parts that agree among themselves". Soft failures do not
 * take part: they break in published reports for reasons that are not errors.
 */
export function locateFaults(checks: readonly LocatableCheck[]): Fault[] {
  // Most reports fail no hard check: nothing to locate, no need to collect the confirmed cells.
  if (!checks.some(({ check }) => check.status === 'fail' && check.severity === 'error')) return []
  const faults: Fault[] = []
  const confirmed = new Set<string>()
  for (const { check } of checks) {
    if (check.status === 'pass' && check.operator === '=' && !check.suspects) for (const path of check.reads) confirmed.add(path)
  }
  const open = new Map<number, string[]>()
  checks.forEach(({ check, totals }, index) => {
    if (check.status !== 'fail' || check.severity !== 'error') return
    if (check.suspects) {
      faults.push({ paths: [...check.suspects], reason: 'out-of-range', checks: [index] })
      return
    }
    const unconfirmed = check.reads.filter((path) => !confirmed.has(path))
    const candidates = unconfirmed.length > 0 ? unconfirmed : [...check.reads]
    // The total side first: when nothing else decides, a total is the likelier slip.
    open.set(index, [...candidates.filter((path) => totals.includes(path)), ...candidates.filter((path) => !totals.includes(path))])
  })

  // Greedy cover: the cell shared by the most open failures, as long as it explains two or more.
  for (;;) {
    const counts = new Map<string, number[]>()
    for (const [index, candidates] of open) for (const path of candidates) counts.set(path, [...(counts.get(path) ?? []), index])
    let best: [string, number[]] | undefined
    for (const entry of counts) if (!best || entry[1].length > best[1].length) best = entry
    if (!best || best[1].length < 2) break
    faults.push({ paths: [best[0]], reason: 'crossing', checks: best[1] })
    for (const index of best[1]) open.delete(index)
  }
  for (const [index, candidates] of open) {
    faults.push({ paths: candidates, reason: candidates.length === 1 ? 'unconfirmed' : 'ambiguous', checks: [index] })
  }
  return faults
}
