import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { cellOf, makeGrid } from '../grid-cell.js'
import { isValueText } from '../mapping/parse-cell-value.js'
import type { GridReader } from '../grid-reader.js'

/** Cells of a line: runs of text separated by two or more spaces. */
function fields(line: Line): [number, number][] {
  const spans: [number, number][] = []
  const pattern = /\S+(?: \S+)*/gu
  for (const match of line.text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
  return spans
}

/** A row of at least three cells, one of them after the first a number or a blank mark (`-`, `—`). */
const isAlignedRow = (line: Line) => {
  if (line.text.includes('\t')) return false
  const spans = fields(line)
  return spans.length >= 3 && spans.slice(1).some(([from, to]) => isValueText(line.text.slice(from, to)))
}
/** A short line without sentence marks: a wrapped label or a group label inside the table. */
const isLabelLine = (line: Line) => !line.blank && !line.text.includes('\t') && line.text.trim().length <= 40 && !/[。；;]/u.test(line.text)

/**
 * Columns aligned with spaces, as in text extracted from PDF: cells are separated by two or more
 * spaces; short label lines between rows are kept as one-cell rows (wrapped labels, repeated group
 * labels after a page break), page-number lines are skipped.
 *
 *   一、本年新收政府信息公开申请数量      64    0    0    2    0    4    70
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^      ^^    ^    ^    ^    ^    ^    ^^
 */
export const alignedColumns: GridReader = {
  name: 'aligned-columns',
  read(document, claimed) {
    const grids: Grid[] = []
    const lines = document.lines
    let i = 0
    while (i < lines.length) {
      const line = lines[i]
      if (!line || claimed.has(i) || !isAlignedRow(line)) {
        i++
        continue
      }
      // Take the label lines just above as part of the table (headers, a wrapped first label).
      let start = i
      while (start > 0) {
        const above = lines[start - 1]
        if (!above || claimed.has(start - 1) || !(isLabelLine(above) && fields(above).length >= 2)) break
        start--
      }
      let end = i
      let j = i + 1
      let alignedRows = 1
      while (j < lines.length) {
        const next = lines[j]
        if (!next || claimed.has(j)) break
        if (next.ignored || next.blank) {
          j++
          continue
        }
        if (isAlignedRow(next)) alignedRows++
        else if (!isLabelLine(next)) break
        end = j
        j++
      }
      if (alignedRows >= 2) {
        const rows: GridCell[][] = []
        for (let k = start; k <= end; k++) {
          const row = lines[k]
          if (!row || row.blank || row.ignored) continue
          rows.push(fields(row).map(([from, to]) => cellOf(document, row, from, to)))
        }
        const first = lines[start]
        const last = lines[end]
        if (first && last) grids.push(makeGrid(document, alignedColumns.name, rows, first, last))
      }
      i = end + 1
    }
    return grids
  },
}

export type { ReadDocument }
