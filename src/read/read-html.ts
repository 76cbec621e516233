import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, LineMarkup, ReadDocument, SourceText } from '../model/block.js'
import type { GridCell } from '../model/grid.js'
import type { Position } from '../model/position.js'
import { expandTableGrid, maxColumns, type SpannedCell } from './expand-table-grid.js'
import { defaultContentRoots, findContentRoot, type ContentRoot } from './find-content-root.js'
import { isChromeElement, isChromeLine, silentElements } from './html-chrome.js'
import { isElement, type HtmlElement, type HtmlNode, type HtmlRoot, type HtmlText } from './html-node.js'
import { LineBuilder } from './line-builder.js'
import { sourceEnd, sourceStart } from './line-position.js'
import { parseHtmlTree } from './parse-html-tree.js'
import { createSourceText, spanPosition } from './source-text.js'
import { unmarkTitleBlock } from './unmark-title-block.js'

/** Options of {@link readHtml}. */
export interface ReadHtmlOptions {
  /** Article containers tried before the text-density fallback. Default: `defaultContentRoots`. */
  contentRoots?: readonly ContentRoot[]
}

const headingDepths = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]])
// Elements that start and end a line of their own.
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'td', 'th', 'ul', 'option',
])
const boldStyle = /font-weight\s*:\s*(?:bold|[6-9]00)/iu
// Labels of a page's metadata block (templates.md §6 page fields); two or more make a table a field table.
const fieldLabel = /索\s*引\s*号|发\s*布\s*机\s*构|发\s*布\s*日\s*期|成\s*文\s*日\s*期|主\s*题\s*分\s*类|发\s*文\s*机\s*关|生\s*成\s*日\s*期|文\s*号|发\s*文\s*字\s*号/gu
const fieldLinePattern = /(?:索\s*引\s*号|发\s*布\s*机\s*构|发\s*布\s*日\s*期|发\s*布\s*时\s*间|成\s*文\s*日\s*期|主\s*题\s*分\s*类|发\s*文\s*机\s*关|生\s*成\s*日\s*期|文\s*号|发\s*文\s*字\s*号|名\s*称|标\s*题|来\s*源|时\s*间)\s*[:：]/u
const bareLabel = /^\s*(?:索\s*引\s*号|发\s*布\s*机\s*构|发\s*布\s*日\s*期|成\s*文\s*日\s*期|主\s*题\s*分\s*类|发\s*文\s*机\s*关|生\s*成\s*日\s*期|文\s*号|发\s*文\s*字\s*号|名\s*称|标\s*题)\s*$/u
const titleLinePattern = /(?:信息公开|政务公开).{0,20}(?:年度报告|工作报告|年报|报告)/u
const yearPattern = /\d{4}|[〇○零一二三四五六七八九]{4}/u
/** A data table with a cell longer than this is a layout table: its cells are read as running text. */
const layoutCellLength = 400

/**
 * Reads an HTML page (parsed by {@link parseHtmlTree}, htmlparser2) into the block model.
 * Only the report is read: the article container ({@link findContentRoot}), preceded by the page's
 * title line and metadata fields (索引号, 发布机构, 发布日期 … from a line or a field table) found
 * before it; navigation, breadcrumbs, share bars, footers, ICP/公网安备 lines, scripts and styles are
 * dropped. `<p>`, `<div>`, `<li>`, `<br>` and the other block elements make lines; white space
 * collapses as a browser renders it. Data tables become `table` blocks (`via: 'html-table'`) with
 * rowspan/colspan expanded into a full grid and one `tableCell` line per non-blank cell.
 *
 * Positions refer to the HTML source: every character of a line leads back to the characters that
 * printed it, a character reference (`&nbsp;`) to the whole reference, so
 * `html.slice(start.offset, end.offset)` of a one-line span shows the printed text.
 */
