import { foldCharacter, growOffsets } from './normalize-line.js'
import { traditionalFoldTable } from './traditional-fold-table.js'
import { LineFact, lineFactTable } from './line-facts.js'

/** What {@link scanPlainLine} found on one line; one object reused from line to line. */
export interface PlainLineScan {
  /** Where the line's text ends: at its line break (CR or LF) or at the end of the input. */
  end: number
  /** First character of the line that `foldCharacter` changes or drops, or -1. */
  firstFoldable: number
  /** Offsets of all of them, in `foldables[0, foldableCount)` (the array grows as needed). */
  foldables: Int32Array
  foldableCount: number
  /** Whether the line holds a `[` (Word residue, `[bookmark: …]`, starts with one). */
  bracket: boolean
  /** Han characters (U+3400–U+9FFF) of the line. */
  han: number
  /** …and how many of them the traditional → simplified fold changes. */
  folding: number
  /** The line's `LineFact` bits, as `lineFactsOfText` finds them in the line as it is in the input. */
  facts: number
}

/** Class of a line break in {@link lineClasses}. */
const lineBreak = -2
/** Class of a character `foldCharacter` changes or drops. */
const foldable = -1
/** Class of `[`. */
const openBracket = -3
/** Class of U+0020 (two of them after the indentation are a `LineFact.gap`). */
const space = -4

/** Where the fields of a class lie: Han count in bits 0–8, folding count in 9–17, `LineFact` bits from 18. */
const foldingShift = 9
const factShift = 18
/**
 * Characters summed before the packed counts are split: at most 2^9 - 1 each, so neither count
 * carries into the next field (a carry only goes up: the fact field above takes them, and is
 * never read off the sum).
 */
const countChunk = 0x1ff

let classes: Int32Array | null = null

/**
 * Code unit → a non-negative class for a character the walk only counts and notes: 1 for a Han
 * character that stays, 1 + 2^9 for one the traditional fold changes, plus the `LineFact` bits it
 * sets shifted by {@link factShift} (the walk adds the class to the counts and ors it into the
 * facts, with no branch; tabs, digits and marks are a fifth of a report's characters). Negative
 * for the few that need a branch: {@link foldable} for one `foldCharacter` changes or drops,
 * {@link lineBreak} for CR and LF, {@link openBracket} for `[`, {@link space} for U+0020. The
 * foldable characters, the line breaks and the fact characters all lie outside the Han block, and
 * no fact character folds (`scan-plain-line.test.ts` holds the table to `foldCharacter`, the fold
 * table and `lineFactsOfText`).
 */
function lineClasses(): Int32Array {
  if (classes) return classes
  const fold = traditionalFoldTable()
  const facts = lineFactTable()
  classes = new Int32Array(0x10000)
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0x3400 && code <= 0x9fff) classes[code] = fold[code] ? 1 + (1 << foldingShift) : 1
    else if (code === 10 || code === 13) classes[code] = lineBreak
    else if (code === 0x5b) classes[code] = openBracket
    else if (foldCharacter(code) !== code) classes[code] = foldable
    else if (code === 0x20) classes[code] = space
    else classes[code] = (facts[code] as number) << factShift
  }
  return classes
}

/**
 * Walks one line of plain text from `start`, once, and writes into `scan` where it ends, the
 * characters the fold changes or drops, whether it holds a `[`, its Han counts and its `LineFact`
 * bits (what the grid readers would search it for): the line starts, the native search for
 * foldable characters, the traditional-script count and the readers' searches, which were several
 * walks of the text, in one lookup a character. The facts are those of the line as it is in the
 * input: a caller that folds the line finds its facts again.
 */
export function scanPlainLine(text: string, start: number, scan: PlainLineScan): void {
  const kinds = lineClasses()
  const length = text.length
  let end = start
  let foldables = scan.foldables
  let count = 0
  let bracket = false
  let han = 0
  let folding = 0
  let facts = 0
  // The indentation (U+0020 only) sets no fact: the walk starts after it, so a space whose
  // predecessor is a space is a gap.
  while (text.charCodeAt(end) === 0x20) end++
  for (;;) {
    const limit = Math.min(length, end + countChunk)
    let packed = 0
    for (; end < limit; end++) {
      const kind = kinds[text.charCodeAt(end)] as number
      if (kind >= 0) {
        // Wrapped to 32 bits: the fact field's sum overflows, the counts below it do not.
        packed = (packed + kind) | 0
        facts |= kind
        continue
      }
      if (kind === lineBreak) break
      if (kind === space) {
        if (text.charCodeAt(end - 1) === 0x20) facts |= LineFact.gap << factShift
        continue
      }
      if (kind === openBracket) {
        bracket = true
        continue
      }
      if (count === foldables.length) foldables = scan.foldables = growOffsets(foldables)
      foldables[count++] = end
    }
    han += packed & ((1 << foldingShift) - 1)
    folding += (packed >>> foldingShift) & ((1 << foldingShift) - 1)
    // Stopped before the chunk's limit (a line break) or at the end of the input: the line is done.
    if (end < limit || end === length) break
  }
  scan.end = end
  scan.firstFoldable = count > 0 ? (foldables[0] as number) : -1
  scan.foldableCount = count
  scan.bracket = bracket
  scan.han = han
  scan.folding = folding
  scan.facts = facts >>> factShift
}
