import type { ParsedReport } from '../index.js'
import type { InputError, InputResult } from './input-result.js'

/** What a batch amounts to, for the closing summary and the exit status. */
export interface BatchTally {
  files: number
  /** Reports read, per generation. */
  generations: Partial<Record<ParsedReport['generation'], number>>
  hardFailures: number
  softFailures: number
  /** Reports with at least one failed hard check. */
  reportsFailingHard: number
  unreadable: { name: string; error: InputError }[]
}

/** An empty tally. */
export function createBatchTally(): BatchTally {
  return { files: 0, generations: {}, hardFailures: 0, softFailures: 0, reportsFailingHard: 0, unreadable: [] }
}

/** Counts one input's result into the tally. */
export function addToTally(tally: BatchTally, result: InputResult): void {
  tally.files += 1
  if (result.error) {
    tally.unreadable.push({ name: result.name, error: result.error })
    return
  }
  if (result.generation) tally.generations[result.generation] = (tally.generations[result.generation] ?? 0) + 1
  tally.hardFailures += result.hardFailures
  tally.softFailures += result.softFailures
  if (result.hardFailures > 0) tally.reportsFailingHard += 1
}
