import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { cellOf, isPlainLine, makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'
import { nextUnclaimed } from '../scan-grids.js'
import { pageBreakEnd } from '../page-break-end.js'
import { ClaimedLines } from '../claimed-lines.js'
import { LineFact, lineFactBits, recordedLineFacts, type RecordedLineFacts, unknownFacts } from '../../read/line-facts.js'

/**
 * Where the first TAB of a row of TAB-separated cells is (a TAB between two cells, or several
 * TABs), or -1 for a line that is no such row: at once for a line whose recorded facts hold no TAB.
 */
const firstTabOfRow = (line: Line, facts: RecordedLineFacts | null) => {
  if ((lineFactBits(facts, line) & LineFact.tab) === 0) return -1
  const first = line.text.indexOf('\t')
  if (first < 0) return -1
  return first > 0 || line.text.indexOf('\t', 1) >= 0 ? first : -1
}

/** A row of TAB-separated cells: a TAB between two cells, or several TABs. */
const isTabRow = (line: Line, facts: RecordedLineFacts | null) => firstTabOfRow(line, facts) >= 0

/**
 * One row a line, cells separated by TABs (seed chongwen-2020, tables copied from spreadsheets).
 * Consecutive TAB rows form a grid; a single empty line inside keeps it going when TAB rows follow,
 * and so does a page break (a page number with the blank lines around it: `pageBreakEnd`).
 *
 *   规章→0→0→0
 *   ^^^^ ^ ^ ^ four cells
 */
export const tabSeparatedRows: GridReader = {
  name: 'tab-separated-rows',
  read(document, claimed) {
    const grids: Grid[] = []
    const lines = document.lines
    const facts = recordedLineFacts(document)
    let rows: GridCell[][] = []
    // The line of each row (every cell of a row is cut from its one line), noted for `valueRowLines`.
    let rowLines: number[] = []
    let first: Line | undefined
    let last: Line | undefined
    const flush = () => {
      if (!first) return
      if (last && rows.length >= 2) {
        const grid = makeGrid(document, tabSeparatedRows.name, rows, first, last)
        if (claimed instanceof ClaimedLines) claimed.noteRowLines(grid, rowLines)
        grids.push(grid)
      }
      rows = []
      rowLines = []
      first = undefined
      last = undefined
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      // Outside a grid a claimed line changes nothing (an ignored one is passed, any other flushes
      // an empty grid): the run of claimed lines is passed at once.
      const isClaimed = claimed.has(i)
      if (isClaimed && first === undefined) {
        i = nextUnclaimed(claimed, i, lines.length) - 1
        continue
      }
      if (!line || isClaimed || line.ignored) {
        if (line?.ignored) {
          // A page number inside a table, with the blank lines after it: the table goes on after
          // the page break when a TAB row follows; otherwise the line is passed (the line after it
          // decides).
          const after = first ? pageBreakEnd(lines, i, claimed) : -1
          if (after >= 0 && isTabRow(lines[after] as Line, facts)) i = after - 1
          continue
        }
        flush()
        continue
      }
      const firstTab = firstTabOfRow(line, facts)
      if (firstTab >= 0) {
        first = first ?? line
        last = line
        rows.push(splitRow(document, line, firstTab))
        rowLines.push(i)
        continue
      }
      if (line.blank && first) {
        const next = lines[i + 1]
        if (next && !claimed.has(i + 1) && isTabRow(next, facts)) continue
        const after = pageBreakEnd(lines, i, claimed)
        if (after >= 0 && isTabRow(lines[after] as Line, facts)) {
          i = after - 1
          continue
        }
      }
      // A caption between blocks (`第二十条第（五）项`) printed without TABs stays in the grid.
      if (first && isCaption(line, facts) && lines[i + 1] && !claimed.has(i + 1) && isTabRow(lines[i + 1] as Line, facts)) {
        last = line
        rows.push([cellOf(document, line, 0, line.text.length)])
        rowLines.push(i)
        continue
      }
      flush()
    }
    flush()
    return grids
  },
}

/** A short line without sentence marks: a caption or group label between TAB rows. */
function isCaption(line: Line, facts: RecordedLineFacts | null): boolean {
  const text = line.text.trim()
  if (text.length === 0 || text.length > 30) return false
  // Trimming leaves every mark: the line's facts are the trimmed text's.
  const bits = lineFactBits(facts, line)
  return bits === unknownFacts ? !/[。；;，,]/u.test(text) : (bits & (LineFact.stop | LineFact.comma)) === 0
}

/** The cells of a TAB row whose first TAB is at `firstTab`. */
function splitRow(document: ReadDocument, line: Line, firstTab: number): GridCell[] {
  const text = line.text
  // Asked once for the row, not once a cell (a row of a G3/G4 table has up to ten).
  const plain = isPlainLine(line)
  // Grown from empty: a one-cell literal would be copied at the first push.
  const cells: GridCell[] = []
  // The first cell (the label, most often the row's longest) ends at the first TAB, found by one
  // native search; the rest by code: they are short, and a call of indexOf per cell costs more
  // than reading them.
  let start = 0
  let end = firstTab
  for (;;) {
    cells.push(cellOf(document, line, start, end, plain))
    if (end >= text.length) return cells
    start = end + 1
    end = start
    while (end < text.length && text.charCodeAt(end) !== 0x09) end++
  }
}
