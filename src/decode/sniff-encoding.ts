import { canonicalEncoding } from './encoding-label.js'
import { scanDoubleByte, type DoubleByteScan } from './scan-double-byte.js'
import { mostlyValidRatio, scanUtf8, type Utf8Scan } from './scan-utf8.js'
import { sniffMetaCharset } from './sniff-meta-charset.js'

/** Why an encoding was chosen. */
export type EncodingReason = 'option' | 'bom' | 'meta' | 'utf-8-valid' | 'utf-8-mostly-valid' | 'utf-16-zeros' | 'double-byte'

/** The encoding chosen for a byte input, and the evidence. */
export interface EncodingGuess {
  /** Canonical encoding name (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or an iconv-lite name). */
  encoding: string
  reason: EncodingReason
  /** Bytes of a byte-order mark to skip (0 when none). */
  bomLength: number
  /** The `<meta>` charset the page declares, canonicalised, or null. */
  declared: string | null
  /** True when a `<meta>` charset was declared but the bytes contradict it. */
  declaredContradicted: boolean
  /** The UTF-8 scan, when one was made (complete whenever the encoding is UTF-8). */
  utf8: Utf8Scan | null
  /** The structural scan of the chosen double-byte encoding, when one was made. */
  doubleByte: DoubleByteScan | null
}

/** Share of Big5-style trail bytes (0x40–0x7E) above which double-byte text is taken for Big5. */
const big5LowTrailShare = 0.2

/**
 * Decides how to decode bytes: the `encoding` option; else a byte-order mark (UTF-8, UTF-16LE/BE);
 * else strict UTF-8 when the bytes are valid (or valid but for a cut-off end); else the `<meta>`
 * charset when the bytes agree with it; else GB18030 (covers GBK and GB2312) or Big5, told apart by
 * their structure and trail bytes.
 */
export function sniffEncoding(bytes: Uint8Array, forced: string | null = null): EncodingGuess {
  const guess = (encoding: string, reason: EncodingReason, extra: Partial<EncodingGuess> = {}): EncodingGuess => ({
    encoding,
    reason,
    bomLength: 0,
    declared: null,
    declaredContradicted: false,
    utf8: null,
    doubleByte: null,
    ...extra,
  })
  const bom = bomOf(bytes)
  if (forced) {
    return guess(forced, 'option', { bomLength: bom && bom.encoding === forced ? bom.length : 0 })
  }
  if (bom) return guess(bom.encoding, 'bom', { bomLength: bom.length })
  const zeros = utf16ByZeros(bytes)
  if (zeros) return guess(zeros, 'utf-16-zeros')

  const declaredLabel = sniffMetaCharset(bytes)
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null
  // Stopped as soon as the bytes can no longer be UTF-8 (the decisions below then go past it).
  const utf8 = scanUtf8(bytes, 0, 20, true)
  if (utf8.valid) {
    // All-ASCII bytes fit every declaration; multi-byte UTF-8 sequences never are GBK by chance.
    if (utf8.multiByteCount === 0 && declared && declared !== 'utf-8') return guess(declared, 'meta', { declared, utf8 })
    return guess('utf-8', 'utf-8-valid', { declared, declaredContradicted: declared !== null && declared !== 'utf-8', utf8 })
  }
  if (utf8.truncatedAtEnd || utf8.invalidCount * mostlyValidRatio < utf8.multiByteCount) {
    return guess('utf-8', 'utf-8-mostly-valid', { declared, declaredContradicted: declared !== null && declared !== 'utf-8', utf8 })
  }
  const gb = scanDoubleByte(bytes, 'gb18030')
  // Bytes with no sequence the two read differently scan the same as Big5 (most GB text: GB2312
  // pairs). Else each use of the Big5 scan below compares its faults with GB18030's first: once it
  // has more, the rest of it cannot change a decision (GB text stops at its first GBK-only pair).
  const big5 = gb.gbOnlyCount === 0 ? gb : scanDoubleByte(bytes, 'big5', 0, 20, gb.invalidCount)
  if (declared === 'gb18030' && gb.invalidCount <= big5.invalidCount) return guess('gb18030', 'meta', { declared, utf8, doubleByte: gb })
  if ((declared === 'big5' || declared === 'big5-hkscs') && big5.invalidCount <= gb.invalidCount) {
    return guess(declared, 'meta', { declared, utf8, doubleByte: big5 })
  }
  const looksBig5 = big5.invalidCount <= gb.invalidCount && big5.pairCount > 0 && big5.lowTrailCount / big5.pairCount > big5LowTrailShare
  const chosen = looksBig5 ? 'big5' : 'gb18030'
  return guess(chosen, 'double-byte', {
    declared,
    declaredContradicted: declared !== null && declared !== chosen,
    utf8,
    doubleByte: looksBig5 ? big5 : gb,
  })
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: ASCII characters (markup, digits,
 * line breaks) have a zero high byte, which no other encoding here produces.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1
  if (length < 8) return null
  // Without a zero byte it is no UTF-16 (the counts below would be 0): one native search says so.
  if (bytes.subarray(0, length).indexOf(0) < 0) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = length / 2
  // Han characters such as 一 (U+4E00) have a zero low byte now and then: compare the two sides.
  if (odd > pairs * 0.2 && even * 8 < odd) return 'utf-16le'
  if (even > pairs * 0.2 && odd * 8 < even) return 'utf-16be'
  return null
}
