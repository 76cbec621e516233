import type { Line, ReadDocument } from '../model/block.js'
import type { Grid } from '../model/grid.js'
import { LineSet } from './line-set.js'

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
    if (claimed.has(index)) {
      index = nextUnclaimed(claimed, index, lines.length)
      continue
    }
    const line = lines[index]
    if (!line || !startsGrid(line)) {
      index++
      continue
    }
    const { grid, next } = readFrom(index)
    if (grid) grids.push(grid)
    index = Math.max(next, index + 1)
  }
  return grids
}

/**
 * The first line at or after `from` that is not claimed, or `lineCount`. Readers after the first
 * meet the lines of the grids already read (most of a report's table lines) as runs: a
 * {@link LineSet} of the document passes a run a word of lines at a time, any other set line by line.
 */
export function nextUnclaimed(claimed: ReadonlySet<number>, from: number, lineCount: number): number {
  if (claimed instanceof LineSet && claimed.lineCount === lineCount) return claimed.nextLineOutside(from)
  let line = from
  while (line < lineCount && claimed.has(line)) line++
  return line
}
