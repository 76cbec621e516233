/**
 * Folds a printed heading for comparison: NFKC (full-width brackets, digits and punctuation become
 * their half-width forms), then every white-space and zero-width character removed, so that
 * `一、 概述` (with U+00A0) and `一、概述`, or `（一）` and `(一)`, compare equal.
 */
export function foldHeading(heading: string): string {
  return heading.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '')
}
