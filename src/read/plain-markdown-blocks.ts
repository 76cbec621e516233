import type { SourceText } from '../model/block.js'
import { findPipeTable, opensOrderedItem, type PipeTableStart } from './find-pipe-table.js'
import { lineContentEnd } from './source-text.js'
import { isWhiteSpace } from '../util/is-white-space.js'

/**
 * A block of Markdown that reads the same without a Markdown parser: its lines print as written
 * (but for backslash escapes of ASCII punctuation), and no construct around it can reach into it.
 */
export type PlainMarkdownBlock =
  /**
   * Lines of plain text: one CommonMark paragraph, each source line one printed line; a line that
   * is all bold (`**一、总体情况**`, see {@link boldLineText}) prints its text, in bold.
   */
  | { kind: 'paragraph'; from: number; to: number; firstLine: number; lastLine: number }
  /** An ATX heading (`## 一、总体情况`) whose text is `[textFrom, textTo)`. */
  | { kind: 'heading'; from: number; to: number; depth: number; textFrom: number; textTo: number }
  /** A GFM pipe table from its first line to its last (every line starting with `|`). */
  | { kind: 'table'; from: number; to: number; at: PipeTableStart }

// Character classes of ASCII code units, for the one scan over each line.
const plain = 0
/** Not allowed anywhere in a plain block: emphasis, code, links, HTML, references, tabs, controls. */
const markup = 1
const backslash = 2
const pipe = 3
const classes = new Uint8Array(128)
for (let code = 0; code < 0x20; code++) classes[code] = markup
classes[0x7f] = markup
for (const char of '`*_[<&') classes[char.charCodeAt(0)] = markup
classes[0x5c] = backslash
classes[0x7c] = pipe

/** ASCII punctuation: what a backslash escapes in CommonMark. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
}

/** What the scan of one line found: -1 when the line is not plain, else `hasPipes` or 0. */
const hasPipes = 1

/**
 * Scans line `[start, end)` for anything that makes its printed text differ from the source:
 * inline markup (`*`, `_`, `` ` ``, `[`, `<`, `&`), tabs and control characters (CommonMark turns
 * NUL into U+FFFD), white space at either end (stripped, or a hard break), a backslash that is no
 * escape of ASCII punctuation or escapes a backslash (escapes are read here; a line break after a
 * backslash is a hard break). C1 controls count as controls.
 */
function scanLine(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start)
  const last = text.charCodeAt(end - 1)
  if (first === 0x20 || last === 0x20 || last === 0x5c || (start === 0 && first === 0xfeff)) return -1
  let found = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) {
      if (code <= 0x9f) return -1
      continue
    }
    const kind = classes[code]
    if (kind === plain) continue
    if (kind === markup) return -1
    if (kind === pipe) found = hasPipes
    else {
      // A backslash escapes ASCII punctuation (which then prints as itself, markup or not) and
      // prints itself before anything else. Before a backslash, the escape reads in a way the
      // offset alignment of the parsed path does not mirror: left to the parser.
      const next = text.charCodeAt(i + 1)
      if (next === 0x5c) return -1
      if (isAsciiPunctuation(next)) i++
    }
  }
  return found
}

/**
 * The text of line `[start, end)` when the line is `**text**` and reads as one strong emphasis
 * around plain text: the text holds no markup, pipe or backslash (see `scanLine`), neither starts
 * nor ends with white space (else a `**` is not flanking and prints), and is not empty. At the
 * start and end of a line, such `**` always open and close (CommonMark's flanking rules: a line
 * break counts as white space). Returns `[textStart, textEnd)` as a pair of offsets, or null.
 */
export function boldLineText(text: string, start: number, end: number): readonly [number, number] | null {
  if (end - start < 5 || text.charCodeAt(start) !== 0x2a || text.charCodeAt(start + 1) !== 0x2a) return null
  if (text.charCodeAt(end - 1) !== 0x2a || text.charCodeAt(end - 2) !== 0x2a) return null
  const from = start + 2
  const to = end - 2
  if (isWhiteSpace(text.charCodeAt(from)) || isWhiteSpace(text.charCodeAt(to - 1))) return null
  if (scanLine(text, from, to) !== 0) return null
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5c) return null
  return [from, to]
}

/**
 * Whether line `[start, end)` opens a list item (`- `, `* `, `+ `, `1. `, `12) `, or a marker
 * alone on its line), which would continue a list the parser left open before a blank line.
 */
function startsListItem(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  if (first !== 0x2d && first !== 0x2b && first !== 0x2a) return opensOrderedItem(text, start, end)
  return start + 1 >= end || text.charCodeAt(start + 1) === 0x20 || text.charCodeAt(start + 1) === 0x09
}

/** Characters that may start a block (or a line that is no plain paragraph line) in CommonMark. */
const blockStarters = new Set([...'#>-+*=_<`~|['].map((char) => char.charCodeAt(0)))

