import type { Line, ReadDocument } from '../model/block.js'
import type { Grid } from '../model/grid.js'

/** What a reader read from a line on: the grid (or none) and where to go on scanning. */
export interface ReadFrom {
  grid: Grid | undefined
  next: number
}

/**
 * The scan every line-based grid reader shares: at each unclaimed line where a grid may start,
 * read one from there and go on after what was read.
 */
export function scanGrids(
  document: ReadDocument,
  claimed: ReadonlySet<number>,
  startsGrid: (line: Line) => boolean,
  readFrom: (index: number) => ReadFrom,
): Grid[] {
  const grids: Grid[] = []
  const lines = document.lines
  let index = 0
  while (index < lines.length) {
    const line = lines[index]
    if (!line || claimed.has(index) || !startsGrid(line)) {
      index++
      continue
    }
    const { grid, next } = readFrom(index)
    if (grid) grids.push(grid)
    index = Math.max(next, index + 1)
  }
  return grids
}
