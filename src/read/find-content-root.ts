import { compileSelector, type ElementTest } from './compile-selector.js'
import { isChromeElement, silentElements } from './html-chrome.js'
import type { HtmlElement, HtmlRoot } from './html-node.js'
import type { HtmlTree } from './parse-html-tree.js'

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
  element: HtmlElement | HtmlRoot
  /** The content root's name, `text-density`, or `whole-document` when nothing narrower was found. */
  via: string
}

/** A container with less printed text than this is not taken for the report. */
const minimumText = 40
/** Elements of a table, which the density walk does not go down into. */
const tableParts: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])

/** The density walk goes down into a child holding at least this share of its parent's text. */
const descendShare = 0.6

const compiled = new WeakMap<ContentRoot, ElementTest>()

function testOf(root: ContentRoot): ElementTest {
  let test = compiled.get(root)
  if (test === undefined) {
    test = compileSelector(root.selector)
    compiled.set(root, test)
  }
  return test
}

/**
 * Finds the element that holds the report on a whole web page: the first of `roots` whose element
 * has enough text; else, walking down from `<body>`, the deepest element that still holds most of
 * the page's printed text (text in links and site furniture not counted). Two passes over the
 * page's elements, none per rule: text weights bottom-up, then every rule tested on each element.
 */
export function findContentRoot(tree: HtmlTree, roots: readonly ContentRoot[] = defaultContentRoots): FoundRoot {
  const { elements } = tree
  const weights = textWeights(elements)
  const tests = roots.map(testOf)
  const best: (HtmlElement | null)[] = roots.map(() => null)
  const bestWeights = roots.map(() => 0)
  // Rules after the first one already satisfied cannot win: they are no longer tried.
  let limit = roots.length
  const hidden = new Uint8Array(elements.length)
  for (const element of elements) {
    const parent = element.parent
    if ((parent.type === 'element' && hidden[parent.index] === 1) || silentElements.has(element.name)) {
      hidden[element.index] = 1
      continue
    }
    const weight = weights[element.index] as number
    if (weight === 0) continue
    for (let r = 0; r < limit; r++) {
      if (weight > (bestWeights[r] as number) && (tests[r] as ElementTest)(element)) {
        best[r] = element
        bestWeights[r] = weight
        if (weight >= minimumText) limit = r + 1
      }
    }
  }
  for (let r = 0; r < roots.length; r++) {
    const element = best[r]
    if (element && (bestWeights[r] as number) >= minimumText) return { element, via: (roots[r] as ContentRoot).name }
  }
  const weigh = (node: HtmlElement | HtmlRoot): number => (node.type === 'element' ? (weights[node.index] as number) : childWeight(node, weights))
  const body = tree.body ?? tree.root
  let current: HtmlElement | HtmlRoot = body
  let currentWeight = weigh(body)
  for (;;) {
    let heaviest: HtmlElement | null = null
    let heaviestWeight = 0
    for (const child of current.children) {
      if (child.type !== 'element') continue
      const weight = weights[child.index] as number
      if (weight > heaviestWeight) {
        heaviest = child
        heaviestWeight = weight
      }
    }
    // A table is part of the article, never the article: the walk stops at the element that holds
    // it (a statistics table may hold most of a report's text).
    if (!heaviest || heaviestWeight < currentWeight * descendShare || tableParts.has(heaviest.name)) break
    current = heaviest
    currentWeight = heaviestWeight
  }
  return { element: current, via: current === body ? 'whole-document' : 'text-density' }
}

/**
 * Printed non-space characters under each element, leaving out links, silent elements and site
 * furniture: one pass from the last element to the first, so every element's children are weighed
 * before it (no recursion, nothing weighed twice).
 */
function textWeights(elements: readonly HtmlElement[]): Float64Array {
  const weights = new Float64Array(elements.length)
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as HtmlElement
    if (silentElements.has(element.name) || element.name === 'a' || isChromeElement(element)) continue
    weights[i] = childWeight(element, weights)
  }
  return weights
}

function childWeight(parent: HtmlElement | HtmlRoot, weights: Float64Array): number {
  let sum = 0
  for (const child of parent.children) sum += child.type === 'text' ? solidLength(child.data) : (weights[child.index] as number)
  return sum
}

function solidLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000) count++
  }
  return count
}
