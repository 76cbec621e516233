import type { Nodes, Root } from 'mdast'
import type { SourceText } from '../model/block.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'
import { isBlankLine, type PlainMarkdownBlock } from './plain-markdown-blocks.js'
import { lineContentEnd } from './source-text.js'

/**
 * What the Markdown parser reads of a document once its plain blocks are read without it: the
 * rest, piece by piece, joined by a blank line, and where each piece stands in the source.
 */
export interface MarkdownParserInput {
  text: string
  /** Offsets where the pieces start in `text`, ascending. */
  starts: number[]
  /** Where each piece starts in the source. */
  sourceStarts: number[]
  /** Line index (from 0) of each piece's first line, in `text` and in the source. */
  lines: number[]
  sourceLines: number[]
}

/**
 * The parts of a Markdown document outside its plain blocks, as one text for the parser: each run
 * of lines between two plain blocks (blank lines at either end left out) is a piece, and the
 * pieces are joined by a blank line, which ends whatever the blank lines and plain blocks between
 * them ended in the source (see `findPlainMarkdownBlocks`: no construct reaches across a plain
 * block, and the first line after one closes any list or code). One parse, so link reference
 * definitions still reach every piece. Null when nothing but blank lines is left.
 */
export function markdownParserInput(source: SourceText, blocks: readonly PlainMarkdownBlock[]): MarkdownParserInput | null {
  const text = source.text
  const starts = source.lineStarts
  if (blocks.length === 0) return { text, starts: [0], sourceStarts: [0], lines: [0], sourceLines: [0] }
  const input: MarkdownParserInput = { text: '', starts: [], sourceStarts: [], lines: [], sourceLines: [] }
  const pieces: string[] = []
  let length = 0
  let lineCount = 0
  const addPiece = (from: number, to: number) => {
    if (from >= to) return
    // The piece: from the first line with a printed character to the end of the last one.
    let first = lastIndexAtMost(starts, from)
    if ((starts[first] as number) < from) first++
    let last = lastIndexAtMost(starts, Math.max(0, to - 1))
    while (first <= last && isBlankLine(source, first)) first++
    while (last >= first && isBlankLine(source, last)) last--
    if (first > last) return
    const start = starts[first] as number
    const piece = text.slice(start, lineContentEnd(source, last))
    if (pieces.length > 0) {
      pieces.push('\n\n')
      length += 2
      lineCount += 2
    } else if (start > 0 && text.charCodeAt(start) === 0xfeff) {
      // The parser drops a byte order mark that starts its text; this one is a character of the
      // source's middle: a blank line before it keeps it.
      pieces.push('\n')
      length += 1
      lineCount += 1
    }
    input.starts.push(length)
    input.sourceStarts.push(start)
    input.lines.push(lineCount)
    input.sourceLines.push(first)
    pieces.push(piece)
    length += piece.length
    lineCount += last - first
  }
  let at = 0
  for (const block of blocks) {
    addPiece(at, block.from)
    at = block.to
  }
  addPiece(at, text.length)
  if (pieces.length === 0) return null
  input.text = pieces.join('')
  return input
}

/**
 * Moves the points of the tree parsed from `input.text` to the source: offsets and lines by the
 * piece they fall in (columns are unchanged: a piece starts at a line start). remark-parse
 * (micromark) drops a leading byte order mark and counts offsets and first-line columns without it:
 * those are counted in first.
 */
export function placeParsedTree(tree: Root, input: MarkdownParserInput): void {
  const bom = input.text.charCodeAt(0) === 0xfeff
  const moved = input.starts.length > 1 || input.sourceStarts[0] !== 0
  if (!bom && !moved) return
  const visit = (node: Nodes): void => {
    const position = node.position
    if (position) {
      for (const point of [position.start, position.end]) {
        let offset = point.offset ?? 0
        if (bom) {
          offset++
          if (point.line === 1) point.column++
        }
        if (moved) {
          // Pieces are two characters apart: an end at a piece's end is still inside it.
          const piece = lastIndexAtMost(input.starts, offset)
          offset += (input.sourceStarts[piece] as number) - (input.starts[piece] as number)
          point.line += (input.sourceLines[piece] as number) - (input.lines[piece] as number)
        }
        point.offset = offset
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}
