import type { Block, Line, LineMarkup, SourceText } from '../model/block.js'
import type { GridCell } from '../model/grid.js'
import type { PipeTableStart } from './find-pipe-table.js'
import type { LineBuilder } from './line-builder.js'
import { pointAt, spanPosition } from './source-text.js'

/**
 * Splits the printed characters of a paragraph's pipe-table lines (see `findPipeTable`) into rows
 * and cells, the way GFM does: a line is a row, an unescaped `|` (one source character) ends a cell,
 * a leading and a trailing pipe open and close the row, the delimiter row prints nothing. Each
 * non-blank cell becomes a `tableCell` line of the {@link LineBuilder}; `finish` returns the
 * `table` block (`via: 'markdown-table'`), rows padded to the widest. Cells are split after
 * CommonMark has read the paragraph's inline syntax, so an escaped `\|` stays in its cell, while
 * emphasis or a code span across a pipe is split at the pipe (GFM keeps its markers as text).
 */
export class PipeTableBuilder {
  private readonly rows: GridCell[][] = []
  private row: GridCell[] = []
  /** Pipes seen on the current row. */
  private pipes = 0
  /** Source offset where the current cell starts (its opening pipe or first character), or -1. */
  private cellStart = -1
  private cellEnd = -1
  /** The row's last cell when it is blank, so that a closing pipe can be added to its span (as GFM does). */
  private blankTail: GridCell | null = null
  private readonly cellLines: Line[] = []
  private readonly cellMarkup: LineMarkup
  private start = -1
  private end = -1
  /** The non-blank cell lines, in order. */
  private readonly lines: Line[] = []

  constructor(
    private readonly builder: LineBuilder,
    private readonly source: SourceText,
    /** Where the table starts; characters before `at.headerStart` are not the table's. */
    readonly at: PipeTableStart,
    markup: LineMarkup,
  ) {
    this.cellMarkup = { ...markup, tableCell: true }
  }

  /** Adds one printed character of the table (a UTF-16 code unit from source span `[start, end)`); a line feed ends the row. */
  add(code: number, start: number, end: number, bold: boolean): void {
    if (start >= this.at.delimiterStart && start < this.at.delimiterEnd) return
    if (this.start < 0) this.start = start
    if (end > this.end) this.end = end
    if (code === 10) {
      this.endRow()
      return
    }
    if (code === 0x7c && end - start === 1) {
      this.endCell(false, start)
      this.pipes++
      this.cellStart = start
      this.cellEnd = end
      return
    }
    if (this.cellStart < 0) this.cellStart = start
    this.cellEnd = end
    // GFM trims a cell: its leading spaces print nothing (trailing ones go with `trimEnd`).
    if ((code === 0x20 || code === 0x09) && this.builder.length === 0) return
    this.builder.add(code, start, end, bold)
  }

  /**
   * Adds `value[from, to)` (spans in `starts`/`ends`, see `alignText`) character by character as
   * {@link add} does, as long as the characters lie in the table; a CR or CRLF ends a row as a line
   * feed does. Returns the index of the first character left (`to` when none is): one call per run
   * of a paragraph's value, not a lookup of the table per character.
   */
  addRun(value: string, starts: Int32Array, ends: Int32Array, from: number, to: number, bold: boolean): number {
    const { headerStart, end } = this.at
    for (let i = from; i < to; i++) {
      const start = starts[i] as number
      if (start < headerStart || start >= end) return i
      let code = value.charCodeAt(i)
      if (code === 13) {
        if (value.charCodeAt(i + 1) === 10) continue
        code = 10
      }
      this.add(code, start, ends[i] as number, bold)
    }
    return to
  }

  /** A line break inside a cell (`<br>`): the cell goes on on a new line. */
  breakLine(): void {
    this.pushLine()
  }

  /** Ends the current row (a hard line break or the end of the paragraph). */
  endRow(): void {
    const pipeOnly = this.pipes > 0 && this.row.length === 0
    const closingPipe = this.cellEnd
    const tail = this.blankTail
    this.endCell(true, this.cellEnd)
    if (tail && tail === this.row[this.row.length - 1] && tail.position) tail.position = { start: tail.position.start, end: pointAt(this.source, closingPipe) }
    // A row of a lone pipe is a row of one blank cell in GFM.
    if (pipeOnly && this.row.length === 0) this.row.push({ text: '', position: spanPosition(this.source, this.cellStart, this.cellStart + 1) })
    if (this.row.length > 0) this.rows.push(this.row)
    this.row = []
    this.blankTail = null
    this.pipes = 0
    this.cellStart = -1
  }

  /** Ends the last row and returns the table block. */
  finish(): Block {
    this.endRow()
    const width = Math.max(0, ...this.rows.map((row) => row.length))
    for (const row of this.rows) while (row.length < width) row.push({ text: '', position: null })
    const start = Math.max(0, this.start)
    return { type: 'table', rows: this.rows, lines: this.lines, position: spanPosition(this.source, start, Math.max(start, this.end)), via: 'markdown-table' }
  }

  private pushLine(): void {
    this.builder.trimEnd()
    const line = this.builder.finish(this.cellMarkup)
    if (line) this.cellLines.push(line)
  }

  /** Closes the cell before a pipe (`atRowEnd` false) or the row's end at source offset `end`. */
  private endCell(atRowEnd: boolean, end: number): void {
    const empty = this.builder.length === 0 && this.cellLines.length === 0
    this.pushLine()
    const lines = this.cellLines
    // Nothing before the row's first pipe, or after its last one: that pipe opens/closes the row.
    if (empty && (atRowEnd || this.pipes === 0)) {
      this.cellStart = -1
      return
    }
    const only = lines.length === 1 ? (lines[0] as Line) : null
    if (only && !only.blank) {
      // The common cell: one printed line.
      this.lines.push(only)
      this.row.push({ text: only.raw.trim(), position: { start: only.position.start, end: only.position.end } })
      this.blankTail = null
      // One line: pop it (cheaper than setting the length, once per cell).
      lines.pop()
      this.cellStart = -1
      return
    }
    const from = Math.max(0, this.cellStart)
    if (lines.length === 0) {
      // A cell of nothing but white space (`|  |`): blank, spanning what lies between its pipes.
      const cell = { text: '', position: this.builder.position(from, Math.max(from, end)) }
      this.row.push(cell)
      this.blankTail = cell
      this.cellStart = -1
      return
    }
    // A blank cell (`&nbsp;`) has no line of its own, as in the HTML reader: take its lines back
    // from the end of the builder's list.
    const printed = lines.filter((line) => !line.blank)
    if (printed.length < lines.length) {
      const built = this.builder.lines
      built.length -= lines.length
      for (const line of printed) {
        line.index = built.length
        built.push(line)
      }
    }
    this.lines.push(...printed)
    const first = printed[0]
    const last = printed[printed.length - 1]
    const position = first && last ? { start: first.position.start, end: last.position.end } : this.builder.position(from, Math.max(from, end))
    const cell = { text: printed.map((line) => line.raw).join(' ').trim(), position }
    this.row.push(cell)
    this.blankTail = first ? null : cell
    lines.length = 0
    this.cellStart = -1
  }
}
