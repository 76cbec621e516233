import { isWhiteSpace } from '../util/is-white-space.js'

/** Longest list sorted by insertion: a title's few dozen grams sort fastest so, a long text not. */
const insertionSortLimit = 64

/**
 * The character bigrams of a title with its white space left out, each pair of UTF-16 code units
 * as one number, sorted: what {@link bigramDice} compares. A one-character title is its own gram
 * (a number below any pair's, so the two never meet).
 */
export function titleBigrams(text: string): number[] {
  const grams: number[] = []
  let previous = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isWhiteSpace(code)) continue
    if (previous >= 0) grams.push(0x10000 + previous * 0x10000 + code)
    previous = code
  }
  // One character and no pair: the character is the gram.
  if (grams.length === 0 && previous >= 0) grams.push(previous)
  if (grams.length > insertionSortLimit) return grams.sort((a, b) => a - b)
  for (let i = 1; i < grams.length; i++) {
    const gram = grams[i] as number
    let j = i
    for (; j > 0 && (grams[j - 1] as number) > gram; j--) grams[j] = grams[j - 1] as number
    grams[j] = gram
  }
  return grams
}

/** Dice coefficient of two sorted bigram lists ({@link titleBigrams}): shared grams, repeats counted as often as both have them. */
export function bigramDice(left: readonly number[], right: readonly number[]): number {
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
