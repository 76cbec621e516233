import type { Heading, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, LineMarkup, ReadDocument } from '../model/block.js'
import { alignText } from './align-text.js'
import { afterQuoteMarkers, findPipeTable } from './find-pipe-table.js'
import { LineBuilder } from './line-builder.js'
import { PipeTableBuilder } from './pipe-table-builder.js'
import { addPrinted, boldLineText, findPlainMarkdownBlocks, type PlainMarkdownBlock } from './plain-markdown-blocks.js'
import { markdownParserInput, placeParsedTree } from './markdown-parser-input.js'
import { createSourceText, lineContentEnd } from './source-text.js'
import { unmarkTitleBlock } from './unmark-title-block.js'
import { readHtmlTables } from './read-html.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'

// CommonMark only: of GFM the reports need pipe tables alone, and `findPipeTable` finds them in
// the paragraphs for a fraction of what the GFM extensions (tables, autolink literals, footnotes,
// strikethrough, task lists) cost to tokenise.
const parser = unified().use(remarkParse)

/** How `readMarkdown` reads. */
export interface ReadMarkdownOptions {
  /**
   * Read the plain blocks of the document (paragraphs of plain text, ATX headings, pipe tables
   * with no inline markup; see `findPlainMarkdownBlocks`) without remark-parse, which then reads
   * only the rest. The result is the same either way (a property test holds the two equal);
   * `false` sends every block through remark-parse. Default `true`.
   */
  plainBlocks?: boolean
}

/** What the walk knows about the block it is in. */
interface Context {
  quote: boolean
  listItem: boolean
  /** Column where the container's content starts, after block-quote markers (list items indent it). */
  column: number
}

/** A text with every character but line breaks turned into a space: the same length, the same lines. */
const blank = (text: string) => text.replace(/[^\r\n]/gu, ' ')

/**
 * Reads Markdown (CommonMark through remark-parse, plus GFM pipe tables) into the block model.
 * Every source line of a heading, paragraph or code block becomes a {@link Line} whose text is the
 * printed text (markers, `**`, escapes and link syntax left out) and whose map leads each character
 * back to the Markdown source. Headings carry `headingDepth`, bold-only lines `bold`, bullet items
 * `listItem`, quoted lines `quote`; an ordered item keeps its number (`1.`) in the text, because
 * reports number their headings the way Markdown numbers lists. Pipe tables become `table` blocks
 * (`via: 'markdown-table'`) with one `tableCell` line per non-blank cell; an HTML block's tables
 * are read as a web page's (`via: 'html-table'`), positions in the Markdown source.
 */
