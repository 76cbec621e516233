import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, ReadDocument } from '../model/block.js'
import { tableBlocks } from './table-blocks.js'
import { traditionalFoldTable } from './traditional-fold-table.js'
import { recordedScriptCount, type ScriptCount } from './script-count.js'
import { codeUnitsToString } from '../util/code-units-to-string.js'

let classes: Int32Array | null = null

/**
 * Code unit → 1 for a Han character (U+3400–U+9FFF) that stays, 0x10001 for one that folds, 0 for
 * any other: the share test adds one number per character, the Han count in the low 16 bits and
 * the folding count in the high ones (summed over at most {@link countChunk} characters, so
 * neither half overflows). Every character of the fold table lies in that range.
 */
function classTable(): Int32Array {
  if (classes) return classes
  const fold = traditionalFoldTable()
  classes = new Int32Array(0x10000)
  for (let code = 0x3400; code <= 0x9fff; code++) classes[code] = fold[code] ? 0x10001 : 1
  return classes
}

/** Characters summed before the packed counts are split (below 2^16, so the low half cannot carry). */
const countChunk = 0x8000

/** A document is taken for traditional script when this share of its Han characters fold. */
const traditionalShare = 0.05
/** …and at least this many do. */
const traditionalMinimum = 10

/** Folds traditional characters of one string to simplified ones, code unit for code unit. */
export function foldTraditionalText(text: string): string {
  const fold = traditionalFoldTable()
  let changed = false
  let surrogates = false
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const folded = fold[code] as number
    codes[i] = folded || code
    if (folded) changed = true
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true
  }
  return changed ? codeUnitsToString(codes, codes.length, surrogates) : text
}

/**
 * Traditional-script pages (mirrors of a report in 繁體字) are matched after a character-level
 * traditional → simplified fold (OpenCC's character table): when at least 5 % of the Han characters
 * of the lines fold, every line's `text` and `raw` and every grid cell's text are folded in place, so
 * titles, labels and roles match and the result reads in simplified characters. The fold maps one
 * code unit to one code unit, so offset maps and positions stay exact: they lead to the traditional
 * characters of the source.
 * Simplified documents are left alone (a few characters such as 么 and 著 are in the table).
 */
export function foldTraditional(document: ReadDocument, diagnostics: DiagnosticList): void {
  // The plain-text reader counts while it reads; other documents (or lines changed since) are counted here.
  const { han, folding } = recordedScriptCount(document) ?? countScript(document)
  if (folding < traditionalMinimum || folding < han * traditionalShare) return
  for (const line of document.lines) {
    line.text = foldTraditionalText(line.text)
    line.raw = foldTraditionalText(line.raw)
  }
  for (const block of tableBlocks(document)) foldCells(block)
  diagnostics.add('read.traditional-folded', 'read', `The text is in traditional script (${folding} of ${han} Han characters); folded to simplified for matching.`)
}

/** The Han characters of the document's lines and how many of them fold, by one addition a character. */
function countScript(document: ReadDocument): ScriptCount {
  const kind = classTable()
  let han = 0
  let folding = 0
  for (const line of document.lines) {
    const text = line.text
    for (let from = 0; from < text.length; from += countChunk) {
      const to = Math.min(text.length, from + countChunk)
      let packed = 0
      for (let i = from; i < to; i++) packed += kind[text.charCodeAt(i)] as number
      han += packed & 0xffff
      folding += packed >>> 16
    }
  }
  return { han, folding }
}

function foldCells(block: Block): void {
  if (block.type !== 'table') return
  const seen = new Set<object>()
  for (const row of block.rows) {
    for (const cell of row) {
      if (seen.has(cell)) continue
      seen.add(cell)
      cell.text = foldTraditionalText(cell.text)
    }
  }
}