export function readHtml(html: string, diagnostics: DiagnosticList, options: ReadHtmlOptions = {}): ReadDocument {
  const source = createSourceText(html)
  const tree = parseHtmlTree(html)
  const body = tree.body ?? tree.root
  const found = findContentRoot(tree, options.contentRoots ?? defaultContentRoots)
  if (found.via === 'text-density') {
    const name = found.element.type === 'element' ? found.element.name : '?'
    diagnostics.add('read.content-root-guessed', 'read', `No known article container (#zoom, .TRS_Editor, …) on the page; read the element with the densest text (<${name}>).`, {
      position: spanPosition(source, found.element.start, found.element.end),
    })
  }

  const contentAncestors = new Set<HtmlNode>()
  for (let node: HtmlElement | HtmlRoot | null = found.element; node; node = node.parent) contentAncestors.add(node)

  // The page head: title and metadata fields printed before the article container.
  const head = new HtmlWalker(source, contentAncestors, found.element, true)
  head.walk(body)
  const walker = new HtmlWalker(source, contentAncestors, null, false)
  walker.walk(found.element)
  walker.breakLine()
  unmarkTitleBlock(walker.builder.lines)
  // A title printed in the article itself is the report's: a title-like line before the article is
  // taken only when it holds that title (the page's fuller `平潭综合实验区2015年度…` above an article
  // titled `2015年度…`), not when it is another report's (a sidebar list, 上一篇/下一篇 links).
  const ownTitle = walker.builder.lines.slice(0, ownTitleLineLimit).find((line) => isTitleLine(line))
  const headLines = pickHeadLines(head.builder.lines, ownTitle ? compactOf(ownTitle.text) : null)

  const lines: Line[] = []
  const blocks: Block[] = []
  for (const line of headLines) {
    lines.push(line)
    blocks.push({ type: 'paragraph', lines: [line], position: line.position })
  }
  lines.push(...walker.builder.lines)
  blocks.push(...walker.blocks)
  lines.forEach((line, index) => {
    line.index = index
  })
  for (const table of walker.raggedTables) {
    diagnostics.add('read.table-ragged', 'read', 'A table has rows of different widths; the short rows were padded with blank cells.', { position: table })
  }
  for (const table of walker.truncatedTables) {
    diagnostics.add('read.table-too-wide', 'read', `A table is wider than ${maxColumns} columns once its rowspan/colspan are expanded; the cells past that were left out.`, { position: table })
  }
  const first = tree.errors[0]
  if (first) {
    const at = Math.min(Math.max(0, first.offset), html.length)
    diagnostics.add('read.html-malformed', 'read', `The HTML has ${tree.errors.length} syntax error(s), the first “${first.code}”; read as a browser would recover.`, {
      position: spanPosition(source, at, at),
      actual: first.code,
    })
  }
  if (lines.every((line) => line.blank)) diagnostics.add('read.empty-input', 'read', 'The page has no report text.')
  return { source, format: 'html', lines, blocks }
}

/**
 * Reads the tables of an HTML fragment of another document (an HTML block of a Markdown file, as
 * PDF-to-Markdown tools write tables with spans) into that document: `masked` is the document's
 * text with everything outside the fragment blanked (the same length, so every position is the
 * document's), `builder` the document's line builder, which gets each table's cell lines. Returns
 * the table blocks, in order; text outside the tables is not read.
 */
export function readHtmlTables(source: SourceText, masked: string, builder: LineBuilder): Block[] {
  const tree = parseHtmlTree(masked)
  const walker = new HtmlWalker(source, new Set(), null, false, builder)
  const stack: HtmlNode[] = [tree.root]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.type === 'text') continue
    if (node.type === 'element' && node.name === 'table') {
      walker.walk(node)
      walker.breakLine()
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  return walker.blocks
}

/** How many of the article's first lines are looked through for its own title. */
const ownTitleLineLimit = 12

/** A link to another article printed with the page: `上一篇：…`, `下一条：…`, `相关链接：…`. */
const otherReportLink = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关链接|相关文章|相关阅读)/u

/** Whether a line reads like a report's title (`…2025年政府信息公开工作年度报告`), not a breadcrumb. */
function isTitleLine(line: Line): boolean {
  const compact = compactOf(line.text)
  return compact.length <= 80 && titleLinePattern.test(compact) && yearPattern.test(compact) && !/当前位置|您现在的位置|[>›»]/u.test(line.text) && !otherReportLink.test(compact)
}

/** A line's text without white space. */
const compactOf = (text: string) => text.replace(/\s+/gu, '')

/**
 * The last title-like line before the article — holding `ownTitle`, the title the article prints,
 * when it prints one — and every metadata field line, in page order.
 */
