import { foldCharacter, growOffsets } from './normalize-line.js'
import { traditionalFoldTable } from './traditional-fold-table.js'

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
}

/** Class of a line break in {@link lineClasses}. */
const lineBreak = -2
/** Class of a character `foldCharacter` changes or drops. */
const foldable = -1
/** Class of `[`. */
const openBracket = -3
/** Characters summed before the packed Han counts are split (below 2^16, so the low half cannot carry). */
const countChunk = 0x8000

let classes: Int32Array | null = null

/**
 * Code unit → 1 for a Han character that stays, 0x10001 for one the traditional fold changes (the
 * Han count in the low 16 bits, the folding count in the high ones, so a run is counted by one
 * addition a character), {@link foldable} for one `foldCharacter` changes or drops, {@link lineBreak}
 * for CR and LF, {@link openBracket} for `[`, 0 for any other. The foldable characters and the line breaks all lie outside the
 * Han block (`scan-plain-line.test.ts` holds the table to `foldCharacter` and the fold table).
 */
function lineClasses(): Int32Array {
  if (classes) return classes
  const fold = traditionalFoldTable()
  classes = new Int32Array(0x10000)
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0x3400 && code <= 0x9fff) classes[code] = fold[code] ? 0x10001 : 1
    else if (code === 10 || code === 13) classes[code] = lineBreak
    else if (code === 0x5b) classes[code] = openBracket
    else if (foldCharacter(code) !== code) classes[code] = foldable
  }
  return classes
}

/**
 * Walks one line of plain text from `start`, once, and writes into `scan` where it ends, the
 * characters the fold changes or drops, whether it holds a `[`, and its Han counts: the line starts, the native search for
 * foldable characters and the traditional-script count, which were three walks of the text, in one
 * lookup a character.
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
  for (;;) {
    const limit = Math.min(length, end + countChunk)
    let packed = 0
    for (; end < limit; end++) {
      const kind = kinds[text.charCodeAt(end)] as number
      if (kind >= 0) {
        packed += kind
        continue
      }
      if (kind === lineBreak) break
      if (kind === openBracket) {
        bracket = true
        continue
      }
      if (count === foldables.length) foldables = scan.foldables = growOffsets(foldables)
      foldables[count++] = end
    }
    han += packed & 0xffff
    folding += packed >>> 16
    // Stopped before the chunk's limit (a line break) or at the end of the input: the line is done.
    if (end < limit || end === length) break
  }
  scan.end = end
  scan.firstFoldable = count > 0 ? (foldables[0] as number) : -1
  scan.foldableCount = count
  scan.bracket = bracket
  scan.han = han
  scan.folding = folding
}