export function readMarkdown(markdown: string, diagnostics: DiagnosticList, options: ReadMarkdownOptions = {}): ReadDocument {
  const source = createSourceText(markdown)
  const builder = new LineBuilder(source)
  const blocks: Block[] = []
  const plainBlocks = options.plainBlocks === false ? [] : findPlainMarkdownBlocks(source)
  const input = markdownParserInput(source, plainBlocks)
  const tree: Root = input === null ? { type: 'root', children: [] } : (parser.parse(input.text) as Root)
  if (input) placeParsedTree(tree, input)
  /** The pipe table of the paragraph being read, while its rows are read. */
  let table: PipeTableBuilder | null = null
  /** The block of the paragraph's table, once its rows are read. */
  let tableBlock: Block | null = null
  let starts = new Int32Array(256)
  let ends = new Int32Array(256)

  const paragraph = (lines: Line[]) => {
    for (const line of lines) if (!line.blank) blocks.push({ type: 'paragraph', lines: [line], position: line.position })
  }

  /** The table, when the character or node at `offset` is in it; past its end, the table is closed. */
  const tableAt = (offset: number | undefined): PipeTableBuilder | null => {
    if (!table || offset === undefined || offset < table.at.headerStart) return null
    if (offset < table.at.end) return table
    tableBlock = table.finish()
    table = null
    return null
  }

  // `endsLine`: the line ends after the last node (a paragraph or heading read from the top).
  const phrasing = (nodes: readonly PhrasingContent[], markup: LineMarkup, bold: boolean, out: Line[], endsLine = false): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          addValue(node.value, node.position?.start.offset, node.position?.end.offset, bold, markup, out, endsLine && node === nodes[nodes.length - 1])
          break
        case 'break': {
          const cells = tableAt(node.position?.start.offset)
          if (cells) cells.endRow()
          else pushLine(markup, out)
          break
        }
        case 'strong':
          phrasing(node.children, markup, true, out)
          break
        case 'emphasis':
        case 'delete':
        case 'link':
        case 'linkReference':
          phrasing(node.children, markup, bold, out)
          break
        case 'html':
          // Inline `<br>` is a line break; other inline tags print nothing.
          if (/^<br\b/iu.test(node.value)) {
            const cells = tableAt(node.position?.start.offset)
            if (cells) cells.breakLine()
            else pushLine(markup, out)
          }
          break
        default:
          break
      }
    }
  }

  const pushLine = (markup: LineMarkup, out: Line[]) => {
    builder.trimEnd()
    const line = builder.finish(markup)
    if (line) out.push(line)
  }

  // A value may hold line breaks (a paragraph over several source lines): each starts a new line.
  // `endsLine`: nothing follows the value on its last line (the caller ends the line next).
  const addValue = (value: string, from: number | undefined, to: number | undefined, bold: boolean, markup: LineMarkup, out: Line[], endsLine = false) => {
    if (from === undefined || to === undefined) return
    if (starts.length < value.length) {
      starts = new Int32Array(value.length * 2)
      ends = new Int32Array(value.length * 2)
    }
    const asWritten = alignText(value, markdown, from, to, starts, ends, 0)
    if (!table) {
      // No table: copy the runs between line breaks in bulk.
      // The next CR is searched for again only once passed: most values hold none, and searching
      // from every line to the value's end would be quadratic in its lines.
      let cr = value.indexOf('\r')
      for (let run = 0; ; ) {
        if (cr >= 0 && cr < run) cr = value.indexOf('\r', run)
        const lf = value.indexOf('\n', run)
        const lineBreak = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf)
        if (asWritten && (lineBreak >= 0 || endsLine) && builder.length === 0) {
          // A whole line of the source as written: made from the source, no copy.
          const line = builder.finishSourceLine(from + run, from + (lineBreak < 0 ? value.length : lineBreak), bold, markup)
          if (line) out.push(line)
          if (lineBreak < 0) break
        } else {
          builder.addAligned(value, starts, ends, bold, run, lineBreak < 0 ? value.length : lineBreak)
          if (lineBreak < 0) break
          pushLine(markup, out)
        }
        run = lineBreak + (value.charCodeAt(lineBreak) === 13 && value.charCodeAt(lineBreak + 1) === 10 ? 2 : 1)
      }
      return
    }
    for (let i = 0; i < value.length; i++) {
      // The table's characters go to it a run at a time; what lies before or after it, below.
      const next = table ? table.addRun(value, starts, ends, i, value.length, bold) : i
      if (next > i) {
        i = next - 1
        continue
      }
      let code = value.charCodeAt(i)
      // CRLF and CR end a line as LF does (CommonMark keeps the source's line endings in text).
      if (code === 13) {
        if (value.charCodeAt(i + 1) === 10) continue
        code = 10
      }
      const start = starts[i] as number
      const cells = tableAt(start)
      if (cells) cells.add(code, start, ends[i] as number, bold)
      else if (code === 10) pushLine(markup, out)
      else builder.add(code, start, ends[i] as number, bold)
    }
  }

  /** A paragraph (or a setext heading) that may hold a pipe table: its lines, then its table. */
  const paragraphWithTable = (node: Paragraph | Heading, markup: LineMarkup, context: Context): boolean => {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined || node.position?.start.line === node.position?.end.line) return false
    const at = findPipeTable(source, from, to, context.column)
    if (!at) return false
    const lines: Line[] = []
    table = new PipeTableBuilder(builder, source, at, markup)
    phrasing(node.children, markup, false, lines)
    if (node.type === 'heading' && node.depth === 1) setextUnderline(to)
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
    const lineStart = source.lineStarts[lastIndexAtMost(source.lineStarts, to - 1)] ?? to
    for (let i = afterQuoteMarkers(markdown, lineStart, to); i < to; i++) cells.add(markdown.charCodeAt(i), i, i + 1, false)
  }

  const flow = (nodes: readonly RootContent[], context: Context): void => {
    for (const node of nodes) flowNode(node, context)
  }

  const flowNode = (node: RootContent, context: Context): void => {
    const markup: LineMarkup = {}
    if (context.quote) markup.quote = true
    if (context.listItem) markup.listItem = true
    switch (node.type) {
      case 'heading': {
        // A table followed by `---` reads as a setext heading without GFM: it is a table.
        if (paragraphWithTable(node, markup, context)) break
        const lines: Line[] = []
        phrasing(node.children, { ...markup, headingDepth: node.depth }, false, lines, true)
        pushLine({ ...markup, headingDepth: node.depth }, lines)
        paragraph(lines)
        break
      }
      case 'paragraph': {
        if (paragraphWithTable(node, markup, context)) break
        const lines: Line[] = []
        phrasing(node.children, markup, false, lines, true)
        pushLine(markup, lines)
        paragraph(lines)
        break
      }
      case 'code': {
        const lines: Line[] = []
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        addValue(node.value, start, end, false, markup, lines)
        pushLine(markup, lines)
        paragraph(lines)
        break
      }
      case 'html': {
        // An HTML table (PDF-to-Markdown tools write tables with spans so): read as on a web page.
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined || !/<table[\s>]/iu.test(node.value)) break
        const masked = `${blank(markdown.slice(0, start))}${markdown.slice(start, end)}${blank(markdown.slice(end))}`
        blocks.push(...readHtmlTables(source, masked, builder))
        break
      }
      case 'blockquote':
        flow(node.children, { ...context, quote: true })
        break
      case 'list':
        for (const item of node.children) {
          if (node.ordered) orderedMarker(item)
          flow(item.children, { ...context, listItem: !node.ordered || context.listItem, column: contentColumn(item, context) })
        }
        break
      default:
        break
    }
  }

  // `1. 概述`: the number is list syntax to Markdown but part of the heading to a report.
  const orderedMarker = (item: Parents) => {
    const start = item.position?.start.offset
    const first = item.children[0]
    const end = first?.position?.start.offset
    if (start === undefined || end === undefined) return
    const marker = markdown.slice(start, end).trimEnd()
    for (let i = 0; i < marker.length; i++) builder.add(marker.charCodeAt(i), start + i, start + i + 1)
  }

  // Where a list item's content starts in its line, for telling table rows from indented code.
  const contentColumn = (item: Parents, context: Context): number => {
    const start = item.children[0]?.position?.start.offset
    if (start === undefined) return context.column
    const lineStart = source.lineStarts[(item.children[0]?.position?.start.line ?? 1) - 1] ?? 0
    return start - afterQuoteMarkers(markdown, lineStart, start)
  }

  let nextBackslash = markdown.indexOf('\\')
  /** Reads a plain block as the walk reads the node remark-parse would make of it (see `flowNode`). */
  const plainBlock = (block: PlainMarkdownBlock): void => {
    const markup: LineMarkup = block.kind === 'heading' ? { headingDepth: block.depth } : {}
    if (block.kind === 'table') {
      const cells = new PipeTableBuilder(builder, source, block.at, markup)
      addPrinted(markdown, block.from, block.to, cells)
      blocks.push(cells.finish())
      return
    }
    const lines: Line[] = []
    const first = block.kind === 'heading' ? 0 : block.firstLine
    const last = block.kind === 'heading' ? 0 : block.lastLine
    for (let line = first; line <= last; line++) {
      const start = block.kind === 'heading' ? block.textFrom : (source.lineStarts[line] as number)
      const end = block.kind === 'heading' ? block.textTo : lineContentEnd(source, line)
      // The next backslash, searched for again only once passed: blocks and lines come in source
      // order, so the searches cover the text once.
      if (nextBackslash >= 0 && nextBackslash < start) nextBackslash = markdown.indexOf('\\', start)
      // A line all bold (`**一、总体情况**`): what the walk makes of the strong node, its text in bold.
      // (Every line starts on an empty builder: the line before it was pushed.)
      const bold = block.kind === 'paragraph' && markdown.charCodeAt(start) === 0x2a ? boldLineText(markdown, start, end) : null
      if (bold) {
        const made = builder.finishSourceLine(bold[0], bold[1], true, markup)
        if (made) lines.push(made)
        continue
      }
      // What `addValue` does with a paragraph's text: a line as written is a slice of the source.
      if (builder.length === 0 && (nextBackslash < 0 || nextBackslash >= end)) {
        const made = builder.finishSourceLine(start, end, false, markup)
        if (made) lines.push(made)
        continue
      }
      addPrinted(markdown, start, end, builder)
      if (line < last) pushLine(markup, lines)
    }
    pushLine(markup, lines)
    paragraph(lines)
  }

  // The plain blocks go in between the parsed ones, in source order: none lies inside a parsed
  // block (see `findPlainMarkdownBlocks`), so they fall between the root's children.
  let nextPlain = 0
  const plainBefore = (offset: number) => {
    for (; nextPlain < plainBlocks.length && (plainBlocks[nextPlain] as PlainMarkdownBlock).from < offset; nextPlain++) plainBlock(plainBlocks[nextPlain] as PlainMarkdownBlock)
  }
  const root: Context = { quote: false, listItem: false, column: 0 }
  for (const node of tree.children) {
    plainBefore(node.position?.start.offset ?? 0)
    flowNode(node, root)
  }
  plainBefore(markdown.length + 1)
  unmarkTitleBlock(builder.lines)
  if (markdown.trim() === '') diagnostics.add('read.empty-input', 'read', 'The input is empty or only white space.')
  return { source, format: 'markdown', lines: builder.lines, blocks }
}
