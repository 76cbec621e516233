import { forEachNamedCell, type CellNames } from '../list-cells.js'
import type { CellValue } from '../model/cell.js'
import type { Relation } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'
import { relationFormOf, type RelationForm } from './evaluate-relation.js'

/**
 * Numbers, once for a fixed list of relations, every cell path they read: a report's cells are then
 * gathered into an array by number in the one walk of the report, and each relation finds its cells
 * by index instead of looking each path up in a map of all the report's cells (a generation's
 * relations read ~550 paths, ~300 of them distinct).
 */
export class ReadPlan {
  readonly #slotOf = new Map<string, number>()
  /** The planned relations, in the order given, each with its slots and form (read once here). */
  readonly reads: readonly PlannedRead[]
  #names: CellNames<PlanNode> | undefined

  /** Plans the reads of `relations` and the cells of `paths` (those another reader looks up). */
  constructor(relations: readonly Relation[], paths: Iterable<string> = []) {
    this.reads = relations.map((relation) => {
      const slots = new Int32Array(relation.reads.length)
      relation.reads.forEach((path, i) => {
        slots[i] = this.#slot(path)
      })
      return { relation, slots, form: relationFormOf(relation) }
    })
    for (const path of paths) this.#slot(path)
  }

  #slot(path: string): number {
    let slot = this.#slotOf.get(path)
    if (slot === undefined) {
      slot = this.#slotOf.size
      this.#slotOf.set(path, slot)
    }
    return slot
  }

  /**
   * The planned cells of a report. Each slot holds the cell a map of every cell by path (in the
   * walk's order, a later path replacing an equal earlier one) would give for its path.
   */
  cellsOf(report: ParsedReport): PlannedCells {
    const slotOf = this.#slotOf
    const cells = new Array<CellValue | undefined>(slotOf.size).fill(undefined)
    this.#names ??= plannedNames(slotOf)
    forEachNamedCell(report, this.#names, (name, cell) => {
      if (name.slot !== undefined) cells[name.slot] = cell
    })
    return new PlannedCells(slotOf, cells)
  }
}

/** A relation of a {@link ReadPlan}: `slots[i]` is the slot of `relation.reads[i]`. */
export interface PlannedRead {
  readonly relation: Relation
  readonly slots: Int32Array
  readonly form: RelationForm
}

/** A place of the tree of planned paths: its slot if the path to it is planned, the places below it. */
interface PlanNode {
  slot: number | undefined
  /** Every place below, by its path relative to this one (`total`, and `newReceived.total` from `requests`). */
  readonly below: Record<string, PlanNode | undefined>
}

/**
 * Names a walk's places by the tree of the planned paths split at their dots, so that a cell's
 * slot is one map step from its parent's instead of a joined path string looked up. A path spelt
 * `parent.key` splits into the parent's segments and the key's, whether or not the key holds a dot
 * (a 2008 key `cumulative.active.total`): so each place is found below its parent by the key's
 * whole text, and a key found nowhere below starts no planned path (the walk skips it).
 */
function plannedNames(slotOf: ReadonlyMap<string, number>): CellNames<PlanNode> {
  const root: PlanNode = { slot: undefined, below: Object.create(null) as Record<string, PlanNode | undefined> }
  for (const [path, slot] of slotOf) {
    const segments = path.split('.')
    const route = [root]
    for (const segment of segments) {
      const last = route[route.length - 1] as PlanNode
      let next = last.below[segment]
      if (!next) {
        next = { slot: undefined, below: Object.create(null) as Record<string, PlanNode | undefined> }
        // Each ancestor finds the new place by the segments from it on.
        for (let i = 0; i < route.length; i++) (route[i] as PlanNode).below[segments.slice(i, route.length).join('.')] = next
      }
      route.push(next)
    }
    ;(route[route.length - 1] as PlanNode).slot = slot
  }
  return { child: (parent, key) => (parent ?? root).below[key] }
}

/** A report's cells at the paths a {@link ReadPlan} numbered. */
export class PlannedCells {
  readonly #slotOf: ReadonlyMap<string, number>
  readonly #cells: readonly (CellValue | undefined)[]

  constructor(slotOf: ReadonlyMap<string, number>, cells: readonly (CellValue | undefined)[]) {
    this.#slotOf = slotOf
    this.#cells = cells
  }

  /** The cell at a planned path; undefined when the report has none (or the path was not planned). */
  get(path: string): CellValue | undefined {
    const slot = this.#slotOf.get(path)
    return slot === undefined ? undefined : this.#cells[slot]
  }

  /** The planned cells, by slot: `cells[read.slots[i]]` is the cell of `read.relation.reads[i]` for each of the plan's `reads`. */
  get cells(): readonly (CellValue | undefined)[] {
    return this.#cells
  }
}
