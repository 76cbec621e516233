import type { Line, ReadDocument } from '../model/block.js'
import type { Grid, GridCell } from '../model/grid.js'
import { linePosition, lineSourceText } from '../read/line-position.js'
import { spanPosition } from '../read/source-text.js'

const isSpace = (code: number) => code === 0x20 || code === 0x09

/**
 * The cell `[start, end)` of a line's normalised text, trimmed: its printed text and position.
 * A blank cell gets an empty position where it stands. `plain` is {@link isPlainLine} of the line,
 * which a reader cutting many cells from one line passes instead of having it asked once a cell.
 */
export function cellOf(document: ReadDocument, line: Line, start: number, end: number, plain = isPlainLine(line)): GridCell {
  let from = start
  let to = end
  while (from < to && isSpace(line.text.charCodeAt(from))) from++
  while (to > from && isSpace(line.text.charCodeAt(to - 1))) to--
  if (plain) return plainCell(line, from, to)
  return { text: lineSourceText(document.source, line, from, to), position: linePosition(document.source, line, from, to) }
}

/**
 * Whether a line is printed as written on one source line (most lines that hold cells): its text's
 * index `i` is column `start.column + i` of that line, so {@link plainCell} can cut its cells
 * without `lineSourceText` and `linePosition`'s general cases.
 */
export function isPlainLine(line: Line): boolean {
  const { start, end } = line.position
  return line.map === null && start.line === end.line && line.raw.length === line.text.length
}

/**
 * The cell `[from, to)` (already trimmed) of a {@link isPlainLine plain line}: its text cut from the
 * raw line, its points counted from the line's start. An empty cell has one point for both ends
 * (positions are never changed in place).
 */
function plainCell(line: Line, from: number, to: number): GridCell {
  const first = line.position.start
  const start = { line: first.line, column: first.column + from, offset: first.offset + from }
  const end = to === from ? start : { line: first.line, column: first.column + to, offset: first.offset + to }
  return { text: line.raw.slice(from, to), position: { start, end } }
}

/** A cell made of several wrapped lines' cells: texts joined, position from first to last. */
export function joinCells(cells: readonly GridCell[]): GridCell {
  // Most cells are one line's: the join is the cell itself (grid cells are never changed in place).
  if (cells.length === 1) return cells[0] as GridCell
  // One walk: the filled cells' texts joined, the first and last filled cell (or the first and last
  // cell when none is filled).
  let text = ''
  let first: GridCell | undefined
  let last: GridCell | undefined
  for (const cell of cells) {
    if (cell.text === '') continue
    text += cell.text
    first ??= cell
    last = cell
  }
  first ??= cells[0]
  last ??= cells[cells.length - 1]
  if (!first || !last) return { text: '', position: null }
  return { text, position: first.position && last.position ? { start: first.position.start, end: last.position.end } : null }
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
