import type { Line, ReadDocument } from '../model/block.js'
import type { ScriptCount } from './script-count.js'
import { foldCharacter } from './normalize-line.js'

/**
 * Bits of what a line's text holds, as the grid readers test it. Each is a plain function of the
 * text ({@link lineFactsOfText} is the definition); the plain-text reader records them in the walk
 * it makes of every character anyway, so a reader learns them without searching the line again.
 */
export const LineFact = {
  /** A TAB. */
  tab: 1,
  /** A `|`. */
  pipe: 2,
  /**
   * What can part two cells of aligned columns: two U+0020 after the leading ones, or white space
   * other than a space (`/  |[\t-\r\u1680\u2028\u2029]/` searched from the end of the indentation).
   */
  gap: 4,
  /** `。`, `；` or `;`. */
  stop: 8,
  /** `！` or `？`. */
  exclamation: 16,
  /** `，` or `,`. */
  comma: 32,
  /** `：` or `:`. */
  colon: 64,
  /** An ASCII digit (`\d`). */
  digit: 128,
} as const

/** What {@link lineFactBits} answers for a line whose facts are not known: test the text itself. */
export const unknownFacts = -1

let factTable: Uint8Array | null = null

/**
 * Code unit → the {@link LineFact} bits it sets on its own (all but the two-space gap, which needs
 * the character before). 0 for every other character, the Han block included.
 */
export function lineFactTable(): Uint8Array {
  if (factTable) return factTable
  const table = new Uint8Array(0x10000)
  table[0x09] = LineFact.tab | LineFact.gap
  for (const code of [0x0a, 0x0b, 0x0c, 0x0d, 0x1680, 0x2028, 0x2029]) table[code] = LineFact.gap
  table[0x7c] = LineFact.pipe
  for (const code of [0x3002, 0xff1b, 0x3b]) table[code] = LineFact.stop
  for (const code of [0xff01, 0xff1f]) table[code] = LineFact.exclamation
  for (const code of [0xff0c, 0x2c]) table[code] = LineFact.comma
  for (const code of [0xff1a, 0x3a]) table[code] = LineFact.colon
  for (let code = 0x30; code <= 0x39; code++) table[code] = LineFact.digit
  factTable = table
  return table
}

/**
 * The {@link LineFact} bits of one text, by one lookup a character: the definition the reader's
 * walk must agree with, and the facts of a line the walk did not see as it is (a folded line, a
 * segment of a run-on line).
 */
export function lineFactsOfText(text: string): number {
  const table = lineFactTable()
  let facts = 0
  // The gap's two spaces count only from the end of the indentation (U+0020 only) on.
  let indent = 0
  while (text.charCodeAt(indent) === 0x20) indent++
  for (let i = indent; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      if (i > indent && text.charCodeAt(i - 1) === 0x20) facts |= LineFact.gap
    } else facts |= table[code] as number
  }
  return facts
}

/**
 * The facts of a line folded character for character (`foldCharactersAt`: none dropped), from
 * `walked`, the facts the walk found in its source text `raw` (which left the folded characters
 * out), and the folded characters at `offsets[0, count)` (less `base`). Most folds make a space
 * (U+3000 indentation) or an ASCII digit: a space folded in makes a gap only next to another
 * space after the folded `text`'s indentation; and when that indentation is longer than the raw
 * one, a gap the walk found may lie inside it, so the text is walked again.
 */
export function foldedLineFacts(walked: number, raw: string, base: number, offsets: Int32Array, count: number, text: string): number {
  const table = lineFactTable()
  let facts = walked
  // Where the folded text's indentation ends; found at the first fold to a space.
  let indent = -1
  for (let k = 0; k < count; k++) {
    const at = (offsets[k] as number) - base
    const folded = foldCharacter(raw.charCodeAt(at))
    if (folded !== 0x20) {
      facts |= table[folded] as number
      continue
    }
    if (indent < 0) {
      indent = 0
      while (text.charCodeAt(indent) === 0x20) indent++
      let rawIndent = 0
      while (raw.charCodeAt(rawIndent) === 0x20) rawIndent++
      if ((walked & LineFact.gap) !== 0 && indent > rawIndent) return lineFactsOfText(text)
    }
    // A space after the indentation (the character at `indent` is none, so `at > indent`) with a
    // space on either side: both pairs start at or after the indentation's end.
    if (at > indent && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at + 1) === 0x20)) facts |= LineFact.gap
  }
  return facts
}

/** The facts a reader recorded of a document's lines: `bits[i]` are those of the text `texts[i]`. */
export interface RecordedLineFacts {
  readonly texts: readonly string[]
  readonly bits: readonly number[]
  /**
   * When joining `texts` with `\n` gives `input` back but for the texts of `foldedLines` (folded
   * character for character, so of the same length), those two; else null. `documentText` builds
   * the full text from it while the lines' texts are still `texts`.
   */
  readonly joined: { readonly input: string; readonly foldedLines: readonly number[] } | null
  /** The Han characters of `texts` and how many of them the traditional fold changes (`foldTraditional`). */
  readonly scriptCount: ScriptCount
}

/**
 * Where a document keeps its recorded facts: a non-enumerable property set once on the document
 * the reader builds (so it lives and dies with the document, and no slot or WeakMap holds it).
 */
const factsKey = Symbol('lineFacts')

/** Gives `document` (just built by a reader) the facts of its lines as they are now. */
export function recordLineFacts(document: ReadDocument, facts: RecordedLineFacts): void {
  Object.defineProperty(document, factsKey, { value: facts, enumerable: false, configurable: true, writable: false })
}

/** The facts recorded for `document`, or null (a document built by hand, by another reader). */
export function recordedLineFacts(document: ReadDocument): RecordedLineFacts | null {
  return ((document as unknown as Record<symbol, RecordedLineFacts | undefined>)[factsKey] as RecordedLineFacts | undefined) ?? null
}

/**
 * The facts recorded for `document` when it still has as many lines as were recorded and each
 * holds the very text recorded (compared by identity first), else null: what was recorded of the
 * lines as a whole (`joined`, `scriptCount`) holds only then. A reader's facts of single lines are
 * read with {@link lineFactBits}, which needs no such walk.
 */
export function recordedForAllLines(document: ReadDocument): RecordedLineFacts | null {
  const facts = recordedLineFacts(document)
  const lines = document.lines
  if (facts === null || facts.texts.length !== lines.length) return null
  const texts = facts.texts
  for (let index = 0; index < lines.length; index++) if ((lines[index] as Line).text !== texts[index]) return null
  return facts
}

/**
 * The {@link LineFact} bits of `line`'s text when they were recorded for that very text (the entry
 * at `line.index` was taken of a string equal to it: facts are a function of the text only, so a
 * line edited since, or a line of another document, is simply not known), else {@link unknownFacts}.
 */
export function lineFactBits(facts: RecordedLineFacts | null, line: Line): number {
  if (facts === null) return unknownFacts
  const index = line.index
  // Mostly the very same string: `===` answers by identity before it compares characters.
  return facts.texts[index] === line.text ? (facts.bits[index] as number) : unknownFacts
}
