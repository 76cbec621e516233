// readMarkdown parses CommonMark only and splits pipe tables itself (findPipeTable,
// PipeTableBuilder). This suite checks its tables against remark-gfm's, the GFM reference, on
// generated documents: tables with and without outer pipes, escaped pipes, blank and `&nbsp;`
// cells, ragged rows, indented rows, tables right after a paragraph line, inside block quotes,
// and followed by the block starts that end a GFM table.
import fc from 'fast-check'
import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Block } from '../../src/model/block.js'
import { readMarkdown } from '../../src/read/read-markdown.js'
import { settings } from '../properties/fc-settings.js'

const gfm = unified().use(remarkParse).use(remarkGfm)

/** A cell as readMarkdown prints it: blank (white space, NBSP, U+3000) is '', else trimmed. */
const printed = (text: string) => (text.replace(/[\s\u00a0\u3000]+/gu, '') === '' ? '' : text.trim())

/** The printed text of an mdast node: its text and code values. */
const textOf = (node: Root | RootContent): string => ('value' in node && (node.type === 'text' || node.type === 'inlineCode') ? node.value : 'children' in node ? node.children.map(textOf).join('') : '')

/** The tables remark-gfm finds, as cell texts, rows padded to the widest. */
function gfmTables(markdown: string): string[][][] {
  const tables: string[][][] = []
  const visit = (node: Root | RootContent) => {
    if (node.type === 'table') {
      const rows = node.children.map((row) => row.children.map((cell) => printed(textOf(cell))))
      const width = Math.max(...rows.map((row) => row.length))
      for (const row of rows) while (row.length < width) row.push('')
      tables.push(rows)
    } else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(gfm.parse(markdown))
  return tables
}

const tablesOf = (markdown: string) =>
  readMarkdown(markdown, new DiagnosticList()).blocks.filter((block): block is Extract<Block, { type: 'table' }> => block.type === 'table')

const cellArbitrary = fc.oneof(fc.constantFrom('', ' ', '主动公开', '12', '0', '&nbsp;', '\u3000', 'a \\| b', '1 200'), fc.stringMatching(/^[a-c1-3 ]{0,4}$/u))
const rowArbitrary = fc.record({
  cells: fc.array(cellArbitrary, { minLength: 1, maxLength: 4 }),
  leadingPipe: fc.boolean(),
  trailingPipe: fc.boolean(),
  indent: fc.constantFrom('', ' ', '   ', '    ', '\t'),
})
const writeRow = (row: { cells: string[]; leadingPipe: boolean; trailingPipe: boolean; indent: string }) =>
  `${row.indent}${row.leadingPipe ? '| ' : ''}${row.cells.join(' | ')}${row.trailingPipe ? ' |' : ''}`
const documentArbitrary = fc.record({
  before: fc.constantFrom('', '前言\n', '前言一\n前言二\n'),
  header: rowArbitrary,
  delimiter: fc.record({ cells: fc.integer({ min: 1, max: 4 }), leadingPipe: fc.boolean(), trailingPipe: fc.boolean(), cell: fc.constantFrom('---', ':--', '--:', ':-:', '-') }),
  rows: fc.array(rowArbitrary, { maxLength: 4 }),
  after: fc.constantFrom('', '\n', '\n\n后记', '\n> 引用', '\n- 列表', '\n2. 列表', '\n1. 列表', '\n---', '\n===', '\n# 标题'),
  quote: fc.boolean(),
})

describe('Markdown pipe tables', () => {
  test('should be split into the cells remark-gfm finds', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const { delimiter } = document
        // A one-column delimiter row needs a pipe somewhere.
        const delimiterRow = `${delimiter.leadingPipe ? '|' : ''}${Array<string>(delimiter.cells).fill(delimiter.cell).join('|')}${delimiter.trailingPipe || (!delimiter.leadingPipe && delimiter.cells === 1) ? '|' : ''}`
        let markdown = `${document.before}${writeRow(document.header)}\n${delimiterRow}\n${document.rows.map(writeRow).join('\n')}${document.after}\n`
        if (document.quote) markdown = markdown.split('\n').map((line) => `> ${line}`).join('\n')
        expect(tablesOf(markdown).map((table) => table.rows.map((row) => row.map((cell) => cell.text)))).toEqual(gfmTables(markdown))
      }),
      settings,
    )
  })
})
