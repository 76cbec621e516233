import { readFileSync } from 'node:fs'
import { parseReport, type ParsedReport } from '../../src/index.js'

/** `parseReport` as it will be once it takes bytes; calling it with bytes today throws a TypeError. */
const parseAny = parseReport as (input: string | Uint8Array) => ParsedReport

let bytesAccepted: boolean | undefined

/**
 * Whether this build of `parseReport` takes a `Uint8Array`: it is asked once with an empty one, and
 * a TypeError (the API-misuse error) means strings only.
 */
export function parseReportAcceptsBytes(): boolean {
  if (bytesAccepted === undefined) {
    try {
      parseAny(new Uint8Array(0))
      bytesAccepted = true
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      bytesAccepted = false
    }
  }
  return bytesAccepted
}

/** The result of parsing one corpus file, or why it failed. */
export interface ParsedFile {
  report: ParsedReport | null
  input: 'bytes' | 'string' | null
  error: string | null
}

/**
 * Parses a file with the public API: as bytes when `parseReport` takes them (so decoding and
 * format detection are measured too), else as a UTF-8 string. A read error or a throw of the
 * parser is returned as `error`, never thrown, so one bad file cannot stop the evaluation.
 */
export function parseFile(path: string): ParsedFile {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    return { report: null, input: null, error: `cannot read ${path}: ${(error as Error).message}` }
  }
  const input = parseReportAcceptsBytes() ? 'bytes' : 'string'
  try {
    const report = input === 'bytes' ? parseAny(bytes) : parseReport(new TextDecoder('utf-8').decode(bytes))
    return { report, input, error: null }
  } catch (error) {
    return { report: null, input, error: `parseReport threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` }
  }
}
