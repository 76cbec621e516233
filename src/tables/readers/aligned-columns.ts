import type { Line, ReadDocument } from '../../model/block.js'
import type { GridCell } from '../../model/grid.js'
import { cellOf, makeGrid } from '../grid-cell.js'
import { isValueText } from '../mapping/parse-cell-value.js'
import type { GridReader } from '../grid-reader.js'
import { indentOf } from '../../util/indent-of.js'
import { scanGrids } from '../scan-grids.js'
import { isWhiteSpace, trimmedLengthAtMost } from '../../util/is-white-space.js'
import { LineFact, lineFactBits, recordedLineFacts, unknownFacts } from '../../read/line-facts.js'

/**
 * Cells of a line: runs of text separated by two or more spaces (or any other white space), as
 * the pattern `\S+(?: \S+)*` would find them, in one scan without a regex.
 */
function fields(line: Line): [number, number][] {
  const spans: [number, number][] = []
  const text = line.text
  const length = text.length
  let i = 0
  while (i < length) {
    while (i < length && isWhiteSpace(text.charCodeAt(i))) i++
    if (i === length) break
    const from = i
    while (i < length) {
      const code = text.charCodeAt(i)
      if (!isWhiteSpace(code)) i++
      else if (code === 0x20 && i + 1 < length && !isWhiteSpace(text.charCodeAt(i + 1))) i += 2
      else break
    }
    spans.push([from, i])
  }
  return spans
}

// Two spaces, or white space other than U+0020 (`[^\S ]`) that a line's normalised text can hold:
// what can part two cells. The reader folds NBSP, U+2000–U+200A, U+202F, U+205F and U+3000 to a
// space and drops BOM (`foldCharacter`; `Line.text` is normalised), so they are left out of the
// class: the search over every line of prose is half as long. One pattern, so prose is read once.
const cellGap = /  |[\t-\r\u1680\u2028\u2029]/g

/**
 * Whether the line may hold two cells: two spaces after the indentation, or white space other than
 * a space. Most lines (prose) hold neither, and a native search shows that several times faster
 * than {@link fields} finds the one cell.
 */
function mayHoldCells(text: string): boolean {
  // The indentation is U+0020 only: starting after it skips no other white space.
  cellGap.lastIndex = indentOf(text)
  return cellGap.test(text)
}

/**
 * A row of at least three cells, one of them after the first a number or a blank mark (`-`, `—`).
 * `facts` are the line's `LineFact` bits when the reader recorded them: a gap and no TAB.
 */
const isAlignedRow = (line: Line, facts: number) => {
  // A TAB is a cell gap too: a line with one passes the first test, so prose is read once, not twice.
  if (facts === unknownFacts ? !mayHoldCells(line.text) || line.text.includes('\t') : (facts & (LineFact.gap | LineFact.tab)) !== LineFact.gap) return false
  const spans = fields(line)
  return spans.length >= 3 && spans.slice(1).some(([from, to]) => isValueText(line.text.slice(from, to)))
}
// A section heading ends the table (`四、政府信息公开行政复议、行政诉讼情况`); a numbered group label
// repeated after a page break (`三、本年度办理结果`) does not, nor a group row of the table that reads
// like a heading but prints a cell after it (`一、主动公开情况      -`: G2's national form).
const headingPattern = /^ *[一二三四五六七八九十]{1,3}、.{0,40}?(?:情况|事项|概述|措施|问题)/u

/** Whether a line reads like a section heading: {@link headingPattern}, and no value or blank mark in a cell after it. */
const isHeading = (line: Line) => headingPattern.test(line.text) && !fields(line).slice(1).some(([from, to]) => isValueText(line.text.slice(from, to)))

/** Whether the line holds a TAB or a sentence mark (`。；;`), by its `facts` when they are known. */
const holdsTabOrStop = (line: Line, facts: number) =>
  facts === unknownFacts ? line.text.includes('\t') || /[。；;]/u.test(line.text) : (facts & (LineFact.tab | LineFact.stop)) !== 0

/**
 * A short line without sentence marks: a wrapped label or a group label inside the table. The
 * marks (known from the facts) are asked before the length, which is measured without a trimmed copy.
 */
const isLabelLine = (line: Line, facts: number) =>
  !line.blank && !holdsTabOrStop(line, facts) && (trimmedLengthAtMost(line.text, 40) || (mayHoldCells(line.text) && fields(line).length === 2)) && !isHeading(line)

