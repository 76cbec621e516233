import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { isValueText } from '../mapping/parse-cell-value.js'
import { cellOf, makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'
import { scanGrids } from '../scan-grids.js'
import { LineFact, lineFactBits, recordedLineFacts, type RecordedLineFacts, unknownFacts } from '../../read/line-facts.js'
import { trimEndIndex, trimStartIndex } from '../../util/is-white-space.js'

// What a cell on its own never holds: a sentence mark; a label running into its numbers
// (`（六）其他处理0`) or a run of digits such as `00`, which are flattened text. One pattern, one call.
const notACell = /[。；;，,：:！？]|[\p{Script=Han}）)]\d|^0\d/u

/** Marks `notACell` rejects a line for, as {@link LineFact} bits. */
const cellMarks = LineFact.stop | LineFact.comma | LineFact.colon | LineFact.exclamation

/**
 * A line that can be a cell on its own: short, no sentence marks, no TAB. With the line's recorded
 * facts, a line with a mark or a TAB (most prose) is none before it is measured, and `notACell`
 * need only be run on a line with a digit (its other two parts both need one); trimming leaves
 * every mark and digit, so the line's facts are the trimmed text's. The trimmed length is measured
 * without the trimmed copy, which is made only for the pattern.
 */
const isCellLine = (line: Line, facts: RecordedLineFacts | null) => {
  const bits = lineFactBits(facts, line)
  if (bits !== unknownFacts && (bits & (LineFact.tab | cellMarks)) !== 0) return false
  const text = line.text
  const from = trimStartIndex(text)
  const to = trimEndIndex(text)
  // Empty (all white space: `to` is 0, `from` the length) or longer than a cell.
  if (to <= from || to - from > 24) return false
  if (bits === unknownFacts) return !text.includes('\t') && !notACell.test(text.slice(from, to))
  return (bits & LineFact.digit) === 0 || !notACell.test(text.slice(from, to))
}

/**
 * One cell per line (or per paragraph of web text) with no TABs: a label, then its values, then the
 * next label (seed zhenyuan-2017). Each label starts a row and the values after it join that row;
 * label-only rows at the top form the header.
 *
 *   年份 / 2013 / 2014 / … / 主动公开信息数 / 3148 / 4524 / …
 *   ^^^^ header row          ^^^^^^^^^^^^^^ data row
 */
export const cellPerLine: GridReader = {
  name: 'cell-per-line',
  read(document, claimed) {
    const lines = document.lines
    const facts = recordedLineFacts(document)
    return scanGrids(document, claimed, (line) => !line.blank && !line.ignored && isCellLine(line, facts), (i) => {
      // The scan found line `i` unclaimed, neither blank nor ignored, and a cell line: it is not tested again.
      const run: Line[] = [lines[i] as Line]
      let j = i + 1
      for (; j < lines.length; j++) {
        const line = lines[j]
        if (!line || claimed.has(j)) break
        if (line.blank || line.ignored) continue
        if (!isCellLine(line, facts)) break
        run.push(line)
      }
      // A table starts with a label: numbers before it belong to the text above (a flattened row).
      while (run.length > 0 && /^[-+]?[\d.]+$/u.test(run[0]?.text.trim() ?? '')) run.shift()
      return { grid: run.length >= 4 ? toGrid(document, run) : undefined, next: j }
    })
  },
}

function toGrid(document: ReadDocument, run: readonly Line[]): Grid | undefined {
  // Plain loops, no intermediate objects: a run is a few dozen lines, and `flatMap` and a
  // `{ cell, line }` record a line cost more than the cells themselves.
  const cells: GridCell[] = []
  const isValue: boolean[] = []
  let values = 0
  for (const line of run) {
    const cell = cellOf(document, line, 0, line.text.length)
    const value = isValueText(cell.text)
    cells.push(cell)
    isValue.push(value)
    if (value && cell.text !== '') values++
  }
  if (values < 2) return undefined
  // Each label starts a row; the values after it join that row. `lastLines[k]` is row k's last line.
  const rows: GridCell[][] = []
  const lastLines: Line[] = []
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k] as GridCell
    const line = run[k] as Line
    if (isValue[k] && rows.length > 0) {
      ;(rows[rows.length - 1] as GridCell[]).push(cell)
      lastLines[rows.length - 1] = line
    } else {
      rows.push([cell])
      lastLines.push(line)
    }
  }
  // Label-only rows after the last values belong to the text that follows (a heading), not the table.
  while (rows.length > 0 && rows[rows.length - 1]?.length === 1) {
    rows.pop()
    lastLines.pop()
  }
  // Consecutive label-only rows at the top become one header row.
  let headerEnd = 0
  while (headerEnd < rows.length && rows[headerEnd]?.length === 1) headerEnd++
  const first = run[0]
  const last = lastLines[rows.length - 1]
  if (headerEnd === rows.length || !first || !last) return undefined
  if (headerEnd === 0) return makeGrid(document, cellPerLine.name, rows, first, last)
  const header: GridCell[] = []
  for (let k = 0; k < headerEnd; k++) header.push((rows[k] as GridCell[])[0] as GridCell)
  const gridRows: GridCell[][] = [header]
  for (let k = headerEnd; k < rows.length; k++) gridRows.push(rows[k] as GridCell[])
  return makeGrid(document, cellPerLine.name, gridRows, first, last)
}
