import type { Parents, PhrasingContent, Root, RootContent, Table } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, LineMarkup, ReadDocument } from '../model/block.js'
import type { GridCell } from '../model/grid.js'
import { alignText } from './align-text.js'
import { LineBuilder } from './line-builder.js'
import { createSourceText, spanPosition } from './source-text.js'
import { unmarkTitleBlock } from './unmark-title-block.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/** What the walk knows about the block it is in. */
interface Context {
  quote: boolean
  listItem: boolean
}

/**
 * Reads Markdown (CommonMark + GFM, through remark-parse and remark-gfm) into the block model.
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
  const tree = parser.parse(markdown) as Root

  const paragraph = (lines: Line[]) => {
    for (const line of lines) if (!line.blank) blocks.push({ type: 'paragraph', lines: [line], position: line.position })
  }

  const phrasing = (nodes: readonly PhrasingContent[], markup: LineMarkup, bold: boolean, out: Line[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          addValue(node.value, node.position?.start.offset, node.position?.end.offset, bold, markup, out)
          break
        case 'break':
          pushLine(markup, out)
          break
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
          if (/^<br\b/iu.test(node.value)) pushLine(markup, out)
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
  const addValue = (value: string, from: number | undefined, to: number | undefined, bold: boolean, markup: LineMarkup, out: Line[]) => {
    if (from === undefined || to === undefined) return
    const starts = new Int32Array(value.length)
    const ends = new Int32Array(value.length)
    alignText(value, markdown, from, to, starts, ends, 0)
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (code === 10) {
        pushLine(markup, out)
        continue
      }
      builder.add(code, starts[i] as number, ends[i] as number, bold)
    }
  }

  const flow = (nodes: readonly RootContent[], context: Context): void => {
    for (const node of nodes) {
      const markup: LineMarkup = {}
      if (context.quote) markup.quote = true
      if (context.listItem) markup.listItem = true
      switch (node.type) {
        case 'heading': {
          const lines: Line[] = []
          phrasing(node.children, { ...markup, headingDepth: node.depth }, false, lines)
          pushLine({ ...markup, headingDepth: node.depth }, lines)
          paragraph(lines)
          break
        }
        case 'paragraph': {
          const lines: Line[] = []
          phrasing(node.children, markup, false, lines)
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
        case 'blockquote':
          flow(node.children, { ...context, quote: true })
          break
        case 'list':
          for (const item of node.children) {
            if (node.ordered) orderedMarker(item)
            flow(item.children, { ...context, listItem: !node.ordered || context.listItem })
          }
          break
        case 'table':
          blocks.push(table(node, markup))
          break
        default:
          break
      }
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

  const table = (node: Table, markup: LineMarkup): Block => {
    const rows: GridCell[][] = []
    const lines: Line[] = []
    for (const row of node.children) {
      const cells: GridCell[] = []
      for (const cell of row.children) {
        const cellLines: Line[] = []
        const cellMarkup = { ...markup, tableCell: true }
        phrasing(cell.children, cellMarkup, false, cellLines)
        pushLine(cellMarkup, cellLines)
        // A blank cell (`&nbsp;`) has no line of its own, as in the HTML reader.
        const printed = cellLines.filter((line) => !line.blank)
        if (printed.length < cellLines.length) {
          // The cell's lines are the last ones built: take them back, keep the printed ones.
          builder.lines.length -= cellLines.length
          for (const line of printed) {
            line.index = builder.lines.length
            builder.lines.push(line)
          }
        }
        lines.push(...printed)
        const text = printed.map((line) => line.raw).join(' ').trim()
        const first = printed[0]
        const last = printed[printed.length - 1]
        const cellPosition = first && last
          ? { start: first.position.start, end: last.position.end }
          : cell.position?.start.offset !== undefined && cell.position.end.offset !== undefined
            ? spanPosition(source, cell.position.start.offset, cell.position.end.offset)
            : null
        cells.push({ text, position: cellPosition })
      }
      rows.push(cells)
    }
    const width = Math.max(0, ...rows.map((row) => row.length))
    for (const row of rows) while (row.length < width) row.push({ text: '', position: null })
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    return { type: 'table', rows, lines, position: spanPosition(source, start, end), via: 'markdown-table' }
  }

  flow(tree.children, { quote: false, listItem: false })
  unmarkTitleBlock(builder.lines)
  if (markdown.trim() === '') diagnostics.add('read.empty-input', 'read', 'The input is empty or only white space.')
  return { source, format: 'markdown', lines: builder.lines, blocks }
}