/** A header line above the first row: two or more cells, no sentence marks, not a heading. */
const isHeaderLine = (line: Line, facts: number) =>
  !line.blank && line.text.length <= 300 && !holdsTabOrStop(line, facts) && !isHeading(line) && fields(line).length >= 2

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
    const lines = document.lines
    const facts = recordedLineFacts(document)
    // The first line after the last grid read here: header lines above a table are taken back to
    // it, not into that grid's lines (a label line ending one table may read as a header).
    let free = 0
    return scanGrids(document, claimed, (line) => isAlignedRow(line, lineFactBits(facts, line)), (i) => {
      const line = lines[i] as Line
      // Take the header lines just above as part of the table: two or more cells, no sentences;
      // blank and left-out lines between them and the rows are passed (`指标名称  计量单位  本年度
      // 历年累计`, an empty line, then the rows: without it the cumulative column had no name).
      let start = i
      for (let above = i - 1; above >= free; above--) {
        const line = lines[above]
        if (!line || claimed.has(above)) break
        if (line.blank || line.ignored) continue
        if (!isHeaderLine(line, lineFactBits(facts, line))) break
        start = above
      }
      // Whether an aligned row follows line `at`, blank and left-out lines between.
      const followedByRow = (at: number) => {
        for (let k = at + 1; k < lines.length && !claimed.has(k); k++) {
          const line = lines[k] as Line
          if (line.blank || line.ignored) continue
          return isAlignedRow(line, lineFactBits(facts, line))
        }
        return false
      }
      let end = i
      let j = i + 1
      let alignedRows = 1
      let widest = fields(line).length
      while (j < lines.length) {
        const next = lines[j]
        if (!next || claimed.has(j)) break
        if (next.ignored || next.blank) {
          j++
          continue
        }
        const nextFacts = lineFactBits(facts, next)
        if (isAlignedRow(next, nextFacts)) {
          alignedRows++
          widest = Math.max(widest, fields(next).length)
        }
        // A header printed again over the rows after a page break (`指标名称  单位  本年累计`).
        else if (!isLabelLine(next, nextFacts) && !(isHeaderLine(next, nextFacts) && followedByRow(j))) break
        end = j
        j++
      }
      // One wide data row is a table too (table 4: 15 values under three header lines).
      if (alignedRows >= 2 || widest >= 8) {
        const rows = alignRows(
          document,
          lines.slice(start, end + 1).filter((row) => !row.blank && !row.ignored),
        )
        const first = lines[start]
        const last = lines[end]
        if (first && last) {
          free = end + 1
          return { grid: makeGrid(document, alignedColumns.name, rows, first, last), next: end + 1 }
        }
      }
      return { grid: undefined, next: end + 1 }
    })
  },
}

/** Display width of a character: CJK and full-width forms take two columns, as on a monospace page. */
function displayWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1
}

/**
 * Places each line's cells in the columns of the table by where they start on the page, so a row
 * with a blank cell (`九、政府公报发行量` with no unit) keeps its value under the right header: the
 * columns are where the cells of the widest rows start (median of each), and each cell of a
 * narrower row goes to the nearest column after the previous cell's.
 */
function alignRows(document: ReadDocument, rows: readonly Line[]): GridCell[][] {
  const laid = rows.map((line) => {
    const starts: number[] = []
    let column = 0
    let index = 0
    const spans = fields(line)
    for (const [from] of spans) {
      for (; index < from; index++) column += displayWidth(line.text.charCodeAt(index))
      starts.push(column)
    }
    return { line, spans, starts }
  })
  const widest = Math.max(...laid.map((row) => row.spans.length))
  const full = laid.filter((row) => row.spans.length === widest)
  const columns = Array.from({ length: widest }, (_, k) => {
    const values = full.map((row) => row.starts[k] ?? 0).sort((a, b) => a - b)
    return values[Math.floor(values.length / 2)] ?? 0
  })
  return laid.map(({ line, spans, starts }) => {
    const cells: GridCell[] = columns.map(() => ({ text: '', position: null }))
    if (spans.length === widest) {
      spans.forEach(([from, to], k) => (cells[k] = cellOf(document, line, from, to)))
      return cells
    }
    let next = 0
    spans.forEach(([from, to], k) => {
      const start = starts[k] ?? 0
      // The nearest column that leaves room for the cells still to place.
      let best = next
      for (let column = next; column <= widest - (spans.length - k); column++) {
        if (Math.abs((columns[column] ?? 0) - start) < Math.abs((columns[best] ?? 0) - start)) best = column
      }
      cells[best] = cellOf(document, line, from, to)
      next = best + 1
    })
    return cells
  })
}

export type { ReadDocument }
