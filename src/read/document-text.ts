import type { Line, ReadDocument } from '../model/block.js'
import type { Position } from '../model/position.js'
import { linePosition } from './line-position.js'

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
  const fullParts: string[] = []
  const fullLineStarts: number[] = []
  let fullLength = 0
  let capacity = 0
  for (const line of document.lines) if (!line.ignored) capacity += line.text.length
  // Runs between spaces are copied as slices; line and column of each compact character go to
  // typed arrays (a 5 MB input has millions of characters).
  const compactParts: string[] = []
  const lineSlots = new Int32Array(capacity)
  const columns = new Int32Array(capacity)
  let compactLength = 0
  for (const line of document.lines) {
    if (line.ignored) continue
    fullLineStarts.push(fullLength)
    lineOf.push(line)
    fullParts.push(line.text)
    fullLength += line.text.length + 1
    const slot = lineOf.length - 1
    const text = line.text
    let runStart = 0
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0x20
      if (code !== 0x20 && code !== 0x09) {
        lineSlots[compactLength] = slot
        columns[compactLength++] = i
        continue
      }
      if (i > runStart) compactParts.push(text.slice(runStart, i))
      runStart = i + 1
    }
  }
  // Views of the filled length: an index past the end reads undefined, as with an array.
  const compactLine = lineSlots.subarray(0, compactLength)
  const compactColumn = columns.subarray(0, compactLength)
  const full = fullParts.join('\n')
  const compact = compactParts.join('')
  const source = document.source

  const locateFull = (index: number): [Line, number] | undefined => {
    let low = 0
    let high = fullLineStarts.length - 1
    if (high < 0) return undefined
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((fullLineStarts[middle] ?? 0) <= index) low = middle
      else high = middle - 1
    }
    const line = lineOf[low]
    return line ? [line, index - (fullLineStarts[low] ?? 0)] : undefined
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
      const first = compactLine[start]
      const last = compactLine[Math.max(start, end - 1)]
      if (first === undefined || last === undefined) return empty
      const firstLine = lineOf[first]
      const lastLine = lineOf[last]
      if (!firstLine || !lastLine) return empty
      const startColumn = compactColumn[start] ?? 0
      const endColumn = (compactColumn[Math.max(start, end - 1)] ?? 0) + 1
      return {
        start: linePosition(source, firstLine, startColumn, startColumn + 1).start,
        end: linePosition(source, lastLine, endColumn - 1, endColumn).end,
      }
    },
  }
  cache.set(document, text)
  return text
}
