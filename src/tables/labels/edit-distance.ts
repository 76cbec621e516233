/**
 * Levenshtein distance between two strings, or `limit + 1` as soon as it must exceed `limit`
 * (banded computation: O(length × limit)).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a === b) return 0
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = i
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    for (let j = 1; j < from; j++) current[j] = limit + 1
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min((previous[j] ?? limit + 1) + 1, (current[j - 1] ?? limit + 1) + 1, (previous[j - 1] ?? limit + 1) + cost)
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    for (let j = to + 1; j <= b.length; j++) current[j] = limit + 1
    if (rowMinimum > limit) return limit + 1
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1)
}