function pickHeadLines(lines: readonly Line[], ownTitle: string | null): Line[] {
  let title: Line | undefined
  const fields = new Set<Line>()
  for (const line of lines) {
    if (fieldLinePattern.test(line.text) && compactOf(line.text).length <= 200) fields.add(line)
    else if (isTitleLine(line) && (ownTitle === null || compactOf(line.text).includes(ownTitle))) title = line
  }
  return lines.filter((line) => line === title || fields.has(line)).map((line) => ({ ...line, markup: {} }))
}

/** Markup of the block a line is in. */
interface BlockContext {
  headingDepth?: number
  listItem?: boolean
  quote?: boolean
}

/** Deeper than this, a page is read as running text without structure (no stack overflow). */
const maxDepth = 400

/** Walks the DOM in document order, turning printed text into lines, tables into grids. */
class HtmlWalker {
  readonly builder: LineBuilder
  readonly blocks: Block[] = []
  readonly raggedTables: Position[] = []
  /** Tables wider than `maxColumns` once their spans are expanded: their cells past it were left out. */
  readonly truncatedTables: Position[] = []
  private bold = 0
  private pre = 0
  /** Inside a data-table cell: block elements add a space instead of a line break. */
  private inCell = false
  /** Inside a field table: cells are joined on one line per row. */
  private inFieldTable = 0
  private context: BlockContext = {}
  private lineContext: BlockContext = {}
  private pendingStart = -1
  private pendingEnd = -1
  private pendingNewline = false
  /** The text node the pending white space lies in, when the character before it came from there too. */
  private pendingNode: HtmlText | null = null
  /** The text node being read, and whether a character of it is already on the line. */
  private textNode: HtmlText | null = null
  private addedHere = false
  private stopped = false

  constructor(
    private readonly source: SourceText,
    private readonly contentAncestors: ReadonlySet<HtmlNode>,
    /** When set, the walk stops on reaching this node (reading the page head). */
    private readonly stopAt: HtmlNode | null,
    private readonly flatTables: boolean,
    /** The builder to add lines to: a document's own when its HTML is a fragment of it. */
    builder: LineBuilder = new LineBuilder(source),
  ) {
    this.builder = builder
  }

  walk(node: HtmlNode, depth = 0): void {
    if (this.stopped) return
    if (node === this.stopAt) {
      this.breakLine()
      this.stopped = true
      return
    }
    if (node.type === 'text') {
      this.text(node)
      return
    }
    if (node.type === 'root') {
      for (const child of node.children) this.walk(child, depth + 1)
      return
    }
    const name = node.name
    if (silentElements.has(name)) return
    if (!this.contentAncestors.has(node) && isChromeElement(node)) return
    if (depth > maxDepth) {
      this.flatText(node)
      return
    }
    if (name === 'br') {
      if (this.inCell || this.inFieldTable > 0) this.pendSpace(node)
      else this.breakLine()
      return
    }
    if (name === 'table' && !this.inCell && this.inFieldTable === 0) {
      this.table(node, depth)
      return
    }
    const block = blockElements.has(name)
    const saved = this.context
    const style = node.attribs.style
    const bold = name === 'b' || name === 'strong' || (style !== undefined && boldStyle.test(style))
    if (block) {
      this.blockBreak(node)
      const headingDepth = headingDepths.get(name)
      if (headingDepth !== undefined) this.context = { ...this.context, headingDepth }
      else if (name === 'li') this.context = { ...this.context, listItem: true }
      else if (name === 'blockquote') this.context = { ...this.context, quote: true }
    }
    if (name === 'pre') this.pre++
    if (bold) this.bold++
    for (const child of node.children) this.walk(child, depth + 1)
    if (bold) this.bold--
    if (name === 'pre') this.pre--
    if (block) {
      this.blockBreak(node)
      this.context = saved
    }
  }

  /** Ends the current line, dropping it when it is site chrome. */
  breakLine(markup: LineMarkup = this.lineMarkup()): Line | null {
    this.pendingStart = -1
    this.builder.trimEnd()
    const line = this.builder.finish(markup)
    if (!line) return null
    if (!markup.tableCell && isChromeLine(line.text)) {
      this.builder.lines.pop()
      return null
    }
    if (!line.blank && !markup.tableCell) this.blocks.push({ type: 'paragraph', lines: [line], position: line.position })
    return line
  }

