import type { SourceText } from '../model/block.js'
import type { Point, Position } from '../model/position.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'

/** Indexes the line starts of `text` (line breaks: CRLF, CR, LF). */
export function createSourceText(text: string): SourceText {
  const lineStarts = [0]
  if (!text.includes('\r')) {
    // LF only, the common case: the native search finds each break.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
    return { text, lineStarts }
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) lineStarts.push(i + 1)
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      lineStarts.push(i + 1)
    }
  }
  return { text, lineStarts }
}

/** Where the text of line `line` (from 0) ends: before its line break (LF, CR or CRLF). */
export function lineContentEnd(source: SourceText, line: number): number {
  const start = source.lineStarts[line] as number
  let end = source.lineStarts[line + 1] ?? source.text.length
  if (end > start && source.text.charCodeAt(end - 1) === 10) end--
  if (end > start && source.text.charCodeAt(end - 1) === 13) end--
  return end
}

/** The unist point of a source offset (binary search over the line starts). */
export function pointAt(source: SourceText, offset: number): Point {
  const starts = source.lineStarts
  const index = lastIndexAtMost(starts, offset)
  return { line: index + 1, column: offset - (starts[index] ?? 0) + 1, offset }
}

/** The position of the source span `[start, end)`. */
export function spanPosition(source: SourceText, start: number, end: number): Position {
  return { start: pointAt(source, start), end: pointAt(source, end) }
}
