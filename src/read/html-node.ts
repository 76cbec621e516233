/**
 * A node of the HTML tree {@link parseHtmlTree} builds: the document root, an element or a run of
 * text. Comments, doctypes and processing instructions are left out (they print nothing). Offsets
 * are UTF-16 code units of the HTML source, from 0, end exclusive.
 */
export type HtmlNode = HtmlRoot | HtmlElement | HtmlText

/** A node that has a parent: an element or a run of text. */
export type HtmlChild = HtmlElement | HtmlText

/** The document: the parent of the top-level nodes. */
export interface HtmlRoot {
  readonly type: 'root'
  readonly children: HtmlChild[]
  readonly parent: null
  start: number
  end: number
}

/** An element, with where its tags stand in the source. */
export interface HtmlElement {
  readonly type: 'element'
  /** Tag name, lower case. */
  readonly name: string
  /** Attributes, names lower case, values with character references decoded. */
  readonly attribs: Record<string, string>
  readonly children: HtmlChild[]
  readonly parent: HtmlRoot | HtmlElement
  /** Place in document order among the page's elements (see `HtmlTree.elements`). */
  readonly index: number
  /** Offset of the start tag's `<` (of the token that implied the element, when it has no start tag). */
  start: number
  /** Offset just after the end tag's `>`, or where the element was implicitly closed. */
  end: number
  /** Offset just after the start tag: where the content begins. */
  contentStart: number
  /** Offset of the end tag's `<`, or `end` when the element was implicitly closed. */
  contentEnd: number
}

/**
 * A run of printed text (adjacent text tokens merged, as a browser keeps them in one text node),
 * with character references decoded.
 */
export interface HtmlText {
  readonly type: 'text'
  data: string
  readonly parent: HtmlRoot | HtmlElement
  start: number
  end: number
  /**
   * Source spans of the pieces of `data` when it holds a decoded character reference: triples
   * (length in `data`, source start, source end). A piece whose length equals its span is source
   * text character for character; any other piece is one reference (`&nbsp;`) printing its
   * characters. Null when `data` is the source slice `[start, end)` itself.
   */
  pieces: number[] | null
}

/** Whether a node is an element (`<div>`, `<script>`, …). */
export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'element'
}
