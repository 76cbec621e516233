// The code units `foldCharacter` changes or drops, as one class: NBSP, U+2000–U+200D (spaces and
// zero-width characters), U+202F, U+205F, U+2060, U+3000, ﹙﹚, BOM, and the full-width forms
// U+FF02–U+FF5E except the sentence marks `，：；？` (U+FF01 `！` stays too). No `u` flag: the
// search is by code unit, as the fold is. `next-foldable.test.ts` holds it to `foldCharacter` on
// every code unit.
const foldable = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufe59\ufe5a\ufeff\uff02-\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]/g

/**
 * Offset of the first character at or after `from` that `foldCharacter` changes or drops, or -1:
 * a native search, for a caller of `normalizeLine` that has not walked the line itself (the
 * plain-text reader finds them in its own walk, `scanPlainLine`).
 */
export function nextFoldable(text: string, from: number): number {
  foldable.lastIndex = from
  // `test` moves `lastIndex` past the match without building a match array.
  return foldable.test(text) ? foldable.lastIndex - 1 : -1
}
