import type { SourceText } from '../model/block.js'
import type { Point, Position } from '../model/position.js'

/** Indexes the line starts of `text` (line breaks: CRLF, CR, LF). */
export function createSourceText(text: string): SourceText {
  const lineStarts = [0]
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

/** The unist point of a source offset (binary search over the line starts). */
export function pointAt(source: SourceText, offset: number): Point {
  const starts = source.lineStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset }
}

/** The position of the source span `[start, end)`. */
export function spanPosition(source: SourceText, start: number, end: number): Position {
  return { start: pointAt(source, start), end: pointAt(source, end) }
}
