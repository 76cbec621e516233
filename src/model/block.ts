import type { GridCell } from './grid.js'
import type { Position } from './position.js'

/** What the reader knows about a line's markup (Markdown/HTML input); empty for plain text. */
export interface LineMarkup {
  /** Markdown `#` depth or HTML `<hN>` level. */
  headingDepth?: number
  /** The whole line is bold (`**…**`, `<strong>`). */
  bold?: boolean
  /** The line is a list item (`- …`, `<li>`). */
  listItem?: boolean
  /** The line is inside a block quote. */
  quote?: boolean
  /** The line is a cell of a table the reader already recognised (Markdown/HTML tables). */
  tableCell?: boolean
}

/** Offsets of each character of a line's normalised text in the source. */
export interface OffsetMap {
  /** Source offset of the first code unit of `text[i]`. */
  starts: Int32Array
  /** Source offset just after `text[i]`. */
  ends: Int32Array
}

/**
 * One line of the read document. `text` is normalised (full-width digits, letters and brackets
 * folded, U+3000 and NBSP turned into spaces, residue removed); `map` leads each character back to
 * the source, so nothing is lost.
 */
export interface Line {
  /** 0-based index in {@link ReadDocument.lines}. */
  index: number
  /** Normalised text, without the line break. */
  text: string
  /** The source text of the line, as printed. */
  raw: string
  /** Span of the line in the source (without the line break). */
  position: Position
  /** Source offsets of `text`; null when `text[i]` is source character `position.start.offset + i`. */
  map: OffsetMap | null
  markup: LineMarkup
  /** True for lines with no text after normalisation. */
  blank: boolean
  /** Why the line is left out of the text flow (a stray page number), or undefined. */
  ignored?: 'page-number'
}

/** A block of the read document: a paragraph (one or more lines) or a table a reader recognised. */
export type Block =
  | { type: 'paragraph'; lines: Line[]; position: Position }
  | { type: 'table'; lines: Line[]; rows: GridCell[][]; position: Position; via: string }

/** The source text with a line index, for turning offsets into points. */
export interface SourceText {
  text: string
  /** Offset of the first character of each source line. */
  lineStarts: number[]
}

/** The output of the read stage: one block model with positions, whatever the input format. */
export interface ReadDocument {
  source: SourceText
  format: 'text' | 'markdown' | 'html'
  lines: Line[]
  blocks: Block[]
}
