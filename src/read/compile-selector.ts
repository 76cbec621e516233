import { compile } from 'css-select'
import { isElement, type HtmlElement, type HtmlNode } from './html-node.js'

/** Whether an element matches a CSS selector. */
export type ElementTest = (element: HtmlElement) => boolean

type Adapter = NonNullable<NonNullable<Parameters<typeof compile<HtmlNode, HtmlElement>>[1]>['adapter']>

/** css-select's view of our tree. Searches are iterative, so deeply nested pages cannot overflow the stack. */
const adapter: Adapter = {
  isTag: isElement,
  getName: (element) => element.name,
  getAttributeValue: (element, name) => element.attribs[name],
  hasAttrib: (element, name) => Object.hasOwn(element.attribs, name),
  getChildren: (node) => (node.type === 'text' ? [] : node.children),
  getParent: (element) => element.parent,
  getSiblings: (node) => (node.parent ? node.parent.children : [node]),
  getText: (node) => {
    let text = ''
    forEachDescendant([node], (descendant) => {
      if (descendant.type === 'text') text += descendant.data
      return false
    })
    return text
  },
  existsOne: (test, nodes) => findOne(test, nodes) !== null,
  findOne,
  findAll: (test, nodes) => {
    const found: HtmlElement[] = []
    forEachDescendant(nodes, (node) => {
      if (isElement(node) && test(node)) found.push(node)
      return false
    })
    return found
  },
  removeSubsets: (nodes) => {
    const kept = new Set(nodes)
    for (const node of nodes) {
      for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) {
        if (kept.has(ancestor)) {
          kept.delete(node)
          break
        }
      }
    }
    return [...kept]
  },
}

function findOne(test: (element: HtmlElement) => boolean, nodes: HtmlNode[]): HtmlElement | null {
  let found: HtmlElement | null = null
  forEachDescendant(nodes, (node) => {
    if (isElement(node) && test(node)) found = node
    return found !== null
  })
  return found
}

/** Visits `nodes` and their descendants in document order until `visit` returns true. */
function forEachDescendant(nodes: readonly HtmlNode[], visit: (node: HtmlNode) => boolean): void {
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (visit(node)) return
    if (node.type !== 'text') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
}

/**
 * Compiles a CSS selector (any css-select supports: lists, combinators, attributes, pseudo-classes)
 * into a test of one element. An invalid selector is API misuse: TypeError.
 */
export function compileSelector(selector: string): ElementTest {
  try {
    return compile<HtmlNode, HtmlElement>(selector, { adapter, xmlMode: false })
  } catch (error) {
    throw new TypeError(`“${selector}” is not a CSS selector this reader understands: ${error instanceof Error ? error.message : String(error)}`)
  }
}
