import type { ReadDocument } from '../model/block.js'
import type { Grid } from '../model/grid.js'
import type { GridReader } from './grid-reader.js'
import { ClaimedLines, keepClaimedLines } from './claimed-lines.js'

/**
 * Runs the grid readers in order; each claims the lines of the grids it finds, so a later reader
 * never reads the same lines again. Returns the grids in document order.
 */
export function findGrids(document: ReadDocument, readers: readonly GridReader[]): Grid[] {
  const claimed = new ClaimedLines(document.lines.length)
  const grids: Grid[] = []
  for (const reader of readers) {
    for (const grid of reader.read(document, claimed)) {
      grids.push(grid)
      for (let line = grid.lines[0]; line <= grid.lines[1]; line++) claimed.add(line)
    }
  }
  grids.sort((a, b) => a.position.start.offset - b.position.start.offset)
  // What the readers noted of their grids' rows goes with the grids to `valueRowLines`.
  if (claimed.hasNotes) keepClaimedLines(grids, claimed)
  return grids
}
