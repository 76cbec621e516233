import type { SourceText } from '../model/block.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'

/**
 * Maps offsets of an inline token's `content` to source offsets. markdown-it builds a paragraph's
 * (or setext heading's) content from its source lines `firstLine`, `firstLine + 1`, … (0-based),
 * each without its container markers and indentation, joined by line feeds and trimmed: so each
 * content line is the end of its source line, less trailing white space on the last, and less
 * leading white space markdown-it may have rebuilt from a tab. An offset inside a content line
 * maps to the same place in the source line.
 */
export function inlineContentOffsets(source: SourceText, content: string, firstLine: number): (offset: number) => number {
  const text = source.text
  const contentStarts: number[] = []
  const sourceStarts: number[] = []
  let at = 0
  for (let line = firstLine; ; line++) {
    const lineFeed = content.indexOf('\n', at)
    const piece = lineFeed < 0 ? content.slice(at) : content.slice(at, lineFeed)
    const lineStart = source.lineStarts[line] ?? text.length
    let lineEnd = source.lineStarts[line + 1] ?? text.length
    while (lineEnd > lineStart && (text.charCodeAt(lineEnd - 1) === 10 || text.charCodeAt(lineEnd - 1) === 13)) lineEnd--
    // The last line lost its trailing spaces and tabs.
    let end = lineEnd
    if (lineFeed < 0) while (end > lineStart && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--
    const body = piece.replace(/^[ \t]+/u, '')
    const found = end - body.length >= lineStart && text.startsWith(body, end - body.length)
    contentStarts.push(at)
    sourceStarts.push(found ? end - body.length - (piece.length - body.length) : lineStart)
    if (lineFeed < 0) break
    at = lineFeed + 1
  }
  return (offset) => {
    const line = lastIndexAtMost(contentStarts, offset)
    return (sourceStarts[line] as number) + offset - (contentStarts[line] as number)
  }
}
