/** Source location parse5 records for a node (offsets in UTF-16 code units, end exclusive). */
export interface HtmlLocation {
  startOffset: number
  endOffset: number
  startTag?: { startOffset: number; endOffset: number }
  endTag?: { startOffset: number; endOffset: number }
}

/**
 * The part of a cheerio (domhandler) node the HTML reader uses: element name and attributes,
 * children, text data and the parse5 source location.
 */
export interface HtmlNode {
  type: string
  name?: string
  attribs?: Record<string, string>
  children?: HtmlNode[]
  data?: string
  parent: HtmlNode | null
  sourceCodeLocation?: HtmlLocation | null
}

/** Whether a node is an element (`<div>`, `<script>`, …). */
export function isElement(node: HtmlNode): node is HtmlNode & { name: string; attribs: Record<string, string>; children: HtmlNode[] } {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}
