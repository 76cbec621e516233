import type { OffsetMap } from '../model/block.js'

/** Result of normalising one source line. */
export interface NormalizedLine {
  text: string
  /** Null when `text` equals the source line character for character. */
  map: OffsetMap | null
  /** Whether Word residue (`[bookmark: …]`) was removed. */
  removedResidue: boolean
}

// `[bookmark: _GoBack]` left by Word-to-text conversion (seed qidu-2017).
const residuePattern = /\[bookmark:[^\]\n]{0,200}\]/gu

/**
 * Folds one character for matching, or returns '' to drop it. One source code unit becomes at most
 * one code unit, so offsets stay exact.
 *
 * - Full-width ASCII (digits, letters, brackets, `．`) → ASCII, except the Chinese sentence marks
 *   `，：；！？`, which keep their full-width form.
 * - U+3000, NBSP and the other space characters → ' '.
 * - Zero-width characters and BOM → dropped.
 */
export function foldCharacter(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) {
    if (code === 0xff0c || code === 0xff1a || code === 0xff1b || code === 0xff01 || code === 0xff1f) return code
    return code - 0xfee0
  }
  if (code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) {
    return 0x20
  }
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0x2060) return -1
  if (code === 0xfe59) return 0x28 // ﹙
  if (code === 0xfe5a) return 0x29 // ﹚
  return code
}

/**
 * Normalises one line of source text starting at `sourceOffset`, keeping for each character of
 * the result the source span it came from.
 */
export function normalizeLine(raw: string, sourceOffset: number): NormalizedLine {
  let removedResidue = false
  const kept: boolean[] | null = raw.includes('[bookmark:') ? markResidue(raw) : null
  if (kept) removedResidue = kept.includes(false)
  let changed = removedResidue
  let text = ''
  const starts: number[] = []
  for (let i = 0; i < raw.length; i++) {
    if (kept && !kept[i]) continue
    const code = raw.charCodeAt(i)
    const folded = foldCharacter(code)
    if (folded !== code) changed = true
    if (folded < 0) continue
    text += String.fromCharCode(folded)
    starts.push(sourceOffset + i)
  }
  if (!changed) return { text: raw, map: null, removedResidue }
  const startArray = Int32Array.from(starts)
  const endArray = startArray.map((start) => start + 1)
  return { text, map: { starts: startArray, ends: endArray }, removedResidue }
}

function markResidue(raw: string): boolean[] {
  const kept = new Array<boolean>(raw.length).fill(true)
  for (const match of raw.matchAll(residuePattern)) {
    for (let i = match.index; i < match.index + match[0].length; i++) kept[i] = false
  }
  return kept
}
