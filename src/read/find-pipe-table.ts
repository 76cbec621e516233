import type { SourceText } from '../model/block.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'
import { lineContentEnd } from './source-text.js'

/** Where a GFM pipe table starts inside a paragraph's source, as offsets. */
export interface PipeTableStart {
  /** Offset where the header row's line starts (the paragraph's start when it is the first line). */
  headerStart: number
  /** Offset where the delimiter row's line (`| --- | ---: |`) starts. */
  delimiterStart: number
  /** Offset just after the delimiter row's line break (or the paragraph's end). */
  delimiterEnd: number
  /** Offset where the table ends: the paragraph's end, or a row line indented as code (GFM). */
  end: number
}

/**
 * Finds the first GFM pipe table in the paragraph at `[from, to)` of the source: a header row
 * followed by a delimiter row with as many cells. CommonMark alone reads such lines as one
 * paragraph (a table may also follow paragraph lines without a blank line, as GFM allows); every
 * line after the delimiter row up to the paragraph's end is a table row, as in GFM. Returns null
 * when the paragraph holds no table. Container markers (`>`, list indentation) before a row are
 * skipped.
 */
export function findPipeTable(source: SourceText, from: number, to: number, container = 0): PipeTableStart | null {
  const text = source.text
  // A paragraph without a pipe holds no table (a bounded search: from the paragraph to the end of
  // the document for every paragraph would be quadratic in paragraphs).
  let pipe = from
  while (pipe < to && text.charCodeAt(pipe) !== 0x7c) pipe++
  if (pipe >= to) return null
  const starts = source.lineStarts
  let line = lastIndexAtMost(starts, from)
  let headerStart = from
  let headerEnd = lineEnd(source, line, to)
  for (line++; line < starts.length && (starts[line] as number) < to; line++) {
    const start = starts[line] as number
    const end = lineEnd(source, line, to)
    const cells = delimiterCells(text, start, end)
    // A header line indented as code is a lazy paragraph line to GFM, not a header.
    const header = headerStart === from || indentation(text, headerStart, headerEnd) - container < 4
    if (cells > 0 && header && cells === headerCells(text, headerStart, headerEnd)) {
      const delimiterEnd = Math.min(to, starts[line + 1] ?? to)
      return { headerStart, delimiterStart: start, delimiterEnd, end: tableEnd(source, delimiterEnd, to, container) }
    }
    headerStart = start
    headerEnd = end
  }
  return null
}

/**
 * Where the rows after the delimiter stop: GFM ends a table at a line indented four columns or
 * more past the paragraph's container column (an indented code block), which CommonMark alone
 * reads as a lazy paragraph line.
 */
function tableEnd(source: SourceText, rowsStart: number, to: number, container: number): number {
  const starts = source.lineStarts
  for (let line = lastIndexAtMost(starts, rowsStart); line < starts.length && (starts[line] as number) < to; line++) {
    const start = starts[line] as number
    if (start < rowsStart) continue
    const end = lineEnd(source, line, to)
    if (indentation(source.text, start, end) - container >= 4 || startsOrderedItem(source.text, start, end)) return start
  }
  return to
}

/**
 * Whether a line starts an ordered list item (`2. …`): one that does not start at 1 cannot
 * interrupt a paragraph, so CommonMark alone reads it as a paragraph line, but it ends a GFM table.
 */
function startsOrderedItem(text: string, start: number, end: number): boolean {
  let i = afterQuoteMarkers(text, start, end)
  while (i < end && isBlank(text.charCodeAt(i))) i++
  return opensOrderedItem(text, i, end)
}

/**
 * Whether an ordered list marker stands at `at` of a line ending at `end`: one to nine digits,
 * `.` or `)`, then white space or the line's end (`2. …`, `12)`).
 */
