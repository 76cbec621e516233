import iconv from 'iconv-lite'
import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Position } from '../model/position.js'
import { detectMojibake } from './detect-mojibake.js'
import { decodeGb18030ByTable } from './gb18030-by-table.js'
import { scanDoubleByte } from './scan-double-byte.js'
import { scanUtf8 } from './scan-utf8.js'
import { sniffEncoding, type EncodingGuess } from './sniff-encoding.js'

/** The decoded input. */
export interface DecodedInput {
  /** The text every position refers to. */
  text: string
  /** Encoding used, or null for string input. */
  encoding: string | null
}

/** At most this many invalid sequences are reported one by one; the rest are summed up. */
const reportLimit = 20

/**
 * Turns the input of `parseReport` into text: strings pass through; bytes are decoded with the
 * encoding {@link sniffEncoding} picks (or `forcedEncoding`), through iconv-lite (GB18030 of the
 * Basic Multilingual Plane through a table of iconv-lite's own, {@link decodeGb18030ByTable}). Invalid
 * and cut-off sequences, a contradicted `<meta>` charset and mojibake become diagnostics; nothing
 * throws.
 */
export function decodeInput(input: string | Uint8Array, forcedEncoding: string | null, diagnostics: DiagnosticList): DecodedInput {
  if (typeof input === 'string') {
    reportMojibake(input, diagnostics)
    return { text: input, encoding: null }
  }
  const guess = sniffEncoding(input, forcedEncoding)
  const body = input.subarray(guess.bomLength)
  // GB18030 of characters of the Basic Multilingual Plane (most GB reports): the same string from a
  // table of iconv-lite's own readings; bytes the sniff's scan found invalid are not tried.
  const byTable = guess.encoding === 'gb18030' && (guess.doubleByte === null || guess.doubleByte.invalidCount === 0)
  const text =
    (byTable ? decodeGb18030ByTable(body) : null) ?? iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), guess.encoding, { stripBOM: false })
  if (guess.declaredContradicted && guess.declared) {
    diagnostics.add('decode.charset-mismatch', 'decode', `The page declares charset ${guess.declared} but its bytes read as ${guess.encoding}; decoded as ${guess.encoding}.`, {
      actual: guess.declared,
    })
  }
  if (guess.reason === 'double-byte') {
    diagnostics.add('decode.encoding-guessed', 'decode', `The bytes are not UTF-8 and carry no byte-order mark; decoded as ${guess.encoding}, guessed from their byte structure.`)
  }
  reportInvalidBytes(body, guess, text, diagnostics)
  reportMojibake(text, diagnostics)
  return { text, encoding: guess.encoding }
}

function reportInvalidBytes(body: Uint8Array, guess: EncodingGuess, text: string, diagnostics: DiagnosticList): void {
  let offsets: number[] = []
  let count = 0
  let truncated = false
  if (guess.encoding === 'utf-8') {
    const scan = guess.utf8 ?? scanUtf8(body, 0, reportLimit)
    ;({ invalidOffsets: offsets, invalidCount: count, truncatedAtEnd: truncated } = scan)
  } else if (guess.encoding === 'gb18030' || guess.encoding === 'big5') {
    const scan = guess.doubleByte ?? scanDoubleByte(body, guess.encoding, 0, reportLimit)
    ;({ invalidOffsets: offsets, invalidCount: count, truncatedAtEnd: truncated } = scan)
  } else if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') {
    if (body.length % 2 === 1) {
      offsets = [body.length - 1]
      count = 1
      truncated = true
    }
  }
  if (count === 0) return
  const bomLength = guess.bomLength
  const places = replacementPositions(text, count)
  offsets.forEach((offset, index) => {
    const byteOffset = offset + bomLength
    const bytes = hexBytes(body.subarray(offset, offset + 4))
    const cut = truncated && index === offsets.length - 1
    diagnostics.add(
      cut ? 'decode.truncated' : 'decode.invalid-bytes',
      'decode',
      cut
        ? `The bytes end in the middle of a ${guess.encoding} character (byte offset ${byteOffset}: ${bytes}); it was replaced with U+FFFD.`
        : `Bytes at offset ${byteOffset} (${bytes}) are not valid ${guess.encoding}; replaced with U+FFFD.`,
      { position: places?.[index], actual: bytes },
    )
  })
  if (count > offsets.length) {
    diagnostics.add('decode.invalid-bytes', 'decode', `${count - offsets.length} more invalid ${guess.encoding} sequences were replaced with U+FFFD.`)
  }
}

/**
 * Positions in the decoded text of the first U+FFFD characters, one per invalid sequence, or null
 * when the text holds another number of them (then the k-th U+FFFD is not the k-th fault).
 */
function replacementPositions(text: string, count: number): Position[] | null {
  const found: number[] = []
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
    found.push(at)
    if (found.length > count) return null
  }
  if (found.length !== count) return null
  const positions: Position[] = []
  let line = 1
  let lineStart = 0
  let scanned = 0
  for (const offset of found.slice(0, reportLimit)) {
    for (; scanned < offset; scanned++) {
      const code = text.charCodeAt(scanned)
      if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++
        lineStart = scanned + 1
      }
    }
    const column = offset - lineStart + 1
    positions.push({ start: { line, column, offset }, end: { line, column: column + 1, offset: offset + 1 } })
  }
  return positions
}

function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ')
}

function reportMojibake(text: string, diagnostics: DiagnosticList): void {
  const finding = detectMojibake(text)
  if (!finding) return
  const { detector } = finding
  diagnostics.add(
    'decode.mojibake',
    'decode',
    `The text looks like ${detector.actual} bytes that were decoded as ${detector.assumed} and saved again (“${finding.sample}” reads as “${finding.repairedSample}”); decode the original bytes as ${detector.actual}.`,
    { actual: finding.sample },
  )
}
