import type { ExpectedNumber } from './load-manifest.js'

/**
 * Reads a manifest value as the number to compare: numbers and `null` (blank) pass through, text
 * such as `75394432.52元` or `24252.311082` gives its number with the unit dropped; anything else
 * gives `undefined` so the caller can report the manifest entry instead of scoring it.
 */
export function parseExpectedNumber(value: ExpectedNumber | undefined): number | null | undefined {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:万元|元|件|条|个)?\s*$/u.exec(value.normalize('NFKC'))
  return match ? Number(match[1]) : undefined
}
