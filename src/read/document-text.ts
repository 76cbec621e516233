import type { Line, ReadDocument } from '../model/block.js'
import type { Position } from '../model/position.js'
import { linePosition } from './line-position.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'
import { recordedLineFacts } from './line-facts.js'

/**
 * The whole document as one searchable string, with a way back to the source. `compact` drops all
 * white space (spaces, TABs, line breaks), so `统 计 指 标` and labels split over cells match
 * `统计指标`; `full` keeps the lines, joined by `\n`.
 */
export interface DocumentText {
  full: string
  compact: string
  /** Source position of `[start, end)` of `full`. */
  fullPosition(start: number, end: number): Position
  /** Source position of `[start, end)` of `compact`. */
  compactPosition(start: number, end: number): Position
  /**
   * Where line `index` of the document starts in `full`: for a line left out, where the next kept
   * line starts; past the last kept line, `full.length + 1` (0 when no line is kept). The lines
   * before `index` are `full.slice(0, Math.max(0, fullLineStart(index) - 1))`.
   */
  fullLineStart(index: number): number
}

/**
 * The document whose text was built last, and that text: the stages of one parse ask for the same
 * document's text in turn, and the parse lets it go when done ({@link releaseDocumentText}). One
 * entry, not a `WeakMap` keyed by every document: setting a key in a `WeakMap` cost about a tenth
 * of building the text, in the bench's profile. Another document's text replaces it.
 */
let cachedDocument: ReadDocument | null = null
let cachedText: DocumentText | null = null

/**
 * Builds the searchable text of a read document, once while the document is the last one asked
 * for. Ignored lines are left out.
 */
export function documentText(document: ReadDocument): DocumentText {
  if (document === cachedDocument && cachedText !== null) return cachedText
  const text = buildDocumentText(document)
  cachedDocument = document
  cachedText = text
  return text
}

function buildDocumentText(document: ReadDocument): DocumentText {
  const lines = document.lines
  // The kept lines: the document's own array until an ignored line (rare: a stray page number)
  // calls for a copy without it.
  let lineOf: Line[] = lines
  // With lines left out: the document index of each kept line.
  let keptIndex: number[] | null = null
  // Where each kept line starts in `full`, and in `compact` (its text without spaces and TABs): an
  // index finds its line by binary search and its column by counting in that line, so no map of
  // every character is built (a 5 MB input has millions). Plain arrays of small integers: a typed
  // array's backing store is allocated outside the heap, which cost more than the pushes (profile
  // of the bench documents).
  const fullStarts: number[] = []
  const compactStarts: number[] = []
  // A plain-text document read as it is: its full text is (nearly) the input, with no line walked.
  const joined = joinedInput(document, fullStarts)
  let full = joined ?? ''
  let fullLength = joined === null ? 0 : joined.length + 1
  // `full` is built by appending, not by joining an array of parts: V8 keeps the appended pieces
  // as a rope and copies them once into a flat string (measured faster than a join).
  for (let index = 0; joined === null && index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.ignored) {
      if (lineOf === lines) {
        lineOf = lines.slice(0, index)
        keptIndex = lineOf.map((_, kept) => kept)
      }
      continue
    }
    if (lineOf !== lines) {
      lineOf.push(line)
      keptIndex?.push(index)
    }
    const text = line.text
    fullStarts.push(fullLength)
    full = fullLength === 0 ? text : `${full}\n${text}`
    fullLength += text.length + 1
  }
  const fullLineStarts = fullStarts
  const compactLineStarts = compactStarts
  const compact = withoutWhiteSpace(full, fullLineStarts, compactLineStarts)
  const compactLength = compact.length
  const source = document.source

  const locateFull = (index: number): [Line, number] | undefined => {
    if (fullLineStarts.length === 0) return undefined
    const low = lastIndexAtMost(fullLineStarts, index)
    const line = lineOf[low]
    return line ? [line, index - (fullLineStarts[low] ?? 0)] : undefined
  }
  /**
   * The line of compact character `index`, its column in the line's text and the line's place
   * among the kept lines.
   */
  const locateCompact = (index: number): [Line, number, number] | undefined => {
    if (!Number.isInteger(index) || index < 0 || index >= compactLength) return undefined
    // The last line starting at or before `index`: lines with no compact text share their start
    // with the next one, which is the one that holds the character.
    const low = lastIndexAtMost(compactLineStarts, index)
    const line = lineOf[low]
    if (!line) return undefined
    const column = solidColumn(line.text, 0, index - (compactLineStarts[low] ?? 0))
    return column < 0 ? undefined : [line, column, low]
  }
  const empty: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

  const text: DocumentText = {
    full,
    compact,
    fullPosition(start, end) {
      const from = locateFull(start)
      const to = locateFull(Math.max(start, end - 1))
      if (!from || !to) return empty
      const startPosition = linePosition(source, from[0], from[1], from[1] + 1)
      const endPosition = linePosition(source, to[0], to[1], Math.min(to[1] + 1, to[0].text.length))
      return { start: startPosition.start, end: endPosition.end }
    },
    fullLineStart(index) {
      // Without lines left out, line `index` is kept line `index`; else the first kept line at or
      // after it is found by binary search.
      const kept = keptIndex === null ? Math.max(0, index) : firstIndexAtLeast(keptIndex, index)
      return kept < fullLineStarts.length ? (fullLineStarts[kept] as number) : fullLength
    },
    compactPosition(start, end) {
      const from = locateCompact(start)
      const last = Math.max(start, end - 1)
      // The last character is most often on the first one's line (a signal's words): counted on
      // from the first, not from the line's start again.
      const sameLine = from !== undefined && last < compactLength && (from[2] + 1 >= compactLineStarts.length || (compactLineStarts[from[2] + 1] as number) > last)
      const to = sameLine ? atColumn(from, solidColumn(from[0].text, from[1], last - start)) : locateCompact(last)
      if (!from || !to) return empty
      return {
        start: linePosition(source, from[0], from[1], from[1] + 1).start,
        end: linePosition(source, to[0], to[1], to[1] + 1).end,
      }
    },
  }
  return text
}

