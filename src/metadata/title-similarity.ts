import { isWhiteSpace } from '../util/is-white-space.js'

/**
 * The character bigrams of a title with its white space left out, each pair of UTF-16 code units
 * as one number, sorted: what {@link bigramDice} compares. A one-character title is its own gram
 * (a number below any pair's, so the two never meet).
 */
export function titleBigrams(text: string): Float64Array {
  const codes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isWhiteSpace(code)) codes.push(code)
  }
  if (codes.length === 1) return Float64Array.of(codes[0] as number)
  const grams = new Float64Array(Math.max(0, codes.length - 1))
  for (let i = 0; i + 1 < codes.length; i++) grams[i] = 0x10000 + (codes[i] as number) * 0x10000 + (codes[i + 1] as number)
  return grams.sort()
}

/** Dice coefficient of two sorted bigram lists ({@link titleBigrams}): shared grams, repeats counted as often as both have them. */
export function bigramDice(left: Float64Array, right: Float64Array): number {
  if (left.length === 0 || right.length === 0) return 0
  let shared = 0
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    const a = left[i] as number
    const b = right[j] as number
    if (a === b) {
      shared++
      i++
      j++
    } else if (a < b) i++
    else j++
  }
  return (2 * shared) / (left.length + right.length)
}

/** Dice coefficient of the character bigrams of two titles (white space ignored). */
export function titleSimilarity(a: string, b: string): number {
  return bigramDice(titleBigrams(a), titleBigrams(b))
}
