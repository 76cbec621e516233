import type { Line, SourceText } from '../model/block.js'
import type { Position } from '../model/position.js'
import { spanPosition } from './source-text.js'

/** Source offset where character `index` of the line's normalised text starts. */
export function sourceStart(line: Line, index: number): number {
  if (!line.map) return line.position.start.offset + index
  if (index >= line.map.starts.length) return line.position.end.offset
  return line.map.starts[index] ?? line.position.end.offset
}

/** Source offset just after character `index - 1` of the line's normalised text. */
export function sourceEnd(line: Line, index: number): number {
  if (index <= 0) return sourceStart(line, 0)
  if (!line.map) return line.position.start.offset + index
  return line.map.ends[index - 1] ?? line.position.end.offset
}

/** Position of `[start, end)` of a line's normalised text in the source. */
export function linePosition(source: SourceText, line: Line, start: number, end: number): Position {
  const from = sourceStart(line, start)
  const to = Math.max(from, sourceEnd(line, end))
  const { start: first, end: last } = line.position
  // A span inside a line printed on one source line: its points need no search of the line starts.
  if (first.line === last.line && from >= first.offset && to <= last.offset) {
    const lineStart = first.offset - first.column + 1
    const start = { line: first.line, column: from - lineStart + 1, offset: from }
    // An empty span (a blank grid cell, a third of a large input's cells) has one point for both
    // ends: positions are never changed in place.
    return { start, end: to === from ? start : { line: first.line, column: to - lineStart + 1, offset: to } }
  }
  return spanPosition(source, from, to)
}

/**
 * The text of `[start, end)` of a line's normalised text, as printed. When `raw` and `text` run
 * index for index (plain-text lines without dropped characters; every Markdown and HTML line),
 * this is `raw.slice(start, end)`: for markup input the source slice would hold tags and entities.
 */
export function lineSourceText(source: SourceText, line: Line, start: number, end: number): string {
  if (line.raw.length === line.text.length) return line.raw.slice(start, Math.max(start, end))
  const from = sourceStart(line, start)
  return source.text.slice(from, Math.max(from, sourceEnd(line, end)))
}