export function opensOrderedItem(text: string, at: number, end: number): boolean {
  let i = at
  while (i < end && i - at < 10 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
  if (i === at || i - at > 9 || i >= end) return false
  const marker = text.charCodeAt(i)
  return (marker === 0x2e || marker === 0x29) && (i + 1 >= end || isBlank(text.charCodeAt(i + 1)))
}

/**
 * Columns of white space before a line's content, counted from where the block-quote markers'
 * content starts (a tab advances to the next multiple of 4; a tab after `>` gives one column to
 * the marker, as in CommonMark).
 */
function indentation(text: string, start: number, end: number): number {
  let i = start
  let column = 0
  let content = 0
  for (;;) {
    let k = i
    let at = column
    while (k < end && k - i < 3 && text.charCodeAt(k) === 0x20) {
      k++
      at++
    }
    if (k >= end || text.charCodeAt(k) !== 0x3e) break
    k++
    at++
    content = at
    if (k < end && text.charCodeAt(k) === 0x20) {
      k++
      at++
      content = at
    } else if (k < end && text.charCodeAt(k) === 0x09) {
      content = at + 1
      at += 4 - (at % 4)
      k++
    }
    i = k
    column = at
  }
  for (; i < end && isBlank(text.charCodeAt(i)); i++) column += text.charCodeAt(i) === 0x09 ? 4 - (column % 4) : 1
  return column - content
}

/** First offset after the block-quote markers (`> `, `>>`) at the start of a line. */
export function afterQuoteMarkers(text: string, start: number, end: number): number {
  let i = start
  for (;;) {
    let k = i
    while (k < end && k - i < 3 && text.charCodeAt(k) === 0x20) k++
    if (k >= end || text.charCodeAt(k) !== 0x3e) return i
    k++
    if (k < end && isBlank(text.charCodeAt(k))) k++
    i = k
  }
}

/** End of line `line`'s text (before its line break), at most `to`. */
function lineEnd(source: SourceText, line: number, to: number): number {
  return Math.min(to, lineContentEnd(source, line))
}

const isBlank = (code: number) => code === 0x20 || code === 0x09

/** First offset of `[start, end)` after spaces, tabs and `>` quote markers. */
function skipPrefix(text: string, start: number, end: number): number {
  let i = start
  while (i < end && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 0x3e)) i++
  return i
}

/**
 * Number of cells of a GFM delimiter row (`|:--|--:|`, `--|--`), or 0 when the line is not one:
 * every cell is dashes with optional colons, and the row has at least one pipe (a line of dashes
 * alone is a setext underline or a thematic break). A plain character loop, so long runs of
 * spaces cost linear time.
 */
function delimiterCells(text: string, start: number, end: number): number {
  let i = skipPrefix(text, start, end)
  let pipes = 0
  let cells = 0
  if (text.charCodeAt(i) === 0x7c && i < end) {
    i++
    pipes++
  }
  for (;;) {
    while (i < end && isBlank(text.charCodeAt(i))) i++
    if (i >= end) break
    if (text.charCodeAt(i) === 0x3a) i++
    const dashes = i
    while (i < end && text.charCodeAt(i) === 0x2d) i++
    if (i === dashes) return 0
    if (i < end && text.charCodeAt(i) === 0x3a) i++
    while (i < end && isBlank(text.charCodeAt(i))) i++
    cells++
    if (i >= end) break
    if (text.charCodeAt(i) !== 0x7c) return 0
    i++
    pipes++
  }
  return pipes > 0 ? cells : 0
}

/**
 * Number of cells of a GFM row: pieces between unescaped pipes, a leading pipe and a trailing
 * pipe (with only white space after it) opening and closing the row rather than separating cells.
 */
function headerCells(text: string, start: number, end: number): number {
  let i = skipPrefix(text, start, end)
  let last = end
  while (last > i && isBlank(text.charCodeAt(last - 1))) last--
  if (i >= last) return 0
  if (text.charCodeAt(i) === 0x7c) i++
  // A lone pipe is no header row.
  if (i >= last) return 0
  let cells = 1
  for (let k = i; k < last; k++) {
    if (text.charCodeAt(k) === 0x7c && text.charCodeAt(k - 1) !== 0x5c && k !== last - 1) cells++
  }
  return cells
}
