import type { Line, ReadDocument } from '../model/block.js'
import type { Position } from '../model/position.js'
import { linePosition } from './line-position.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'

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
}

const cache = new WeakMap<ReadDocument, DocumentText>()

/** Builds (once per document) the searchable text of a read document. Ignored lines are left out. */
export function documentText(document: ReadDocument): DocumentText {
  const cached = cache.get(document)
  if (cached) return cached
  const lineOf: Line[] = []
  const fullLineStarts: number[] = []
  let full = ''
  let fullLength = 0
  // Each line's text without its spaces and TABs, and where it starts in `compact`: a compact
  // index finds its line by binary search and its column by counting in that line, so no map of
  // every character is built (a 5 MB input has millions).
  const compactLineStarts: number[] = []
  let compact = ''
  // Both texts are built by appending, not by joining arrays of parts, and a line's spaces are
  // dropped by copying the runs between them rather than by a regex replace per line: V8 keeps the
  // appended pieces as a rope and copies them once into a flat string at the first search, which
  // measured ~20 % faster than the joins and replaces (bench documents, flattening included).
  for (const line of document.lines) {
    if (line.ignored) continue
    const text = line.text
    fullLineStarts.push(fullLength)
    lineOf.push(line)
    full = fullLength === 0 ? text : `${full}\n${text}`
    fullLength += text.length + 1
    compactLineStarts.push(compact.length)
    compact += text.includes(' ') || text.includes('\t') ? withoutSpaces(text) : text
  }
  const compactLength = compact.length
  const source = document.source

  const locateFull = (index: number): [Line, number] | undefined => {
    if (fullLineStarts.length === 0) return undefined
    const low = lastIndexAtMost(fullLineStarts, index)
    const line = lineOf[low]
    return line ? [line, index - (fullLineStarts[low] ?? 0)] : undefined
  }
  /** The line of compact character `index` and its column in the line's text. */
  const locateCompact = (index: number): [Line, number] | undefined => {
    if (!Number.isInteger(index) || index < 0 || index >= compactLength) return undefined
    // The last line starting at or before `index`: lines with no compact text share their start
    // with the next one, which is the one that holds the character.
    const low = lastIndexAtMost(compactLineStarts, index)
    const line = lineOf[low]
    if (!line) return undefined
    let remaining = index - (compactLineStarts[low] ?? 0)
    for (let column = 0; column < line.text.length; column++) {
      const code = line.text.charCodeAt(column)
      if (code === 0x20 || code === 0x09) continue
      if (remaining === 0) return [line, column]
      remaining--
    }
    return undefined
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
    compactPosition(start, end) {
      const from = locateCompact(start)
      const to = locateCompact(Math.max(start, end - 1))
      if (!from || !to) return empty
      return {
        start: linePosition(source, from[0], from[1], from[1] + 1).start,
        end: linePosition(source, to[0], to[1], to[1] + 1).end,
      }
    },
  }
  cache.set(document, text)
  return text
}

/** `text` without its spaces and TABs (what replacing `/[ \t]+/g` with nothing gives). */
function withoutSpaces(text: string): string {
  let squeezed = ''
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09) continue
    if (i > start) squeezed += text.slice(start, i)
    start = i + 1
  }
  return start === 0 ? text : start < text.length ? squeezed + text.slice(start) : squeezed
}

/**
 * Lets go of the searchable text built for a document (the cache would keep it as long as the
 * document lives): for a caller that is done searching and still holds the document.
 */
export function releaseDocumentText(document: ReadDocument): void {
  cache.delete(document)
}
