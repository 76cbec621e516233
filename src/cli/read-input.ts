import { readFileSync } from 'node:fs'
import type { CliSettings } from './cli-settings.js'
import type { InputError } from './input-result.js'
import type { InputTask } from './input-task.js'

/** The bytes of one input, or why there are none. */
export type ReadOutcome = { bytes: Uint8Array; error?: never } | { bytes?: never; error: InputError }

/** How many leading bytes are searched for NUL, as git and grep do to call a file binary. */
const binarySniffLength = 8000

/**
 * Reads a file (or takes the bytes of standard input) without ever throwing: a missing or
 * unreadable file, or a binary one (NUL bytes near the start, unless the text is UTF-16), becomes
 * an {@link InputError} so that the batch goes on. Decoding is the library's: `parseReport`
 * sniffs the encoding of the bytes (or obeys `--encoding`) and reports invalid bytes as
 * diagnostics.
 */
export function readInput(task: InputTask, settings: Pick<CliSettings, 'encoding'>): ReadOutcome {
  if (task.missing !== undefined) return { error: { code: 'not-found', message: task.missing } }
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? readFileSync(task.path ?? '')
  } catch (error) {
    return { error: fileError(error) }
  }
  if (!looksLikeUtf16(bytes, settings.encoding) && bytes.subarray(0, binarySniffLength).includes(0)) {
    return { error: { code: 'binary', message: 'The file contains NUL bytes: it is binary, not report text.' } }
  }
  return { bytes }
}

/** UTF-16 text is full of NUL bytes: trust a byte-order mark or `--encoding utf-16…`. */
function looksLikeUtf16(bytes: Uint8Array, encoding: string | undefined): boolean {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  return bom || (encoding?.toLowerCase().startsWith('utf-16') ?? false)
}

function fileError(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  return code === 'ENOENT' ? { code: 'not-found', message } : { code: 'unreadable', message }
}
