import type { ParsedReport } from '../index.js'

/** Why one input produced no report; the batch goes on (docs/cli.md#unreadable-inputs). */
export interface InputError {
  /**
   * `not-found` (no such file), `unreadable` (the file system refused), `binary` (NUL bytes: not
   * report text), `crashed` (a bug: the parser threw or the worker died; please report it).
   * Text in an unexpected encoding is not an error: the library decodes what it can and says so
   * in the report's diagnostics.
   */
  code: 'not-found' | 'unreadable' | 'binary' | 'crashed'
  message: string
}

/** What processing one input gives back to the main thread: printed text plus a tally. */
export interface InputResult {
  index: number
  name: string
  /**
   * What to print on standard output, already formatted (may be empty). A worker thread sends it
   * as UTF-8 bytes, transferred rather than copied, so the main thread only writes it out.
   */
  output: string | Uint8Array
  /** Null when the input could not be read. */
  generation: ParsedReport['generation'] | null
  /** Failed checks of severity `error`. */
  hardFailures: number
  /** Failed checks of severity `warning`. */
  softFailures: number
  error: InputError | null
}
