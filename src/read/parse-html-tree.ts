import { Parser } from 'htmlparser2'
import type { HtmlElement, HtmlRoot, HtmlText } from './html-node.js'

/** A syntax error that loses source text, named as the HTML standard names it (`eof-in-tag`). */
export interface HtmlSyntaxError {
  code: string
  /** Source offset where it was noticed. */
  offset: number
}

/** An HTML page as a tree, with every element in document order and the syntax errors found. */
export interface HtmlTree {
  root: HtmlRoot
  /** The first `<body>`, or null when the page has none. */
  body: HtmlElement | null
  /** Every element in document order; `elements[i].index === i`. */
  elements: HtmlElement[]
  errors: HtmlSyntaxError[]
}

// htmlparser2 closes these itself right after their start tag.
const voidElements = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
])

/** How far up a new cell looks for the cell or row it closes (pathological nesting stays linear). */
const maxCellSearch = 256

/**
 * Parses HTML with htmlparser2 (a tokenizer with the common implied end tags: `<p>`, `<li>`,
 * `<td>`, `<tr>` closed by their successors; void elements; raw-text `<script>`/`<style>`;
 * character references decoded) into {@link HtmlNode}s that know their source offsets, so every
 * printed character can be led back to the source. Comments, doctypes and processing instructions
 * are dropped. It is not the HTML standard's tree builder: misnested inline tags stay nested as
 * written and table content is not moved (the reader copes with both). Never throws.
 */
export function parseHtmlTree(html: string): HtmlTree {
  const root: HtmlRoot = { type: 'root', children: [], parent: null, start: 0, end: html.length }
  const elements: HtmlElement[] = []
  const errors: HtmlSyntaxError[] = []
  let body: HtmlElement | null = null
  // htmlparser2's open elements, innermost last; new nodes go in `current`, the innermost not closed early.
  const open: HtmlElement[] = []
  let current: HtmlRoot | HtmlElement = root
  // Cells (and what is open in them) a new cell or row closed, as a browser does, before htmlparser2 did.
  const closedEarly = new Set<HtmlElement>()
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs, isImplied) {
        const start = parser.startIndex
        // An element implied by an end tag (`</p>` alone) has no start tag: its content starts where it does.
        const contentStart = isImplied ? start : parser.endIndex + 1
        const parent = name === 'td' || name === 'th' || name === 'tr' ? cellParent(name, start) : current
        const element: HtmlElement = { type: 'element', name, attribs, children: [], parent, index: elements.length, start, end: contentStart, contentStart, contentEnd: contentStart }
        elements.push(element)
        parent.children.push(element)
        open.push(element)
        current = element
        if (name === 'body' && body === null) body = element
      },
      onclosetag(name, isImplied) {
        const element = open.pop()
        if (element === undefined) return
        // Below an element closed early, new nodes go where a browser would put them: beside it.
        current = open[open.length - 1] ?? root
        while (current.type === 'element' && closedEarly.has(current)) current = current.parent
        if (closedEarly.has(element)) return
        if (isImplied) {
          // A void element is closed right after its start tag (end = contentStart already); any
          // other implied close happens where the token that implied it starts.
          if (!voidElements.has(name)) element.end = element.contentEnd = Math.max(element.contentStart, parser.startIndex)
        } else {
          element.contentEnd = Math.max(element.contentStart, parser.startIndex)
          element.end = Math.max(element.contentEnd, parser.endIndex + 1)
        }
      },
      ontext(data) {
        const start = parser.startIndex
        const end = parser.endIndex + 1
        const siblings = current.children
        // (No siblings[-1]: a negative index is a slow named-property lookup.)
        const last = siblings.length > 0 ? siblings[siblings.length - 1] : undefined
        if (last !== undefined && last.type === 'text' && last.end === start) {
          // One run of text arrives in pieces, split at character references.
          if (last.pieces === null && data.length !== end - start) last.pieces = [last.data.length, last.start, last.end]
          if (last.pieces !== null) last.pieces.push(data.length, start, end)
          last.data += data
          last.end = end
          return
        }
        const text: HtmlText = { type: 'text', data, parent: current, start, end, pieces: data.length === end - start ? null : [data.length, start, end] }
        siblings.push(text)
      },
      oncomment() {
        // A comment left open runs to the end of the input (htmlparser2 then reports its end past it).
        if (parser.endIndex >= html.length) errors.push({ code: 'eof-in-comment', offset: html.length })
      },
      onend() {
        // htmlparser2 drops a tag cut off by the end of the input: the text after the last token.
        if (parser.startIndex < html.length) errors.push({ code: 'eof-in-tag', offset: html.length })
      },
    },
    { decodeEntities: true },
  )
  /**
   * Where a new `td`, `th` or `tr` goes. htmlparser2 closes an open cell or row only when it is the
   * innermost element (and a `th` never closes a `td`); a browser also when inline elements are
   * left open in it (`<td><p>1<td>2`): what is open ends where the new tag starts, and the new
   * element goes beside the cell (a new row beside the row, a new cell into the row).
   */
  function cellParent(name: string, start: number): HtmlRoot | HtmlElement {
    let anchor: HtmlElement | null = null
    let steps = 0
    for (let node: HtmlRoot | HtmlElement = current; node.type === 'element' && node.name !== 'table' && steps < maxCellSearch; node = node.parent, steps++) {
      if (node.name === 'td' || node.name === 'th' || node.name === 'tr') {
        anchor = node
        break
      }
    }
    if (anchor === null || (anchor === current && anchor.name === 'tr' && name !== 'tr')) return current
    // The outermost element to close: the cell for a new cell, the row for a new row; for a new
    // cell in a row with inline elements open, those elements.
    let last: HtmlElement | null = anchor
    if (name === 'tr' && anchor.name !== 'tr' && anchor.parent.type === 'element' && anchor.parent.name === 'tr') last = anchor.parent
    else if (name !== 'tr' && anchor.name === 'tr') last = null
    let node: HtmlRoot | HtmlElement = current
    while (node.type === 'element' && node !== anchor) {
      closeEarly(node, start)
      node = node.parent
    }
    if (last === null) return anchor
    closeEarly(anchor, start)
    if (last !== anchor) closeEarly(last, start)
    return last.parent
  }

  function closeEarly(element: HtmlElement, at: number): void {
    element.end = element.contentEnd = Math.max(element.contentStart, at)
    closedEarly.add(element)
  }

  parser.end(html)
  // Elements left open are closed where the last token starts, which for a comment or CDATA section
  // cut off by the end of the input is past it (htmlparser2 reports such a token's end past the
  // input): no position may be.
  for (const element of elements) {
    if (element.end > html.length) element.end = html.length
    if (element.contentEnd > html.length) element.contentEnd = html.length
  }
  return { root, body, elements, errors }
}
