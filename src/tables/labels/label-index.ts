import { editDistance } from './edit-distance.js'
import { normalizeLabel, type NormalizedLabel } from './normalize-label.js'

/** How a label was matched. */
export type LabelMatchKind = 'exact' | 'prefix' | 'fuzzy'

/** A label index hit. */
export interface LabelMatch<T> {
  value: T
  kind: LabelMatchKind
}

interface Entry<T> {
  value: T
  keys: string[]
}

/** Characters a fuzzy match may get wrong: 1 per 6 characters, at most 3 (templates.md §2: one or two). */
export const fuzzyBudget = (length: number): number => Math.min(3, Math.max(1, Math.floor(length / 6)))

/**
 * Matches printed labels to known ones: an exact lookup on the normalised key first, then — only
 * for what is left, among the candidates the caller allows — a prefix match (wrapped or truncated
 * labels, added glosses) and a fuzzy match tolerating a few wrong characters.
 */
export class LabelIndex<T> {
  readonly #exact = new Map<string, T[]>()
  readonly #entries: Entry<T>[] = []

  constructor(entries: Iterable<{ labels: readonly string[]; value: T }>) {
    for (const { labels, value } of entries) {
      const keys = new Set<string>()
      for (const label of labels) {
        const normalized = normalizeLabel(label)
        keys.add(normalized.text)
        keys.add(normalized.bare)
      }
      const entry = { value, keys: [...keys].filter((key) => key !== '') }
      this.#entries.push(entry)
      for (const key of entry.keys) {
        const list = this.#exact.get(key) ?? []
        if (!list.includes(value)) list.push(value)
        this.#exact.set(key, list)
      }
    }
  }

  /** Values whose normalised label equals this one's. */
  exact(label: NormalizedLabel): T[] {
    return this.#exact.get(label.text) ?? this.#exact.get(label.bare) ?? []
  }

  /**
   * The longest known label the text ends with (`第二十条第（五）项信息内容…行政许可` → `行政许可`), for
   * labels that carry the text of headers before them; undefined when two values tie.
   */
  suffix(label: NormalizedLabel, allowed?: (value: T) => boolean): T | undefined {
    let best: T | undefined
    let bestLength = 1
    let tie = false
    for (const { value, length } of this.#endings(label.text)) {
      if (allowed && !allowed(value)) continue
      if (length < bestLength) continue
      if (length === bestLength && best !== undefined && best !== value) tie = true
      else if (length > bestLength || best === undefined) {
        best = value
        bestLength = length
        tie = false
      }
    }
    return tie ? undefined : best
  }

  readonly #endingCache = new Map<string, { value: T; length: number }[]>()

  /** The known labels `text` ends with, in index order (memoised per text; `allowed` filters afterwards). */
  #endings(text: string): { value: T; length: number }[] {
    const cached = this.#endingCache.get(text)
    if (cached) return cached
    const endings: { value: T; length: number }[] = []
    for (const entry of this.#entries) for (const key of entry.keys) if (text.endsWith(key)) endings.push({ value: entry.value, length: key.length })
    if (this.#endingCache.size >= 5_000) this.#endingCache.clear()
    this.#endingCache.set(text, endings)
    return endings
  }

  /**
   * The best match: exact, else prefix, else fuzzy, among `allowed` values when given. Returns
   * undefined when nothing matches or when two values match equally well.
   */
  match(label: NormalizedLabel, allowed?: (value: T) => boolean): LabelMatch<T> | undefined {
    const exact = this.exact(label).filter((value) => !allowed || allowed(value))
    if (exact.length === 1 && exact[0] !== undefined) return { value: exact[0], kind: 'exact' }
    if (exact.length > 1) return undefined
    // The best score of each value, best first (memoised per text; `allowed` filters afterwards).
    // The first two allowed candidates, without copying the ranking.
    let best: { value: T; score: number; kind: LabelMatchKind } | undefined
    let second: typeof best
    for (const candidate of this.#ranked(label.bare)) {
      if (allowed && !allowed(candidate.value)) continue
      if (!best) best = candidate
      else {
        second = candidate
        break
      }
    }
    if (!best || (second && second.score === best.score)) return undefined
    return { value: best.value, kind: best.kind }
  }

  readonly #rankCache = new Map<string, { value: T; score: number; kind: LabelMatchKind }[]>()

  #ranked(text: string): { value: T; score: number; kind: LabelMatchKind }[] {
    const cached = this.#rankCache.get(text)
    if (cached) return cached
    const best = new Map<T, { value: T; score: number; kind: LabelMatchKind }>()
    if (text.length >= 2) {
      for (const entry of this.#entries) {
        for (const key of entry.keys) {
          const scored = scoreKey(text, key)
          if (!scored) continue
          const previous = best.get(entry.value)
          if (!previous || scored.score < previous.score) best.set(entry.value, { value: entry.value, ...scored })
        }
      }
    }
    const ranked = [...best.values()].sort((a, b) => a.score - b.score)
    if (this.#rankCache.size >= 5_000) this.#rankCache.clear()
    this.#rankCache.set(text, ranked)
    return ranked
  }
}

/** Lower is better; undefined when the key does not match. */
function scoreKey(text: string, key: string): { score: number; kind: LabelMatchKind } | undefined {
  if (text.charCodeAt(0) !== key.charCodeAt(0) && Math.abs(text.length - key.length) > fuzzyBudget(key.length)) return undefined
  // A wrapped or truncated label: one is a long prefix of the other.
  const shorter = text.length < key.length ? text : key
  const longer = text.length < key.length ? key : text
  if (shorter.length >= 4 && longer.startsWith(shorter) && shorter.length >= longer.length * 0.6) {
    return { score: (longer.length - shorter.length) / longer.length, kind: 'prefix' }
  }
  const budget = fuzzyBudget(key.length)
  const distance = editDistance(text, key, budget)
  if (distance <= budget) return { score: 1 + distance / key.length, kind: 'fuzzy' }
  return undefined
}
