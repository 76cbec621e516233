import type { ReadDocument } from '../model/block.js'
import { recordedForAllLines } from './line-facts.js'

/** Han characters of a document's lines, and how many of them the traditional → simplified fold changes. */
export interface ScriptCount {
  han: number
  folding: number
}

/**
 * The script count the plain-text reader took of `document`'s lines while it read them (it walks
 * every character anyway), recorded with its line facts, so that `foldTraditional` need not walk
 * them again; null when there is none or a line's text has changed since (the count is a function
 * of the lines' texts, so the same texts give the same count).
 */
export function recordedScriptCount(document: ReadDocument): ScriptCount | null {
  return recordedForAllLines(document)?.scriptCount ?? null
}
