import type { TableDefinition } from '../table-definition.js'

/**
 * What a single-row table (table 4) reads off a grid before any value: how many of its cues the
 * grid's text holds, and how many cells name one of its rows or columns. Both are pure functions
 * of the grid and of the definition's cues and row and column labels.
 */
export interface SingleRowFit {
  /** Cues of the definition found in the grid's text. */
  cued: number
  /** Cells naming a row or a column of the definition (worked out only when `cued` ≥ 2, else 0). */
  fit: number
}

/** Signatures kept at most (then they start over: a definition only loses its sharing). */
const signaturesKept = 1_000

const classes = new WeakMap<TableDefinition, object>()
let bySignature = new Map<string, object>()

/**
 * A key shared by the definitions whose single-row fit is the same on every grid: the same cues
 * and the same row and column keys and labels. G3 and G4 print table 4 alike (templates.md §5.4,
 * §6.4): a G3/G4 report reads both, one of them for its fit only, and the second reading finds
 * the fit the first one worked out (one per grid and extraction, in the grid memo).
 */
export function singleRowFitKey(definition: TableDefinition): object {
  let key = classes.get(definition)
  if (key === undefined) {
    const signature = JSON.stringify([
      definition.cues,
      definition.rows.map((row) => [row.key, row.labels, row.columns?.map((column) => [column.key, column.labels]) ?? null]),
      definition.columns.map((column) => [column.key, column.labels]),
    ])
    key = bySignature.get(signature)
    if (key === undefined) {
      if (bySignature.size >= signaturesKept) bySignature = new Map()
      key = {}
      bySignature.set(signature, key)
    }
    classes.set(definition, key)
  }
  return key
}
