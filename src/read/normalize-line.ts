import { nextFoldable } from './next-foldable.js'
import type { OffsetMap } from '../model/block.js'

/** Result of normalising one source line. */
export interface NormalizedLine {
  text: string
  /** Null when `text[i]` stands at index `i` of the source line (nothing dropped; folds are one for one). */
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
  // Below NBSP, and from U+3001 up to the small brackets (all of Han text), nothing folds: the
  // common characters are answered first.
  if (code < 0xa0 || (code > 0x3000 && code < 0xfe59)) return code
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
 * the result the source span it came from. `firstFoldable`, when the caller knows it, is what
 * `nextFoldable(raw, 0)` answers (-1 for none), so the line is not searched again; `residue`, when
 * the caller knows it, whether `raw` holds `[bookmark:` (Word residue).
 */
export function normalizeLine(raw: string, sourceOffset: number, firstFoldable?: number, residue?: boolean): NormalizedLine {
  const kept: boolean[] | null = (residue ?? raw.includes('[bookmark:')) ? markResidue(raw) : null
  const removedResidue = kept !== null && kept.includes(false)
  // A line with nothing to fold or drop is its own text (`map: null`): the search proves it. (The
  // plain-text reader folds the lines that only change characters itself, `foldCharactersAt`, and
  // calls this for the lines that drop some or hold residue.)
  if (!removedResidue && (firstFoldable ?? nextFoldable(raw, 0)) < 0) return { text: raw, map: null, removedResidue }
  // Unchanged runs are copied as slices, not character by character (a 5 MB input has lines of
  // thousands of characters).
  const parts: string[] = []
  let dropped = false
  let runStart = 0
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    const folded = kept && !kept[i] ? -1 : foldCharacter(code)
    if (folded === code) continue
    if (i > runStart) parts.push(raw.slice(runStart, i))
    runStart = i + 1
    if (folded < 0) {
      dropped = true
      continue
    }
    parts.push(String.fromCharCode(folded))
  }
  if (raw.length > runStart) parts.push(raw.slice(runStart))
  const text = parts.join('')
  // A fold is one code unit for one: only dropped characters move the others off their index.
  return { text, map: dropped ? offsetMap(raw, sourceOffset, kept) : null, removedResidue }
}

/**
 * `raw` (which starts at source offset `base`) with the characters at source offsets
 * `offsets[0, count)` — ascending, each one `foldCharacter` changes or drops — folded; null when
 * one of them is dropped (the offsets of the others then move: `normalizeLine` builds the map).
 * For a reader that found them while walking the line, so nothing searches it again.
 */
export function foldCharactersAt(raw: string, base: number, offsets: Int32Array, count: number): string | null {
  const parts: string[] = []
  let runStart = 0
  for (let k = 0; k < count; k++) {
    const at = (offsets[k] as number) - base
    const folded = foldCharacter(raw.charCodeAt(at))
    if (folded < 0) return null
    if (at > runStart) parts.push(raw.slice(runStart, at))
    parts.push(String.fromCharCode(folded))
    runStart = at + 1
  }
  if (raw.length > runStart) parts.push(raw.slice(runStart))
  return parts.join('')
}

/** A copy of `offsets` twice as long. */
export function growOffsets(offsets: Int32Array): Int32Array {
  const grown = new Int32Array(offsets.length * 2)
  grown.set(offsets)
  return grown
}

/** Source offsets of the characters kept, for a line that dropped some. */
function offsetMap(raw: string, sourceOffset: number, kept: boolean[] | null): OffsetMap {
  const starts = new Int32Array(raw.length)
  let length = 0
  for (let i = 0; i < raw.length; i++) {
    if ((kept && !kept[i]) || foldCharacter(raw.charCodeAt(i)) < 0) continue
    starts[length++] = sourceOffset + i
  }
  const startArray = starts.slice(0, length)
  const endArray = new Int32Array(length)
  for (let i = 0; i < length; i++) endArray[i] = (startArray[i] ?? 0) + 1
  return { starts: startArray, ends: endArray }
}

function markResidue(raw: string): boolean[] {
  const kept = new Array<boolean>(raw.length).fill(true)
  for (const match of raw.matchAll(residuePattern)) {
    for (let i = match.index; i < match.index + match[0].length; i++) kept[i] = false
  }
  return kept
}
