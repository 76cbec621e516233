/**
 * Wraps a pure function of a short text (a heading title, a numeral, a cell's label) with a
 * bounded cache: the same titles, numerals and labels come back on every report (`一、总体情况`),
 * and a cache cleared when full keeps memory flat whatever the input.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 5_000): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    const cached = cache.get(text)
    if (cached !== undefined || cache.has(text)) return cached as T
    const value = compute(text)
    if (cache.size >= limit) cache.clear()
    cache.set(text, value)
    return value
  }
}
