import { foldCharacter } from './normalize-line.js'

/** A whole source text folded for matching, code unit for code unit. */
export interface FoldedText {
  /** `text` with every character `foldCharacter` changes folded (the input itself when none is); characters it drops are kept. */
  text: string
  /** Offsets of the characters `foldCharacter` drops (zero-width characters, BOM), ascending. */
  drops: number[]
  /** Offset of the first character of each line (breaks: CRLF, CR, LF), as `createSourceText` has them. */
  lineStarts: number[]
}

/**
 * Folds a whole source text and finds its line starts in one pass, so the plain-text reader can slice each line's
 * normalised text out of it instead of folding line by line (`normalizeLine`). Characters the fold
 * drops stay in place and are listed in `drops`: a line holding one needs `normalizeLine` and its
 * offset map. Unchanged runs are copied as slices, so a text that needs no fold costs one scan.
 */
export function foldText(text: string): FoldedText {
  const drops: number[] = []
  const parts: string[] = []
  const lineStarts = [0]
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // The same scan finds the line breaks; the LF of a CRLF ends the line.
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1)
    const folded = foldCharacter(code)
    if (folded === code) continue
    if (folded < 0) {
      drops.push(i)
      continue
    }
    if (i > runStart) parts.push(text.slice(runStart, i))
    parts.push(String.fromCharCode(folded))
    runStart = i + 1
  }
  if (parts.length === 0) return { text, drops, lineStarts }
  if (text.length > runStart) parts.push(text.slice(runStart))
  return { text: parts.join(''), drops, lineStarts }
}
