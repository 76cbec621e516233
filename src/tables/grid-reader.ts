import type { ReadDocument } from '../model/block.js'
import type { Grid } from '../model/grid.js'

/**
 * A grid reader recognises one form tables arrive in (TAB grid, one cell per line, pipe rows,
 * aligned columns, Markdown/HTML table blocks) and rebuilds its grids, cells with positions.
 * Built-ins are plain objects of this shape in `defaultGridReaders`.
 */
export interface GridReader {
  /** Stable kebab-case id, equal to the file name; the first entry of `grid.via`. */
  readonly name: string
  /** The grids of this form in the document; lines already claimed by an earlier reader are skipped. */
  read(document: ReadDocument, claimed: ReadonlySet<number>): Grid[]
}