/**
 * The full text of a plain-text document whose lines are all kept and still hold the texts the
 * reader gave them, when those joined with `\n` are the input but for lines folded character for
 * character (`RecordedLineFacts.joined`): the input itself, or the input with those lines put in;
 * with each line's start pushed onto `starts`. Null (and `starts` left empty) for any other
 * document: its lines are joined one by one.
 */
function joinedInput(document: ReadDocument, starts: number[]): string | null {
  const facts = recordedLineFacts(document)
  const joined = facts?.joined
  const lines = document.lines
  if (!facts || !joined || facts.texts.length !== lines.length) return null
  const texts = facts.texts
  // What `recordedForAllLines` checks (each line still holds the text recorded, compared by
  // identity first) in the same walk that takes the line starts: one read of every Line, not two.
  let start = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const text = texts[index] as string
    if (line.ignored || line.text !== text) {
      starts.length = 0
      return null
    }
    starts.push(start)
    start += text.length + 1
  }
  const { input, foldedLines } = joined
  if (foldedLines.length === 0) return input
  // The runs of the input between folded lines, and those lines' texts (of the same length).
  let full = ''
  let from = 0
  for (const index of foldedLines) {
    const at = starts[index] as number
    const text = texts[index] as string
    full = `${full}${input.slice(from, at)}${text}`
    from = at + text.length
  }
  return `${full}${input.slice(from)}`
}

/**
 * The column of the line's `count`-th character that is not a space or a TAB, counting from the
 * one at `column` (which must not be one: 0 is the first), or -1 when the line has fewer.
 */
function solidColumn(text: string, column: number, count: number): number {
  let remaining = count
  for (let at = column; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x20 || code === 0x09) continue
    if (remaining === 0) return at
    remaining--
  }
  return -1
}

/** The place `column` gives on a located line, or undefined for -1. */
function atColumn(place: [Line, number, number], column: number): [Line, number, number] | undefined {
  return column < 0 ? undefined : [place[0], column, place[2]]
}

/** Index of the first element of an ascending array that is at least `value` (`length` when none is). */
function firstIndexAtLeast(ascending: readonly number[], value: number): number {
  let low = 0
  let high = ascending.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((ascending[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Scratch code units for {@link withoutWhiteSpace}, reused from one document to the next; a
 * larger text gets its own array, so no more than this stays allocated.
 */
let scratch: Uint16Array | null = null
const scratchLimit = 1 << 19

/** Whether this machine stores a `Uint16Array` little-endian, as `Buffer`'s `utf16le` is written. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * The lines of `full` (starting at `lineStarts`, each ended by the `\n` before the next start)
 * without their spaces, TABs and line breaks; writes each line's start in the result into
 * `compactStarts`. Gives what joining the lines with `/[ \t]+/g` replaced by nothing gives.
 *
 * The text is copied once into an array of code units (a native copy), squeezed there in place,
 * and read back as one string (a native copy again). Building the string from the runs between
 * spaces instead costs a slice and an append per run, and table rows have many short runs: on the
 * bench documents that took ~110 µs a pass against ~65 µs here.
 */
function withoutWhiteSpace(full: string, lineStarts: readonly number[], compactStarts: number[]): string {
  const length = full.length
  let units = scratch
  if (units === null || units.length < length) {
    units = new Uint16Array(Math.max(length, 1 << 12))
    if (units.length <= scratchLimit) scratch = units
  }
  const bytes = Buffer.from(units.buffer, units.byteOffset, length * 2)
  bytes.write(full, 0, 'utf16le')
  if (!littleEndian) bytes.swap16()
  let to = 0
  for (let line = 0; line < lineStarts.length; line++) {
    compactStarts.push(to)
    const end = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) - 1 : length
    for (let from = lineStarts[line] as number; from < end; from++) {
      const code = units[from] as number
      // Most code units are above the space (Han characters): one compare keeps them.
      if (code > 0x20 || (code !== 0x20 && code !== 0x09)) units[to++] = code
    }
  }
  if (!littleEndian) bytes.swap16()
  return bytes.toString('utf16le', 0, to * 2)
}

/**
 * Lets go of the searchable text built for a document, and of the document (the one-entry cache
 * would keep both until another document's text is built): for a caller that is done searching.
 */
export function releaseDocumentText(document: ReadDocument): void {
  if (document !== cachedDocument) return
  cachedDocument = null
  cachedText = null
}
