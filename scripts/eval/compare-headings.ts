import { foldHeading } from './fold-heading.js'

/** How the headings a parse found compare with the headings a manifest expects. */
export interface HeadingComparison {
  /** Expected headings, as printed. */
  expected: string[]
  /** Headings the parser found (`numbering + title`), as it returned them. */
  got: string[]
  /** How many expected headings were found in order (longest common subsequence after folding). */
  found: number
  /** Whether the folded sequences are identical (same headings, same order, nothing extra). */
  exact: boolean
  /** Expected headings that are not part of the in-order match, as printed. */
  missing: string[]
}

/**
 * Compares two heading sequences after {@link foldHeading}: `found` is the length of their longest
 * common subsequence, so a heading counts only when it appears in the expected order.
 */
export function compareHeadings(expected: readonly string[], got: readonly string[]): HeadingComparison {
  const a = expected.map(foldHeading)
  const b = got.map(foldHeading)
  // lengths[i][j] = LCS of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  const missing: string[] = []
  let i = 0
  let j = 0
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (j < b.length && lengths[i]![j + 1]! >= lengths[i + 1]![j]!) {
      j++
    } else {
      missing.push(expected[i]!)
      i++
    }
  }
  const exact = a.length === b.length && a.every((heading, index) => heading === b[index])
  return { expected: [...expected], got: [...got], found: lengths[0]![0]!, exact, missing }
}
