import { isChromeElement, silentElements } from './html-chrome.js'
import { isElement, type HtmlNode } from './html-node.js'

/** A known article container of a government CMS, tried by CSS selector. */
export interface ContentRoot {
  /** Stable id, kebab-case. */
  readonly name: string
  /** CSS selector of the container. */
  readonly selector: string
}

/**
 * Article containers of the common government CMSs (TRS WCM, 拓尔思, 大汉, 政务公开 templates), most
 * specific first. The first selector that finds an element with enough text wins; among several
 * matches the one with the most text.
 */
export const defaultContentRoots: readonly ContentRoot[] = [
  { name: 'zoom', selector: '#zoom' },
  { name: 'trs-editor', selector: '.TRS_Editor' },
  { name: 'trs-ueditor', selector: '.TRS_UEDITOR' },
  { name: 'ucap-content', selector: '#UCAP-CONTENT' },
  { name: 'xxgk-content', selector: '.xxgk-content, .xxgk_content, .xxgk-text, .xxgk_text' },
  { name: 'article-content', selector: '.article_content, .article-content, .articleContent, .art_con, .artCon, .art-con' },
  { name: 'detail-content', selector: '.detail-content, .detail_content, .details-content, .con_text, .content_text, .content-text' },
  { name: 'content-id', selector: '#content, #Content, #contents' },
  { name: 'article', selector: 'article' },
  { name: 'main', selector: 'main' },
]

/** A chosen content root: the element and how it was found. */
export interface FoundRoot {
  element: HtmlNode
  /** The content root's name, `text-density`, or `whole-document` when nothing narrower was found. */
  via: string
}

/** A container with less printed text than this is not taken for the report. */
const minimumText = 40
/** The density walk goes down into a child holding at least this share of its parent's text. */
const descendShare = 0.6

/**
 * Finds the element that holds the report on a whole web page: the first of `roots` whose element
 * has enough text; else, walking down from `<body>`, the deepest element that still holds most of
 * the page's printed text (text in links and site furniture not counted).
 */
export function findContentRoot(body: HtmlNode, select: (selector: string) => HtmlNode[], roots: readonly ContentRoot[] = defaultContentRoots): FoundRoot {
  const weights = new Map<HtmlNode, number>()
  const weigh = (node: HtmlNode): number => textWeight(node, weights)
  for (const root of roots) {
    let best: HtmlNode | null = null
    let bestWeight = 0
    for (const element of select(root.selector)) {
      const weight = weigh(element)
      if (weight > bestWeight) {
        best = element
        bestWeight = weight
      }
    }
    if (best && bestWeight >= minimumText) return { element: best, via: root.name }
  }
  let current = body
  let currentWeight = weigh(body)
  for (;;) {
    let heaviest: HtmlNode | null = null
    let heaviestWeight = 0
    for (const child of current.children ?? []) {
      if (!isElement(child)) continue
      const weight = weigh(child)
      if (weight > heaviestWeight) {
        heaviest = child
        heaviestWeight = weight
      }
    }
    if (!heaviest || heaviestWeight < currentWeight * descendShare) break
    current = heaviest
    currentWeight = heaviestWeight
  }
  return { element: current, via: current === body ? 'whole-document' : 'text-density' }
}

/**
 * Printed non-space characters under a node, leaving out links, silent elements and site
 * furniture. Computed without recursion (deeply nested pages must not overflow the stack) and
 * cached per node.
 */
function textWeight(node: HtmlNode, cache: Map<HtmlNode, number>): number {
  const cached = cache.get(node)
  if (cached !== undefined) return cached
  // Post-order over an explicit stack.
  const stack: { node: HtmlNode; visited: boolean }[] = [{ node, visited: false }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: HtmlNode; visited: boolean }
    const current = top.node
    if (cache.has(current)) {
      stack.pop()
      continue
    }
    if (current.type === 'text') {
      cache.set(current, solidLength(current.data ?? ''))
      stack.pop()
      continue
    }
    if (!isElement(current) && current.type !== 'root') {
      cache.set(current, 0)
      stack.pop()
      continue
    }
    if (isElement(current) && (silentElements.has(current.name) || current.name === 'a' || isChromeElement(current))) {
      cache.set(current, 0)
      stack.pop()
      continue
    }
    if (!top.visited) {
      top.visited = true
      for (const child of current.children ?? []) if (!cache.has(child)) stack.push({ node: child, visited: false })
      continue
    }
    let sum = 0
    for (const child of current.children ?? []) sum += cache.get(child) ?? 0
    cache.set(current, sum)
    stack.pop()
  }
  return cache.get(node) ?? 0
}

function solidLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000) count++
  }
  return count
}
