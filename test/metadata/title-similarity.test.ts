import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { titleSimilarity } from '../../src/metadata/title-similarity.js'
import { settings } from '../properties/fc-settings.js'

/** The measure as first written: bigram strings counted in a map. */
function reference(a: string, b: string): number {
  const bigrams = (text: string) => {
    const compact = text.replace(/\s+/gu, '')
    const result: string[] = []
    for (let i = 0; i + 1 < compact.length; i++) result.push(compact.slice(i, i + 2))
    if (compact.length === 1) result.push(compact)
    return result
  }
  const left = bigrams(a)
  const right = bigrams(b)
  if (left.length === 0 || right.length === 0) return 0
  const pool = new Map<string, number>()
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1)
  let shared = 0
  for (const gram of left) {
    const available = pool.get(gram) ?? 0
    if (available > 0) {
      shared++
      pool.set(gram, available - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}

describe('titleSimilarity', () => {
  test('should score a declared part against a section title by shared bigrams', () => {
    // 概述 / 一、概述: grams {概述} and {一、, 、概, 概述}: 2·1 / (1 + 3).
    expect(titleSimilarity('概述', '一、概述')).toBe(0.5)
    // White space is left out: 主动 公开 reads 主动公开.
    expect(titleSimilarity('主动 公开', '主动公开')).toBe(1)
    expect(titleSimilarity('', '概述')).toBe(0)
  })

  test('should count a repeated bigram only as often as both titles have it', () => {
    // 哈哈哈: {哈哈, 哈哈}; 哈哈: {哈哈}: 2·1 / (2 + 1).
    expect(titleSimilarity('哈哈哈', '哈哈')).toBeCloseTo(2 / 3, 12)
  })

  test('should not match a one-character title with a pair that starts with a NUL', () => {
    expect(titleSimilarity('a', '\u0000a')).toBe(0)
  })

  test('should equal the map-of-strings measure on any two texts', () => {
    // Short texts like titles, and long ones whose grams are sorted another way (over 64 grams).
    const unit = fc.constantFrom('概', '述', '情', '况', ' ', '\u3000', '\u0000', 'a', '\ud83d', '\ude00')
    const text = fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ unit, minLength: 60, maxLength: 160 }))
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(titleSimilarity(a, b)).toBe(reference(a, b))
      }),
      settings,
    )
  })
})
