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
  let current: HtmlRoot | HtmlElement = root
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs, isImplied) {
        const start = parser.startIndex
        // An element implied by an end tag (`</p>` alone) has no start tag: its content starts where it does.
        const contentStart = isImplied ? start : parser.endIndex + 1
        const element: HtmlElement = { type: 'element', name, attribs, children: [], parent: current, index: elements.length, start, end: contentStart, contentStart, contentEnd: contentStart }
        elements.push(element)
        current.children.push(element)
        current = element
        if (name === 'body' && body === null) body = element
      },
      onclosetag(name, isImplied) {
        if (current.type !== 'element') return
        const element: HtmlElement = current
        current = element.parent
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
        const last = siblings[siblings.length - 1]
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
  parser.end(html)
  return { root, body, elements, errors }
}