/** Whether the whole document holds a construct that can span blank lines: a fence or an HTML block of types 1–5. */
const spanningConstruct = /```|~~~|^ {0,3}<(?:script|pre|style|textarea|!|\?)/imu

/**
 * Finds the blocks of a Markdown document that read the same without the Markdown parser, so the
 * reader can hand the parser only the rest (it parses plain text at a fraction of a CommonMark
 * tokenizer's cost, and pipe tables are read by GFM's rules anyway; see `findPipeTable`).
 *
 * A block is a run of non-blank lines between blank lines (or the document's ends) that is one of:
 * a paragraph whose lines start with no block marker, carry no inline markup and no `|` (a pipe
 * makes a multi-line paragraph a table candidate), or are all bold around such text
 * (`boldLineText`); an ATX heading alone on its run; or a pipe table whose every line starts with
 * `|` and which `findPipeTable` reads as a table from the first line to the last. Escapes of ASCII punctuation are allowed (the reader maps them as the parser does).
 *
 * What lies around such a run cannot reach into it: a blank line closes block quotes and
 * paragraphs; a list or indented code left open before it is closed by its unindented first line,
 * and the line after the next blank must be unindented and open no list item, so that the parser,
 * which sees a blank line in its place (`markdownParserInput`), closes them there too (else the run
 * is left to it). A document with a code fence or an HTML block that may span blank lines has no
 * plain block.
 */
export function findPlainMarkdownBlocks(source: SourceText): PlainMarkdownBlock[] {
  const text = source.text
  const blocks: PlainMarkdownBlock[] = []
  if (spanningConstruct.test(text)) return blocks
  const starts = source.lineStarts
  const lineCount = starts.length
  let line = 0
  let pending: PlainMarkdownBlock | null = null
  while (line < lineCount) {
    if (isBlankLine(source, line)) {
      line++
      continue
    }
    const first = line
    while (line < lineCount && !isBlankLine(source, line)) line++
    const firstStart = starts[first] as number
    const firstEnd = lineContentEnd(source, first)
    // The run before this one stays plain only if this run cannot continue what the parser leaves
    // open across the blank lines in its place.
    if (pending) {
      const code = text.charCodeAt(firstStart)
      if (code !== 0x20 && code !== 0x09 && !startsListItem(text, firstStart, firstEnd)) blocks.push(pending)
    }
    pending = plainRun(source, first, line - 1)
  }
  if (pending) blocks.push(pending)
  return blocks
}

/** The plain block of lines `first` to `last` (non-blank, between blank lines), or null. */
function plainRun(source: SourceText, first: number, last: number): PlainMarkdownBlock | null {
  const text = source.text
  const from = source.lineStarts[first] as number
  const to = lineContentEnd(source, last)
  const opening = text.charCodeAt(from)
  if (opening === 0x23) return first === last ? plainHeading(text, from, to) : null
  if (opening === 0x7c) {
    for (let line = first; line <= last; line++) {
      const start = source.lineStarts[line] as number
      if (text.charCodeAt(start) !== 0x7c || scanLine(text, start, lineContentEnd(source, line)) < 0) return null
    }
    const at = findPipeTable(source, from, to)
    return at && at.headerStart === from && at.end === to ? { kind: 'table', from, to, at } : null
  }
  for (let line = first; line <= last; line++) {
    const start = source.lineStarts[line] as number
    const end = lineContentEnd(source, line)
    if (text.charCodeAt(start) === 0x2a && boldLineText(text, start, end)) continue
    if (blockStarters.has(text.charCodeAt(start)) || startsListItem(text, start, end)) return null
    const found = scanLine(text, start, end)
    if (found < 0 || (found === hasPipes && first !== last)) return null
  }
  return { kind: 'paragraph', from, to, firstLine: first, lastLine: last }
}

/** An ATX heading on `[from, to)` with text and no closing `#` sequence, or null. */
function plainHeading(text: string, from: number, to: number): PlainMarkdownBlock | null {
  let i = from
  while (i < to && text.charCodeAt(i) === 0x23) i++
  const depth = i - from
  if (depth > 6 || text.charCodeAt(i) !== 0x20) return null
  while (i < to && text.charCodeAt(i) === 0x20) i++
  if (i >= to || text.charCodeAt(to - 1) === 0x23 || scanLine(text, i, to) < 0) return null
  return { kind: 'heading', from, to, depth, textFrom: i, textTo: to }
}

/** Whether source line `line` is blank to CommonMark: nothing but spaces and tabs. */
export function isBlankLine(source: SourceText, line: number): boolean {
  const end = lineContentEnd(source, line)
  for (let i = source.lineStarts[line] as number; i < end; i++) {
    const code = source.text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/** Something that takes printed characters with their source spans (a line or a table builder). */
export interface PrintedCharacterSink {
  add(code: number, start: number, end: number, bold: boolean): void
}

/**
 * Adds the printed characters of plain-block source `[from, to)` to `sink` as the Markdown walk
 * would from the parser's text: a backslash escape of ASCII punctuation prints the punctuation with
 * the span of both characters (see `alignText`), a CR or CRLF is one line feed (the LF's span for
 * CRLF), everything else prints itself.
 */
export function addPrinted(text: string, from: number, to: number, sink: PrintedCharacterSink): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) continue
      sink.add(10, i, i + 1, false)
    } else if (code === 0x5c && i + 1 < to && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      sink.add(text.charCodeAt(i + 1), i, i + 2, false)
      i++
    } else sink.add(code, i, i + 1, false)
  }
}
