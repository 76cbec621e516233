import { ownString } from './own-string.js'

/**
 * Code units of text one cache keeps at most, its keys summed: a long text (the labels of a
 * wrapped row run together, a run-on line) may be kept, but no cache holds more than a few
 * megabytes, whatever the inputs.
 */
const charactersKept = 500_000

/**
 * Wraps a pure function of a short text (a heading title, a numeral, a cell's label) with a
 * bounded cache: the same titles, numerals and labels come back on every report (`一、总体情况`),
 * and a cache cleared when full (`limit` entries, or `charactersKept` code units) keeps memory
 * flat whatever the input. A text is stored, and computed on, as a string of its own
 * (`ownString`): a substring of the input would keep the whole input alive in the cache after the
 * parse, so that a batch of reports would grow the heap by each report's size.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 5_000): (text: string) => T {
  const cache = new Map<string, T>()
  let characters = 0
  return (text) => {
    const cached = cache.get(text)
    if (cached !== undefined || cache.has(text)) return cached as T
    if (text.length > charactersKept) return compute(text)
    const own = ownString(text)
    const value = compute(own)
    if (cache.size >= limit || characters + own.length > charactersKept) {
      cache.clear()
      characters = 0
    }
    cache.set(own, value)
    characters += own.length
    return value
  }
}
