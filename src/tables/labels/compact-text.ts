/**
 * A cell text as label tests compare it: NFKC (full-width and compatibility forms folded) and no
 * white space. Memoised: the same cell texts come back for every template and every report of a
 * batch, and NFKC is the costly part.
 */
export function compactText(text: string): string {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const compact = text.normalize('NFKC').replace(/\s+/gu, '')
  // A bounded cache, like normalizeLabel's.
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(text, compact)
  return compact
}

const cache = new Map<string, string>()
const cacheLimit = 20_000
