import { readFileSync } from 'node:fs'
import type { CliSettings } from './cli-settings.js'
import type { InputError } from './input-result.js'
import type { InputTask } from './input-task.js'

/** The text of one input, or why there is none. */
export type ReadOutcome = { text: string; error?: never } | { text?: never; error: InputError }

/** How many leading bytes are searched for NUL, as git and grep do to call a file binary. */
const binarySniffLength = 8000

const boms: { encoding: string; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/**
 * Reads a file (or takes the bytes of standard input) and decodes it to text without ever
 * throwing: a missing file, a binary file or bytes invalid in the encoding become an
 * {@link InputError} so that the batch goes on. A BOM decides the encoding; otherwise
 * `--encoding`, otherwise strict UTF-8.
 *
 * The library's `parseReport` takes a string today; once it takes bytes (issue 5: sniffing
 * GB18030, Big5, `<meta charset>`), this function hands the bytes over instead of decoding them.
 */
export function readInput(task: InputTask, settings: Pick<CliSettings, 'encoding'>): ReadOutcome {
  if (task.missing !== undefined) return { error: { code: 'not-found', message: task.missing } }
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? readFileSync(task.path ?? '')
  } catch (error) {
    return { error: fileError(error) }
  }
  const bom = boms.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte))
  const encoding = bom?.encoding ?? settings.encoding ?? 'utf-8'
  if (!encoding.startsWith('utf-16') && bytes.subarray(0, binarySniffLength).includes(0)) {
    return { error: { code: 'binary', message: 'The file contains NUL bytes: it is binary, not report text.' } }
  }
  try {
    // TextDecoder drops the BOM itself.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    const hint = settings.encoding === undefined ? ' If it is GBK or GB18030, pass `--encoding gb18030`.' : ''
    return { error: { code: 'undecodable', message: `The bytes are not valid ${encoding}.${hint}` } }
  }
}

function fileError(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  return code === 'ENOENT' ? { code: 'not-found', message } : { code: 'unreadable', message }
}
