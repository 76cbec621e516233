import { editDistance } from './edit-distance.js'
import { labelSlots, normalizeLabel, type NormalizedLabel } from './normalize-label.js'

/**
 * Slots handed out to indexes, in the order they are made (the table definitions' and the
 * indicator vocabularies' indexes: a few dozen); an index made after them looks labels up by map.
 */
const slotCount = 64
let nextSlot = 0

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

/** Whether a text is one or more ASCII digits (a key such a text could name: see `hasDigitKey`). */
export function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/**
 * Matches printed labels to known ones: an exact lookup on the normalised key first, then — only
 * for what is left, among the candidates the caller allows — a prefix match (wrapped or truncated
 * labels, added glosses) and a fuzzy match tolerating a few wrong characters.
 */
export class LabelIndex<T> {
  readonly #exact = new Map<string, T[]>()
  readonly #entries: Entry<T>[] = []
  /** The exact match of each value, one object for every lookup (never changed). */
  readonly #exactMatches = new Map<T, LabelMatch<T>>()
  /**
   * Whether a key is all ASCII digits: a text of digits normalises to itself, so without such a
   * key it has no exact match and a caller may skip normalising it.
   */
  readonly hasDigitKey: boolean = false

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
      if (!this.#exactMatches.has(value)) this.#exactMatches.set(value, Object.freeze({ value, kind: 'exact' as const }))
      for (const key of entry.keys) {
        if (isAsciiDigits(key)) this.hasDigitKey = true
        const list = this.#exact.get(key) ?? []
        if (!list.includes(value)) list.push(value)
        this.#exact.set(key, list)
      }
    }
  }

  /**
   * What the index knows of one normalised label, worked out once: a label object stands for one
   * printed text (normalizeLabel returns the same object for the same text), and the same cell
   * texts are looked up by every table definition of two generations, row after row. Kept in the
   * label's own slots (see `labelSlots`) at this index's slot; by label in a map for a label
   * without slots or an index past the slots.
   */
  readonly #lookups = new Map<NormalizedLabel, LabelLookup<T>>()
  readonly #slot: number = nextSlot < slotCount ? nextSlot++ : -1

  /** The label looked up last in the map and what the index knows of it: a row's label is asked several questions in a row. */
  #lastLabel: NormalizedLabel | undefined
  #lastLookup: LabelLookup<T> | undefined

  #lookup(label: NormalizedLabel): LabelLookup<T> {
    // A lookup by slot is an array read where the map would hash the label: it is asked for every
    // row of every grid by every table definition.
    const slots = this.#slot >= 0 ? labelSlots(label) : undefined
    if (slots !== undefined) {
      let lookup = slots[this.#slot] as LabelLookup<T> | undefined
      if (lookup === undefined) {
        lookup = this.#newLookup(label)
        slots[this.#slot] = lookup
      }
      return lookup
    }
    if (label === this.#lastLabel) return this.#lastLookup as LabelLookup<T>
    let lookup = this.#lookups.get(label)
    if (!lookup) {
      lookup = this.#newLookup(label)
      // Bounded like normalizeLabel's cache, whose objects it is keyed by.
      if (this.#lookups.size >= 5_000) this.#lookups.clear()
      this.#lookups.set(label, lookup)
    }
    this.#lastLabel = label
    this.#lastLookup = lookup
    return lookup
  }

  #newLookup(label: NormalizedLabel): LabelLookup<T> {
    const exact = this.#exact.get(label.text) ?? this.#exact.get(label.bare) ?? noValues
    return { exact, exactMatches: exact.map((value) => this.#exactMatches.get(value) as LabelMatch<T>), endings: undefined, ranked: undefined, knows: undefined }
  }

  /**
   * Whether any value is a candidate for the label whatever the caller allows: an exact key, a key
   * the label ends with, or a prefix or fuzzy candidate. When not, {@link exact} is empty and
   * {@link suffix} and {@link match} find nothing, so a caller may skip them (known once a label).
   */
  knows(label: NormalizedLabel): boolean {
    const lookup = this.#lookup(label)
    if (lookup.knows === undefined) {
      lookup.knows = lookup.exact.length > 0 || this.#endings(label).length > 0 || (lookup.ranked ??= this.#rank(label.bare)).length > 0
    }
    return lookup.knows
  }

  /** Values whose normalised label equals this one's (shared: never change the array). */
  exact(label: NormalizedLabel): readonly T[] {
    return this.#lookup(label).exact
  }

  /**
   * The longest known label the text ends with (`第二十条第（五）项信息内容…行政许可` → `行政许可`), for
   * labels that carry the text of headers before them; undefined when two values tie.
   */
  suffix(label: NormalizedLabel, allowed?: (value: T) => boolean): T | undefined {
    let best: T | undefined
    let bestLength = 1
    let tie = false
    const endings = this.#endings(label)
    for (let i = 0; i < endings.length; i++) {
      const { value, length } = endings[i] as Ending<T>
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

  /** The known labels the label's text ends with, in index order (`allowed` filters afterwards). */
  #endings(label: NormalizedLabel): readonly Ending<T>[] {
    const lookup = this.#lookup(label)
    if (lookup.endings) return lookup.endings
    const text = label.text
    const endings: Ending<T>[] = []
    for (const entry of this.#entries) for (const key of entry.keys) if (text.endsWith(key)) endings.push({ value: entry.value, length: key.length })
    lookup.endings = endings
    return endings
  }

  /**
   * The best match: exact, else prefix, else fuzzy, among `allowed` values when given. Returns
   * undefined when nothing matches or when two values match equally well. The match returned is
   * shared by every lookup that finds it (no object per call): never change it.
   */
  match(label: NormalizedLabel, allowed?: (value: T) => boolean): LabelMatch<T> | undefined {
    const lookup = this.#lookup(label)
    // The exact hits that are allowed: one wins, two or more tie (counted without copying).
    const exact = lookup.exact
    let exactHit = -1
    let exactHits = 0
    for (let i = 0; i < exact.length; i++) {
      if (allowed && !allowed(exact[i] as T)) continue
      exactHit = i
      exactHits++
    }
    if (exactHits === 1) return lookup.exactMatches[exactHit]
    if (exactHits > 1) return undefined
    // The first two allowed candidates of the ranking (best score first), without copying it.
    const ranked = (lookup.ranked ??= this.#rank(label.bare))
    let best: Ranked<T> | undefined
    let second: Ranked<T> | undefined
    for (let i = 0; i < ranked.length; i++) {
      const candidate = ranked[i] as Ranked<T>
      if (allowed && !allowed(candidate.value)) continue
      if (!best) best = candidate
      else {
        second = candidate
        break
      }
    }
    if (!best || (second && second.score === best.score)) return undefined
    // A ranked candidate is a match of its own kind (its score rides along unread).
    return best
  }

  /** Each value's best prefix or fuzzy score against `text`, best first. */
  #rank(text: string): Ranked<T>[] {
    const best = new Map<T, Ranked<T>>()
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
    return [...best.values()].sort((a, b) => a.score - b.score).map((ranked) => Object.freeze(ranked))
  }
}

/** A known label a text ends with, and its length. */
interface Ending<T> {
  value: T
  length: number
}

/** A value's best prefix or fuzzy score (lower is better). */
interface Ranked<T> {
  value: T
  score: number
  kind: LabelMatchKind
}

/** The memo of one label: exact hits at once, endings and ranking when first asked for. */
interface LabelLookup<T> {
  exact: readonly T[]
  /** The match object of each exact hit, in the same order. */
  exactMatches: readonly LabelMatch<T>[]
  endings: readonly Ending<T>[] | undefined
  ranked: readonly Ranked<T>[] | undefined
  /** Whether any of the three holds a value (see `knows`), when first asked. */
  knows: boolean | undefined
}

const noValues: readonly never[] = Object.freeze([])

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
