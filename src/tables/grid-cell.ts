import type { Line, ReadDocument } from '../model/block.js'
import type { Grid, GridCell } from '../model/grid.js'
import { linePosition, lineSourceText } from '../read/line-position.js'
import { spanPosition } from '../read/source-text.js'

const isSpace = (code: number) => code === 0x20 || code === 0x09

/**
 * The cell `[start, end)` of a line's normalised text, trimmed: its printed text and position.
 * A blank cell gets an empty position where it stands.
 */
export function cellOf(document: ReadDocument, line: Line, start: number, end: number): GridCell {
  let from = start
  let to = end
  while (from < to && isSpace(line.text.charCodeAt(from))) from++
  while (to > from && isSpace(line.text.charCodeAt(to - 1))) to--
  const { start: first, end: last } = line.position
  if (line.map === null && first.line === last.line && line.raw.length === line.text.length) {
    // A line printed as written on one source line (most cells): what `lineSourceText` and
    // `linePosition` answer, without their general cases. An empty cell has one point for both ends.
    const start = { line: first.line, column: first.column + from, offset: first.offset + from }
    const end = to === from ? start : { line: first.line, column: first.column + to, offset: first.offset + to }
    return { text: line.raw.slice(from, to), position: { start, end } }
  }
  return { text: lineSourceText(document.source, line, from, to), position: linePosition(document.source, line, from, to) }
}

/** A cell made of several wrapped lines' cells: texts joined, position from first to last. */
export function joinCells(cells: readonly GridCell[]): GridCell {
  // Most cells are one line's: the join is the cell itself (grid cells are never changed in place).
  if (cells.length === 1) return cells[0] as GridCell
  const filled = cells.filter((cell) => cell.text !== '')
  const first = filled[0] ?? cells[0]
  const last = filled[filled.length - 1] ?? cells[cells.length - 1]
  if (!first || !last) return { text: '', position: null }
  return {
    text: filled.map((cell) => cell.text).join(''),
    position: first.position && last.position ? { start: first.position.start, end: last.position.end } : null,
  }
}

/** Builds a grid from rows of cells read off `lines[first..last]`. */
export function makeGrid(document: ReadDocument, via: string, rows: GridCell[][], first: Line, last: Line): Grid {
  return {
    via: [via],
    rows,
    position: spanPosition(document.source, first.position.start.offset, last.position.end.offset),
    lines: [first.index, last.index],
  }
}
