import { memoizeByText } from '../../util/memoize-by-text.js'
// OCR confusions seen in real grids (seed chongwen-2020): a glyph split in two.
//   才卜 ← 本, 政放 ← 政 (政府 read as 政 + 放府)
const ocrRepairs: readonly [RegExp, string][] = [
  [/才卜/gu, '本'],
  [/政放府/gu, '政府'],
  [/放府/gu, '府'],
]

const numberingPattern = /^(?:其中[:：]?|[(（]?[一二三四五六七八九十]{1,3}[)）、.]|[(（]\d{1,2}[)）]|\d{1,2}[.、)]|[(（][一二三四五六七八九十]{1,3}[)）])/u
const quotePattern = /[“”"'‘’「」『』〝〞]/gu
const glossPattern = /[(（][^()（）]{0,60}[)）]/gu

/** A label split into its numbering marker and its text, both normalised for matching. */
export interface NormalizedLabel {
  /** NFKC, no white space, no quotes, OCR repairs, numbering and `其中：` removed. */
  text: string
  /** The same without parenthetical glosses (`规章（设区的市…）` → `规章`). */
  bare: string
  /** The numbering marker, normalised (`(三)`, `4.`), or null. */
  numbering: string | null
}

/**
 * Normalises a printed label for matching (templates.md §2): NFKC (full-width brackets and digits),
 * no white space (`商业 企业`), no quote characters (`危及“三安全一稳定”`), OCR glyph repairs, the
 * numbering marker split off, and a variant without parenthetical glosses.
 */
export function normalizeLabel(label: string): NormalizedLabel {
  return memoizedLabel(label)
}

// A bounded cache: the same cell texts are normalised by every template and every pass.
const memoizedLabel = memoizeByText(computeNormalizedLabel, 20_000)

function computeNormalizedLabel(label: string): NormalizedLabel {
  let text = label.normalize('NFKC').replace(/[\s\u00a0\u3000]+/gu, '').replace(quotePattern, '')
  for (const [pattern, replacement] of ocrRepairs) text = text.replace(pattern, replacement)
  text = text.replace(/^[」」】\]|丨|·•.。,，、\-=]+/u, '')
  let numbering: string | null = null
  for (let i = 0; i < 3; i++) {
    const match = numberingPattern.exec(text)
    if (!match) break
    if (!match[0].startsWith('其中')) numbering = numbering ?? match[0]
    text = text.slice(match[0].length).replace(/^[:：]/u, '')
  }
  text = text.replace(/[:：]$/u, '')
  // Glosses: `规章（设区的市…）`, and wrapped ones whose closing bracket is lost.
  const open = text.search(/[(（]/u)
  const bare = open >= 2 ? text.slice(0, open) : text.replace(glossPattern, '') || text
  const normalized = { text, bare, numbering }
  // Hidden (not enumerable, a symbol key: no JSON, no equality test sees it), set before the freeze.
  Object.defineProperty(normalized, slotsKey, { value: [] })
  return Object.freeze(normalized)
}

const slotsKey = Symbol('labelSlots')

/**
 * A normalised label's own store of what each label index knows of it, by the index's slot: an
 * index finds its lookup by reading an array, not by hashing the label into a map of its own (a
 * label is looked up by a dozen indexes). Undefined for a label object not made by
 * `normalizeLabel`. The store lives as long as the label (normalizeLabel's bounded cache).
 */
export function labelSlots(label: NormalizedLabel): unknown[] | undefined {
  return (label as NormalizedLabel & { readonly [slotsKey]?: unknown[] })[slotsKey]
}
