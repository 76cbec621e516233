import type { Line, ReadDocument } from '../model/block.js'

/** Han characters of a document's lines, and how many of them the traditional → simplified fold changes. */
export interface ScriptCount {
  han: number
  folding: number
}

/** A count a reader took, with the document, its lines and their texts as they were then. */
interface RecordedCount extends ScriptCount {
  document: ReadDocument
  lines: readonly Line[]
  texts: readonly string[]
}

/**
 * The count of the document read last, until `foldTraditional` takes it (right after, in
 * `parseReport`). One slot, not a WeakMap keyed by document: a WeakMap entry keeps a document's
 * lines alive until the next full collection, so every scavenge copied all the documents read
 * since (a third of the reading time went to the collector). A caller of `readText` that never
 * folds (`checkReport` with a text) leaves its document here until the next read.
 */
let recorded: RecordedCount | null = null

/**
 * Keeps the script count a reader took of `document`'s lines while it read them (the plain-text
 * reader walks every character anyway), so `foldTraditional` need not walk them again. `count`
 * must be that of the lines' `text` as they are now; `lineTexts`, when the reader has them, are
 * those texts in order (kept as they are: the caller does not change the array).
 */
export function recordScriptCount(document: ReadDocument, count: ScriptCount, lineTexts?: readonly string[]): void {
  const lines = document.lines
  let texts = lineTexts
  if (texts === undefined) {
    const copy = new Array<string>(lines.length)
    for (let i = 0; i < lines.length; i++) copy[i] = (lines[i] as Line).text
    texts = copy
  }
  recorded = { han: count.han, folding: count.folding, document, lines, texts }
}

/**
 * Takes the count recorded for `document` (the slot is emptied either way, so no document is held
 * once counted), or null when there is none or its lines have changed since (another array,
 * another number, or a line whose text is not the one counted): the count is a function of the
 * lines' texts, so the same texts give the same count.
 */
export function takeScriptCount(document: ReadDocument): ScriptCount | null {
  const count = recorded
  recorded = null
  if (!count || count.document !== document || count.lines !== document.lines || count.texts.length !== document.lines.length) return null
  const { lines, texts } = count
  // Mostly the very same strings: `===` answers by identity before it compares characters.
  for (let i = 0; i < lines.length; i++) if ((lines[i] as Line).text !== texts[i]) return null
  return count
}
