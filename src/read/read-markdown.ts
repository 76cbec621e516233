import type { Token } from 'markdown-it'
import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, LineMarkup, ReadDocument } from '../model/block.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'
import { alignText } from './align-text.js'
import { afterQuoteMarkers, findPipeTable } from './find-pipe-table.js'
import { inlineContentOffsets } from './inline-content-offsets.js'
import { LineBuilder } from './line-builder.js'
import { inlineStart, parseMarkdown } from './parse-markdown.js'
import { PipeTableBuilder } from './pipe-table-builder.js'
import { createSourceText } from './source-text.js'
import { unmarkTitleBlock } from './unmark-title-block.js'

/** What the walk knows about the block it is in. */
interface Context {
  quote: boolean
  listItem: boolean
  /** Column where the container's content starts, after block-quote markers (list items indent it). */
  column: number
}

/** An `inline` token placed in the source: its content's span and how its offsets map there. */
interface PlacedInline {
  token: Token
  /** Source offset of the content's first character. */
  from: number
  /** Source offset after the content (after a setext heading's underline). */
  to: number
  at: (offset: number) => number
  /** First and last source line (0-based) of the content. */
  firstLine: number
  lastLine: number
}

const isBlank = (code: number) => code === 0x20 || code === 0x09

/**
 * Reads Markdown (CommonMark through markdown-it, plus GFM pipe tables) into the block model.
 * Every source line of a heading, paragraph or code block becomes a {@link Line} whose text is the
 * printed text (markers, `**`, escapes and link syntax left out) and whose map leads each character
 * back to the Markdown source. Headings carry `headingDepth`, bold-only lines `bold`, bullet items
 * `listItem`, quoted lines `quote`; an ordered item keeps its number (`1.`) in the text, because
 * reports number their headings the way Markdown numbers lists. Pipe tables become `table` blocks
 * (`via: 'markdown-table'`) with one `tableCell` line per non-blank cell.
 */
