import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { cellOf, makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'
import { pageBreakEnd } from '../page-break-end.js'
import { LineFact, lineFactBits, recordedLineFacts, type RecordedLineFacts } from '../../read/line-facts.js'

/** A row written with pipes; a line whose recorded facts hold no `|` is none, unsearched. */
const isPipeRow = (line: Line, facts: RecordedLineFacts | null) => (lineFactBits(facts, line) & LineFact.pipe) !== 0 && line.text.includes('|') && (/^ *\|.*\| *$/u.test(line.text) || (line.text.split('|').length >= 3 && !line.text.includes('\t')))
/**
 * A Markdown separator line (`|---|:--:|`): every piece between pipes is dashes with optional
 * colons. Tested piece by piece — one anchored regex with adjacent ` *` runs is quadratic on long
 * runs of spaces.
 */
const isSeparator = (line: Line) => {
  if (!line.text.includes('-')) return false
  const pieces = line.text.trim().split('|')
  if (pieces[0]?.trim() === '') pieces.shift()
  if (pieces[pieces.length - 1]?.trim() === '') pieces.pop()
  return pieces.length > 0 && pieces.every((piece) => /^ *:?-{2,}:? *$/u.test(piece))
}

/**
 * Rows written with pipes, with or without Markdown separator lines (text from PDF-to-Markdown
 * tools, plain-text mirrors). One empty line inside, or a page break, keeps the table going.
 *
 *   | 规章 | 0 | 0 | 0 |
 *     ^^^^   ^   ^   ^   four cells
 */
export const pipeRows: GridReader = {
  name: 'pipe-rows',
  read(document, claimed) {
    const grids: Grid[] = []
    const facts = recordedLineFacts(document)
    let rows: GridCell[][] = []
    let first: Line | undefined
    let last: Line | undefined
    const flush = () => {
      if (!first) return
      if (last && rows.length >= 2) grids.push(makeGrid(document, pipeRows.name, rows, first, last))
      rows = []
      first = undefined
      last = undefined
    }
    const lines = document.lines
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line
      if (claimed.has(line.index) || line.markup.tableCell) {
        flush()
        continue
      }
      if (line.ignored) continue
      // As for TAB rows: one empty line inside the table, or a page break (a page number with the
      // blank lines around it), keeps it going when a pipe row follows.
      if (line.blank && first) {
        const next = lines[i + 1]
        const after = next && !claimed.has(i + 1) && !next.markup.tableCell && !next.blank && !next.ignored ? i + 1 : pageBreakEnd(lines, i, claimed)
        const following = after >= 0 ? lines[after] : undefined
        if (following && !following.markup.tableCell && isPipeRow(following, facts)) {
          i = after - 1
          continue
        }
      }
      if (first && isSeparator(line)) {
        last = line
        continue
      }
      if (!line.blank && isPipeRow(line, facts)) {
        first = first ?? line
        last = line
        rows.push(splitPipes(document, line))
        continue
      }
      flush()
    }
    flush()
    return grids
  },
}

function splitPipes(document: ReadDocument, line: Line): GridCell[] {
  const bars: number[] = []
  for (let i = 0; i < line.text.length; i++) if (line.text[i] === '|' && line.text[i - 1] !== '\\') bars.push(i)
  const cells: GridCell[] = []
  const leading = line.text.slice(0, bars[0] ?? 0).trim() === ''
  const trailing = line.text.slice((bars[bars.length - 1] ?? 0) + 1).trim() === ''
  const bounds = [leading ? (bars[0] ?? 0) : -1, ...bars.slice(leading ? 1 : 0, trailing ? -1 : undefined), trailing ? (bars[bars.length - 1] ?? line.text.length) : line.text.length]
  for (let i = 0; i + 1 < bounds.length; i++) cells.push(cellOf(document, line, (bounds[i] ?? 0) + 1, bounds[i + 1] ?? line.text.length))
  return cells
}
