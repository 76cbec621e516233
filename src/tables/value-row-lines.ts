import type { Line, ReadDocument } from '../model/block.js'
import type { Grid, GridCell } from '../model/grid.js'
import { isValueText } from './mapping/parse-cell-value.js'
import { LineSet } from './line-set.js'
import { claimedLinesOf } from './claimed-lines.js'
import { isWhiteSpace } from '../util/is-white-space.js'

const digitRun = /^[-+]?[\d.]+(?:[-+ ][-+]?[\d.]+)*$/u

/**
 * The lines of the grid rows that hold values (a number, a blank mark, a run of digits): the lines
 * whose labels the sections stage must not take for headings. Header and caption lines of a grid
 * are left out, so a heading printed between two tables of one run (`四、政府信息公开行政复议、
 * 行政诉讼情况`) stays a heading.
 */
export function valueRowLines(document: ReadDocument, grids: readonly Grid[]): LineSet {
  const lines = new LineSet(document.lines.length)
  const documentLines = document.lines
  const count = documentLines.length
  // No line for a cell to be on (an empty Markdown or HTML input; a plug-in reader's grid may still
  // hold positioned cells): nothing to mark.
  if (count === 0) return lines
  // The line of the cell read last (-1 before the first) and its source span, from its start to
  // the next line's (empty until a line is added): a cell inside it adds nothing new, which two
  // comparisons show (most cells of a row share their line).
  let line = -1
  let lineStart = 0
  let lineEnd = 0
  const claimed = claimedLinesOf(grids)
  for (const grid of grids) {
    // A grid whose reader noted the one line of each row (a TAB grid): a row's cells all lie on
    // it, so it is the line to mark, without the cells' positions being read.
    const rowLines = claimed === null ? null : claimed.rowLines(grid)
    if (rowLines !== null) {
      const rows = grid.rows
      for (let index = 0; index < rows.length; index++) if (hasValue(rows[index] as GridCell[])) lines.add(rowLines[index] as number)
      continue
    }
    for (const row of grid.rows) {
      if (!hasValue(row)) continue
      for (const cell of row) {
        if (!cell.position) continue
        const start = cell.position.start.offset
        const lastOffset = Math.max(start, cell.position.end.offset - 1)
        if (start >= lineStart && lastOffset < lineEnd) continue
        // The cell's first line. Most often it is a few lines after the last one (the next cell
        // of a row printed one cell a line, the first of the next row after an empty line): each
        // line on starts where the one before ends, so one line start a line is read to pass it
        // (starts ascend: the line whose span holds the cell is the last starting at or before it).
        for (let step = 0; line >= 0 && step < nearLines && start >= lineEnd; step++) {
          line++
          lineStart = lineEnd
          lineEnd = line + 1 < count ? startOf(documentLines, line + 1) : Number.POSITIVE_INFINITY
        }
        if (line < 0 || start < lineStart || start >= lineEnd) {
          line = lineAt(documentLines, start, Math.max(0, line))
          lineStart = startOf(documentLines, line)
          lineEnd = line + 1 < count ? startOf(documentLines, line + 1) : Number.POSITIVE_INFINITY
        }
        lines.add(line)
        // The lines the cell runs on to, by walking (most cells have none).
        while (lastOffset >= lineEnd) {
          lines.add(++line)
          lineStart = lineEnd
          lineEnd = line + 1 < count ? startOf(documentLines, line + 1) : Number.POSITIVE_INFINITY
        }
      }
    }
  }
  return lines
}

/** How many lines on from the last cell's a cell is looked for line by line before a binary search. */
const nearLines = 4

/** A row holds a value: a cell after the first that is a number, a blank mark or a run of digits. */
function hasValue(row: readonly GridCell[]): boolean {
  for (let index = 1; index < row.length; index++) {
    const cell = row[index] as GridCell
    if (cell.text === '' ? cell.position !== null : isValueText(cell.text) || isDigitRun(cell.text)) return true
  }
  return false
}

/**
 * Whether the trimmed text is a run of digits (`digitRun`). A text whose first character is neither
 * white space nor one the pattern can start with (a sign, a digit, a dot) is not — most cells that
 * are no value are labels and units (`条`, `件`), told apart here without a trimmed copy and a pattern.
 */
function isDigitRun(text: string): boolean {
  const code = text.charCodeAt(0)
  if (!isWhiteSpace(code) && code !== 0x2b && code !== 0x2d && code !== 0x2e && (code < 0x30 || code > 0x39)) return false
  return digitRun.test(text.trim())
}

const startOf = (lines: readonly Line[], index: number) => (lines[index] as Line).position.start.offset

/**
 * The line that holds `offset`: the last line starting at or before it, or 0 (as
 * `lastIndexAtMost` over the line starts, which ascend). `near` or the line after it usually is
 * the one, which two comparisons show; otherwise a binary search.
 */
function lineAt(lines: readonly Line[], offset: number, near: number): number {
  const count = lines.length
  for (let index = near; index <= near + 1 && index < count; index++) {
    if (startOf(lines, index) <= offset && (index + 1 === count || startOf(lines, index + 1) > offset)) return index
  }
  let low = 0
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (startOf(lines, middle) <= offset) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}
