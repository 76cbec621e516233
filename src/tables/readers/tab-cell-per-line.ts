import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { cellOf, joinCells, makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'
import { scanGrids } from '../scan-grids.js'
import { LineFact, lineFactBits, recordedLineFacts, type RecordedLineFacts } from '../../read/line-facts.js'

/**
 * A line holding one cell: a TAB, then the cell (or nothing: a blank cell), and no other TAB. A
 * line whose recorded facts hold no TAB is none, without a look at its text.
 */
const isCellLine = (line: Line, facts: RecordedLineFacts | null) =>
  (lineFactBits(facts, line) & LineFact.tab) !== 0 && line.text.charCodeAt(0) === 0x09 && line.text.indexOf('\t', 1) < 0
/** An empty line ends a row; a line of only spaces/NBSP inside a row does not (qidu-2017). */
const isRowBreak = (line: Line) => line.raw.length === 0

/**
 * One cell per line, each cell line starting with a TAB, rows separated by an empty line — the
 * form Word tables take when saved as text (seeds qidu-2017 and zhangcun-2011). A label cell may
 * wrap onto following lines without a TAB, even across a whitespace-only line.
 *
 *   →（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）
 *   □□□□（不同渠道和方式公开相同信息计1条）      ← wrapped label
 *   →条
 *   →23
 *                                                 ← empty line: next row
 */
export const tabCellPerLine: GridReader = {
  name: 'tab-cell-per-line',
  read(document, claimed) {
    const facts = recordedLineFacts(document)
    return scanGrids(document, claimed, (line) => isCellLine(line, facts), (index) => {
      const found = readGrid(document, index, facts, claimed)
      return { grid: found && found.grid.rows.length >= 2 ? found.grid : undefined, next: found ? found.next : index + 1 }
    })
  },
}

/**
 * The grid read from `start`, a cell line (`isCellLine`), on, up to a line a reader before this one
 * claimed (a plug-in's grid in the middle of the table: the table goes on after it as another grid).
 */
function readGrid(document: ReadDocument, start: number, facts: RecordedLineFacts | null, claimed: ReadonlySet<number>): { grid: Grid; next: number } | undefined {
  const lines = document.lines
  const rows: GridCell[][] = []
  let row: GridCell[] = []
  // The parts of the row's last cell while it wraps onto lines without a TAB; joined when it ends.
  // Most cells are one line's: they are never wrapped in an array to be joined.
  let parts: GridCell[] | undefined
  let first: Line | undefined
  let last: Line | undefined
  let i = start
  const endCell = () => {
    if (parts) row[row.length - 1] = joinCells(parts)
    parts = undefined
  }
  const flush = () => {
    endCell()
    if (row.length > 0) rows.push(row)
    row = []
  }
  // The line the look-ahead after a row break found to be a cell line (most often the next one):
  // not tested again when the walk reaches it. At first the line the scan started the grid on,
  // which it found to be one.
  let cellLineAhead = start
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (!line || claimed.has(i)) break
    if (isRowBreak(line)) {
      flush()
      // The table goes on only if a cell line follows (blank or whitespace-only lines in between,
      // or a page break: a page number left out with the blank lines around it).
      let next = i + 1
      while (next < lines.length && (lines[next]?.blank || lines[next]?.ignored) && !claimed.has(next)) next++
      const following = lines[next]
      if (!following || claimed.has(next) || !isCellLine(following, facts)) break
      cellLineAhead = next
      continue
    }
    if (i === cellLineAhead || isCellLine(line, facts)) {
      first = first ?? line
      last = line
      endCell()
      row.push(cellOf(document, line, 1, line.text.length))
      continue
    }
    // A page number left out inside a row (a page break between two of its cells) is passed too.
    if (line.blank || line.ignored) continue
    if (row.length === 0 || line.text.includes('\t')) break
    // A wrapped label: continues the last cell of the row.
    parts ??= [row[row.length - 1] as GridCell]
    parts.push(cellOf(document, line, 0, line.text.length))
    last = line
  }
  flush()
  if (!first || !last) return undefined
  return { grid: makeGrid(document, tabCellPerLine.name, rows, first, last), next: i }
}