  private blockBreak(node: HtmlElement): void {
    if (this.inCell || (this.inFieldTable > 0 && node.name !== 'tr')) this.pendSpace(node)
    else this.breakLine()
  }

  private lineMarkup(tableCell = false): LineMarkup {
    const markup: LineMarkup = {}
    const context = this.lineContext
    if (context.headingDepth !== undefined) markup.headingDepth = context.headingDepth
    if (context.listItem) markup.listItem = true
    if (context.quote) markup.quote = true
    if (tableCell) markup.tableCell = true
    return markup
  }

  /** A line break inside a cell or field row reads as a space. */
  private pendSpace(node: HtmlElement): void {
    if (this.pendingStart >= 0) return
    const at = node.start
    this.pendingStart = at
    this.pendingEnd = at
    this.pendingNewline = false
    this.pendingNode = null
  }

  private add(code: number, start: number, end: number): void {
    if (this.builder.length === 0) this.lineContext = this.context
    this.builder.add(code, start, end, this.bold > 0)
  }

  /** Reads a run of text: its pieces are source text character for character, or one character reference each. */
  private text(node: HtmlText): void {
    const value = node.data
    this.textNode = node
    this.addedHere = false
    const pieces = node.pieces
    if (pieces === null) {
      const offset = node.start
      for (let i = 0; i < value.length; i++) this.character(value.charCodeAt(i), offset + i, offset + i + 1)
      return
    }
    let i = 0
    for (let p = 0; p < pieces.length; p += 3) {
      const length = pieces[p] as number
      const start = pieces[p + 1] as number
      const end = pieces[p + 2] as number
      if (end - start === length) {
        for (let k = 0; k < length; k++, i++) this.character(value.charCodeAt(i), start + k, start + k + 1)
      } else {
        for (let k = 0; k < length; k++, i++) this.character(value.charCodeAt(i), start, end)
      }
    }
  }

