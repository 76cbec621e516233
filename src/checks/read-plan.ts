import { forEachCell } from '../list-cells.js'
import type { CellValue } from '../model/cell.js'
import type { Relation } from '../model/check.js'
import type { ParsedReport } from '../model/report.js'

/**
 * Numbers, once for a fixed list of relations, every cell path they read: a report's cells are then
 * gathered into an array by number in the one walk of the report, and each relation finds its cells
 * by index instead of looking each path up in a map of all the report's cells (a generation's
 * relations read ~550 paths, ~300 of them distinct).
 */
export class ReadPlan {
  readonly #slotOf = new Map<string, number>()
  readonly #slotsOf = new Map<Relation, Int32Array>()

  /** Plans the reads of `relations` and the cells of `paths` (those another reader looks up). */
  constructor(relations: readonly Relation[], paths: Iterable<string> = []) {
    for (const relation of relations) {
      const slots = new Int32Array(relation.reads.length)
      relation.reads.forEach((path, i) => {
        slots[i] = this.#slot(path)
      })
      this.#slotsOf.set(relation, slots)
    }
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
    forEachCell(report, (path, cell) => {
      const slot = slotOf.get(path)
      if (slot !== undefined) cells[slot] = cell
    })
    return new PlannedCells(slotOf, this.#slotsOf, cells)
  }
}

/** A report's cells at the paths a {@link ReadPlan} numbered. */
export class PlannedCells {
  readonly #slotOf: ReadonlyMap<string, number>
  readonly #slotsOf: ReadonlyMap<Relation, Int32Array>
  readonly #cells: readonly (CellValue | undefined)[]

  constructor(slotOf: ReadonlyMap<string, number>, slotsOf: ReadonlyMap<Relation, Int32Array>, cells: readonly (CellValue | undefined)[]) {
    this.#slotOf = slotOf
    this.#slotsOf = slotsOf
    this.#cells = cells
  }

  /** The cell at a planned path; undefined when the report has none (or the path was not planned). */
  get(path: string): CellValue | undefined {
    const slot = this.#slotOf.get(path)
    return slot === undefined ? undefined : this.#cells[slot]
  }

  /** The planned cells, by slot: `cells[slotsOf(relation)[i]]` is the cell of `relation.reads[i]`. */
  get cells(): readonly (CellValue | undefined)[] {
    return this.#cells
  }

  /** The slots of the cells a planned relation reads, by read; undefined for a relation the plan does not know. */
  slotsOf(relation: Relation): Int32Array | undefined {
    return this.#slotsOf.get(relation)
  }
}