export function readMarkdown(markdown: string, diagnostics: DiagnosticList): ReadDocument {
  const source = createSourceText(markdown)
  const builder = new LineBuilder(source)
  const blocks: Block[] = []
  const tokens = parseMarkdown(markdown)
  /** The pipe table of the paragraph being read, while its rows are read. */
  let table: PipeTableBuilder | null = null
  /** The block of the paragraph's table, once its rows are read. */
  let tableBlock: Block | null = null
  let starts = new Int32Array(256)
  let ends = new Int32Array(256)

  const lineStart = (line: number) => source.lineStarts[line] ?? markdown.length
  const lineEnd = (line: number) => {
    const start = lineStart(line)
    let end = source.lineStarts[line + 1] ?? markdown.length
    while (end > start && (markdown.charCodeAt(end - 1) === 10 || markdown.charCodeAt(end - 1) === 13)) end--
    return end
  }

  const paragraph = (lines: Line[]) => {
    for (const line of lines) if (!line.blank) blocks.push({ type: 'paragraph', lines: [line], position: line.position })
  }

  /** The table, when the character or token at `offset` is in it; past its end, the table is closed. */
  const tableAt = (offset: number): PipeTableBuilder | null => {
    if (!table || offset < table.at.headerStart) return null
    if (offset < table.at.end) return table
    tableBlock = table.finish()
    table = null
    return null
  }

  const pushLine = (markup: LineMarkup, out: Line[]) => {
    builder.trimEnd()
    const line = builder.finish(markup)
    if (line) out.push(line)
  }

  // A value may hold line breaks (a code block's lines): each starts a new line.
  const addValue = (value: string, from: number, to: number, bold: boolean, markup: LineMarkup, out: Line[]) => {
    if (starts.length < value.length) {
      starts = new Int32Array(value.length * 2)
      ends = new Int32Array(value.length * 2)
    }
    alignText(value, markdown, from, to, starts, ends, 0)
    if (!table) {
      // No table: copy the runs between line breaks in bulk.
      for (let run = 0; ; ) {
        const lineBreak = value.indexOf('\n', run)
        builder.addAligned(value, starts, ends, bold, run, lineBreak < 0 ? value.length : lineBreak)
        if (lineBreak < 0) break
        pushLine(markup, out)
        run = lineBreak + 1
      }
      return
    }
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      const start = starts[i] as number
      const cells = tableAt(start)
      if (cells) cells.add(code, start, ends[i] as number, bold)
      else if (code === 10) pushLine(markup, out)
      else builder.add(code, start, ends[i] as number, bold)
    }
  }

  /** Prints the inline tokens of `inline`: text, code, line breaks; `**` makes them bold. */
  const phrasing = (inline: PlacedInline, markup: LineMarkup, out: Line[]) => {
    const children = inline.token.children ?? []
    // A token's characters are looked for up to where the first later token that starts after it
    // starts (a link's closing token records where the link started): found for all tokens in
    // one backward pass with a stack.
    const next = new Array<number>(children.length)
    const later: number[] = []
    for (let i = children.length - 1; i >= 0; i--) {
      const own = inlineStart(children[i] as Token) ?? 0
      while (later.length > 0 && (later[later.length - 1] as number) <= own) later.pop()
      next[i] = later.length > 0 ? inline.at(later[later.length - 1] as number) : inline.to
      later.push(own)
    }
    let strong = 0
    for (let i = 0; i < children.length; i++) {
      const token = children[i] as Token
      const from = inline.at(inlineStart(token) ?? 0)
      switch (token.type) {
        case 'text':
        case 'text_special':
        case 'code_inline':
          addValue(token.content, from, Math.max(from, next[i] as number), strong > 0, markup, out)
          break
        case 'softbreak': {
          const cells = tableAt(from)
          if (cells) cells.add(10, from, from + 1, false)
          else pushLine(markup, out)
          break
        }
        case 'hardbreak': {
          const cells = tableAt(from)
          if (cells) cells.endRow()
          else pushLine(markup, out)
          break
        }
        case 'strong_open':
          strong++
          break
        case 'strong_close':
          strong--
          break
        case 'html_inline':
          // Inline `<br>` is a line break; other inline tags print nothing.
          if (/^<br\b/iu.test(token.content)) {
            const cells = tableAt(from)
            if (cells) cells.breakLine()
            else pushLine(markup, out)
          }
          break
        default:
          // Emphasis and link markers print nothing (their text does); images print nothing.
          break
      }
    }
  }

  /** Places an `inline` token (of a paragraph, an ATX heading or a setext heading) in the source. */
  const place = (token: Token | undefined, heading: 'atx' | 'setext' | null): PlacedInline | null => {
    if (!token?.map) return null
    const [first, last] = token.map
    const content = token.content
    if (heading === 'atx') {
      let i = afterQuoteMarkers(markdown, lineStart(first), lineEnd(first))
      while (isBlank(markdown.charCodeAt(i))) i++
      while (markdown.charCodeAt(i) === 0x23) i++
      const found = content === '' ? i : markdown.indexOf(content, i)
      const from = found < 0 ? i : found
      return { token, from, to: lineEnd(first), at: (offset) => from + offset, firstLine: first, lastLine: first }
    }
    const at = inlineContentOffsets(source, content, first)
    // A setext heading's content leaves out its underline, the heading's last line.
    return { token, from: at(0), to: heading === 'setext' ? lineEnd(last) : at(content.length), at, firstLine: first, lastLine: last - 1 }
  }

  /** A paragraph (or a setext heading) that may hold a pipe table: its lines, then its table. */
  const paragraphWithTable = (inline: PlacedInline, markup: LineMarkup, context: Context, underline: boolean): boolean => {
    if (inline.firstLine === inline.lastLine) return false
    const at = findPipeTable(source, inline.from, inline.to, context.column)
    if (!at) return false
    const lines: Line[] = []
    table = new PipeTableBuilder(builder, source, at, markup)
    phrasing(inline, markup, lines)
    if (underline) setextUnderline(inline.to)
    // The table is still open when the paragraph ends in it; else the builder holds a line after it.
    const block = tableBlock ?? table?.finish()
    table = null
    tableBlock = null
    pushLine(markup, lines)
    // Lines after the table (GFM ends it at a line indented as code) come after its block.
    const after = lines.findIndex((line) => line.position.start.offset >= at.end)
    paragraph(after < 0 ? lines : lines.slice(0, after))
    if (block) blocks.push(block)
    if (after >= 0) paragraph(lines.slice(after))
    return true
  }

  // A table followed by `===` reads as a setext heading without GFM; to GFM the `===` is a row.
  const setextUnderline = (to: number) => {
    const cells = tableAt(to - 1)
    if (!cells) return
    cells.endRow()
    const start = source.lineStarts[lastIndexAtMost(source.lineStarts, to - 1)] ?? to
    for (let i = afterQuoteMarkers(markdown, start, to); i < to; i++) cells.add(markdown.charCodeAt(i), i, i + 1, false)
  }

  /** Reads the block tokens from `index` up to the token of type `close` at `level` (or the end); returns the index after it. */
  const flow = (index: number, context: Context, close: string | null, level: number): number => {
    let i = index
    while (i < tokens.length) {
      const token = tokens[i] as Token
      if (token.type === close && token.level === level) return i + 1
      const markup: LineMarkup = {}
      if (context.quote) markup.quote = true
      if (context.listItem) markup.listItem = true
      switch (token.type) {
        case 'heading_open': {
          const setext = token.markup === '=' || token.markup === '-'
          const inline = place(tokens[i + 1], setext ? 'setext' : 'atx')
          const depth = Number(token.tag.slice(1))
          // A table followed by `---` reads as a setext heading without GFM: it is a table.
          if (inline && !(setext && paragraphWithTable(inline, markup, context, depth === 1))) {
            const lines: Line[] = []
            phrasing(inline, { ...markup, headingDepth: depth }, lines)
            pushLine({ ...markup, headingDepth: depth }, lines)
            paragraph(lines)
          }
          i += 3
          break
        }
        case 'paragraph_open': {
          const inline = place(tokens[i + 1], null)
          if (inline && !paragraphWithTable(inline, markup, context, false)) {
            const lines: Line[] = []
            phrasing(inline, markup, lines)
            pushLine(markup, lines)
            paragraph(lines)
          }
          i += 3
          break
        }
        case 'code_block':
        case 'fence': {
          code(token, markup)
          i++
          break
        }
        case 'blockquote_open':
          i = flow(i + 1, { ...context, quote: true }, 'blockquote_close', token.level)
          break
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const ordered = token.type === 'ordered_list_open'
          const listClose = ordered ? 'ordered_list_close' : 'bullet_list_close'
          i++
          while (i < tokens.length && !((tokens[i] as Token).type === listClose && (tokens[i] as Token).level === token.level)) {
            const item = tokens[i] as Token
            const first = tokens[i + 1]
            if (ordered) orderedMarker(item, first)
            i = flow(i + 1, { ...context, listItem: !ordered || context.listItem, column: contentColumn(item, first, context) }, 'list_item_close', item.level)
          }
          i++
          break
        }
        default:
          i++
          break
      }
    }
    return i
  }

  /** A code block: its lines as printed, each character at its place in the source. */
  const code = (token: Token, markup: LineMarkup) => {
    if (!token.map) return
    const [first, last] = token.map
    let start = afterQuoteMarkers(markdown, lineStart(first), lineEnd(first))
    if (token.type === 'fence') while (markdown.charCodeAt(start) === 0x20) start++
    // An unclosed fence runs to the end of the input.
    const closed = token.type === 'code_block' || (last - 1 > first && /^[ \t>]*(?:`{3,}|~{3,})[ \t]*$/u.test(markdown.slice(lineStart(last - 1), lineEnd(last - 1))))
    const lines: Line[] = []
    addValue(token.content.replace(/\n$/u, ''), start, Math.max(start, closed ? lineEnd(last - 1) : markdown.length), false, markup, lines)
    pushLine(markup, lines)
    paragraph(lines)
  }

  /** Where a list item's marker starts: after block-quote markers and indentation. */
  const markerStart = (item: Token) => {
    const line = item.map?.[0] ?? 0
    let i = afterQuoteMarkers(markdown, lineStart(line), lineEnd(line))
    while (isBlank(markdown.charCodeAt(i))) i++
    return i
  }

  // `1. 概述`: the number is list syntax to Markdown but part of the heading to a report.
  const orderedMarker = (item: Token, first: Token | undefined) => {
    if (!first || first.type === 'list_item_close') return
    const marker = `${item.info}${item.markup}`
    const start = markdown.indexOf(marker, markerStart(item))
    if (start < 0) return
    for (let i = 0; i < marker.length; i++) builder.add(marker.charCodeAt(i), start + i, start + i + 1)
  }

  // Where a list item's content starts in its line, for telling table rows from indented code.
  const contentColumn = (item: Token, first: Token | undefined, context: Context): number => {
    if (!first?.map || first.type === 'list_item_close') return context.column
    const line = first.map[0]
    const end = lineEnd(line)
    const markers = afterQuoteMarkers(markdown, lineStart(line), end)
    let i = line === item.map?.[0] ? markerStart(item) : markers
    if (line === item.map?.[0]) while (i < end && !isBlank(markdown.charCodeAt(i))) i++
    while (i < end && markdown.charCodeAt(i) === 0x20) i++
    return i - markers
  }

  flow(0, { quote: false, listItem: false, column: 0 }, null, 0)
  unmarkTitleBlock(builder.lines)
  if (markdown.trim() === '') diagnostics.add('read.empty-input', 'read', 'The input is empty or only white space.')
  return { source, format: 'markdown', lines: builder.lines, blocks }
}