  /** One character of the text node being read, printed from the source span `[start, end)`. */
  private character(code: number, start: number, end: number): void {
    if (this.pre > 0 && !this.inCell && (code === 0x0a || code === 0x0d)) {
      // CR LF, CR and LF end a preformatted line alike.
      if (code === 0x0a && start > 0 && this.source.text.charCodeAt(start - 1) === 0x0d) return
      this.breakLine()
      return
    }
    if (this.pre === 0 && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d)) {
      if (this.pendingStart < 0) {
        this.pendingStart = start
        this.pendingEnd = end
        this.pendingNewline = code === 0x0a || code === 0x0d
        this.pendingNode = this.addedHere ? this.textNode : null
      } else {
        // The printed space stands for the first run of white space only: markup between two runs
        // (` <b>\t`) is not part of what printed it.
        if (start === this.pendingEnd) this.pendingEnd = end
        if (code === 0x0a || code === 0x0d) this.pendingNewline = true
      }
      return
    }
    if (this.pendingStart >= 0) {
      // CSS Text 3: a line break between two wide (CJK) characters of one run of text prints
      // nothing (a sentence wrapped in the source). Between elements it stays a space, as
      // browsers show it, so `来源：…</span> <span>时间：` keep apart.
      const dropped = this.builder.length === 0 || (this.pendingNewline && this.pendingNode === this.textNode && isWide(this.builder.lastCode) && isWide(code))
      if (!dropped) this.add(0x20, this.pendingStart, this.pendingEnd)
      this.pendingStart = -1
    }
    this.add(code, start, end)
    this.addedHere = true
  }

  /** Text of a subtree too deep to walk, read without recursion as one run. */
  private flatText(node: HtmlNode): void {
    const stack: HtmlNode[] = [node]
    while (stack.length > 0) {
      const current = stack.pop() as HtmlNode
      if (current.type === 'text') this.text(current)
      else if (isElement(current) && !silentElements.has(current.name)) {
        for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as HtmlNode)
      }
    }
  }

  private table(node: HtmlElement, depth: number): void {
    const { rows, stray } = tableParts(node)
    // Content a browser moves out of the table (foster parenting) prints before it.
    for (const child of stray) this.walk(child, depth + 1)
    if (this.flatTables || isFieldTable(node)) {
      this.fieldTable(rows, depth)
      return
    }
    if ((hasNestedTable(node) || rows.some((row) => row.some((cell) => printedLengthExceeds(cell, layoutCellLength)))) && !hasDataRows(rows)) {
      // A layout table: its cells are page regions, read as running text.
      this.breakLine()
      for (const row of rows) {
        for (const cell of row) {
          this.breakLine()
          for (const child of cell.children) this.walk(child, depth + 2)
          this.breakLine()
        }
      }
      return
    }
    this.breakLine()
    const lines: Line[] = []
    const spanned: SpannedCell[][] = []
    for (const row of rows) {
      const cells: SpannedCell[] = []
      for (const cell of row) {
        this.inCell = true
        this.lineContext = this.context
        for (const child of cell.children) this.walk(child, depth + 2)
        this.inCell = false
        const line = this.breakLine(this.lineMarkup(true))
        if (line && line.blank) this.builder.lines.pop()
        else if (line) lines.push(line)
        cells.push({ cell: gridCell(this.source, cell, line && !line.blank ? line : null), colspan: cell.attribs.colspan, rowspan: cell.attribs.rowspan })
      }
      spanned.push(cells)
    }
    const grid = expandTableGrid(spanned)
    const position = spanPosition(this.source, node.start, node.end)
    if (grid.ragged) this.raggedTables.push(position)
    if (grid.truncated) this.truncatedTables.push(position)
    if (grid.rows.length > 0) this.blocks.push({ type: 'table', rows: grid.rows, lines, position, via: 'html-table' })
  }

  /** A metadata table (索引号 | XXGK… | 发布机构 | …): one line per row, cells joined by a space. */
  private fieldTable(rows: HtmlElement[][], depth: number): void {
    this.breakLine()
    this.inFieldTable++
    for (const row of rows) {
      for (const cell of row) {
        this.pendSpace(cell)
        const before = this.builder.length
        for (const child of cell.children) this.walk(child, depth + 2)
        this.colonAfterBareLabel(before, cell)
      }
      this.breakLine()
    }
    this.inFieldTable--
  }

  /**
   * `<td>索引号</td><td>XXGK…</td>`: the label cell has no colon, so one (`：`, with an empty source
   * span at the end of the label) is added for the field reader.
   */
  private colonAfterBareLabel(before: number, cell: HtmlElement): void {
    const line = this.builder
    if (line.length <= before) return
    const text = textOf(cell)
    if (!bareLabel.test(text)) return
    this.add(0xff1a, cell.contentEnd, cell.contentEnd)
  }
}

function isWide(code: number): boolean {
  return code >= 0x2e80 && code <= 0xffef && !(code >= 0xd800 && code <= 0xdfff)
}

/** The rows of a table and the content a browser would move out before it. */
interface TableParts {
  /** Each row's `td`/`th` cells, in order. */
  rows: HtmlElement[][]
  /** Text and elements that stand in the table but outside its cells, in document order. */
  stray: HtmlNode[]
}

/** Deeper than this inside one table, wrappers around rows are not searched for rows. */
const maxTableWrapping = 50

/**
 * Rows of a table as a browser builds them: its own `tr`s (through `thead`/`tbody`/`tfoot`, and
 * through stray wrappers such as a `<form>` around rows), cells standing outside any `tr` as one
 * implied row; text and elements outside the cells are stray.
 */
function tableParts(table: HtmlElement): TableParts {
  const rows: HtmlElement[][] = []
  const stray: HtmlNode[] = []
  let implied: HtmlElement[] | null = null
  const visitRow = (row: HtmlElement, cells: HtmlElement[], level: number): void => {
    for (const child of row.children) {
      if (child.type === 'text') {
        if (!isBlankText(child.data)) stray.push(child)
      } else if (child.name === 'td' || child.name === 'th') cells.push(child)
      else if (level < maxTableWrapping && child.name !== 'table' && holdsCells(child)) visitRow(child, cells, level + 1)
      else stray.push(child)
    }
  }
  const visitSection = (section: HtmlElement, level: number): void => {
    for (const child of section.children) {
      if (child.type === 'text') {
        if (!isBlankText(child.data)) stray.push(child)
        continue
      }
      const name = child.name
      if (name === 'td' || name === 'th') {
        if (implied === null) {
          implied = []
          rows.push(implied)
        }
        implied.push(child)
        continue
      }
      implied = null
      if (name === 'tr') {
        const cells: HtmlElement[] = []
        visitRow(child, cells, level)
        rows.push(cells)
      } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visitSection(child, level)
      else if (name === 'caption' || name === 'colgroup' || name === 'col') continue
      else if (level < maxTableWrapping && name !== 'table' && holdsCells(child)) visitSection(child, level + 1)
      else stray.push(child)
    }
  }
  visitSection(table, 0)
  return { rows, stray }
}

/** Whether a `tr`, `td` or `th` stands under an element, outside any table of its own. */
function holdsCells(element: HtmlElement): boolean {
  const stack: HtmlNode[] = [...element.children]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.type !== 'element' || node.name === 'table') continue
    if (node.name === 'tr' || node.name === 'td' || node.name === 'th') return true
    for (const child of node.children) stack.push(child)
  }
  return false
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false
  }
  return true
}

/**
 * Whether a table's rows are those of a data table, whatever long note (`注：…`) or table inside a
 * cell it holds besides: three rows of three cells or more, with five cells or more that print a
 * number. A layout table's cells are a few regions of the page.
 */
function hasDataRows(rows: readonly (readonly HtmlElement[])[]): boolean {
  let wide = 0
  let numbers = 0
  for (const row of rows) {
    if (row.length < 3) continue
    wide++
    for (const cell of row) {
      if (printedLengthExceeds(cell, 24)) continue
      const text = textOf(cell)
      if (/\d/u.test(text) && /^[\s\d.,，\-—]+$/u.test(text)) numbers++
    }
    if (wide >= 3 && numbers >= 5) return true
  }
  return false
}

function hasNestedTable(table: HtmlElement): boolean {
  const stack: HtmlNode[] = [...table.children]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.type !== 'element') continue
    if (node.name === 'table') return true
    for (const child of node.children) stack.push(child)
  }
  return false
}

/** Whether the printed text under an element (silent elements left out) is longer than `limit`. */
function printedLengthExceeds(element: HtmlElement, limit: number): boolean {
  let length = 0
  const stack: HtmlNode[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.type === 'text') {
      length += node.data.length
      if (length > limit) return true
    } else if (node.type === 'element' && !silentElements.has(node.name)) {
      for (const child of node.children) stack.push(child)
    }
  }
  return false
}

/** Whether a table holds two different page metadata labels (索引号, 发布机构 …): a field table. */
function isFieldTable(table: HtmlElement): boolean {
  const text = textOf(table)
  fieldLabel.lastIndex = 0
  let first: string | null = null
  for (let match = fieldLabel.exec(text); match !== null; match = fieldLabel.exec(text)) {
    const label = match[0].replace(/\s+/gu, '')
    if (first === null) first = label
    else if (label !== first) return true
  }
  return false
}

/** Printed text under a node, without recursion. */
function textOf(node: HtmlNode): string {
  const parts: string[] = []
  const stack: HtmlNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode
    if (current.type === 'text') parts.push(current.data)
    else if (isElement(current) && !silentElements.has(current.name)) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as HtmlNode)
    }
  }
  return parts.join('')
}

/** The grid cell of a `td`: its trimmed printed text and where it stands (its content, when blank). */
function gridCell(source: SourceText, cell: HtmlElement, line: Line | null): GridCell {
  if (line) {
    const text = line.raw.trim()
    let first = 0
    let last = line.text.length - 1
    while (first <= last && line.text.charCodeAt(first) === 0x20) first++
    while (last >= first && line.text.charCodeAt(last) === 0x20) last--
    const start = first < line.text.length ? sourceStart(line, first) : line.position.start.offset
    const end = last >= 0 ? sourceEnd(line, last + 1) : line.position.end.offset
    return { text, position: spanPosition(source, start, Math.max(start, end)) }
  }
  return { text: '', position: spanPosition(source, cell.contentStart, Math.max(cell.contentStart, cell.contentEnd)) }
}
