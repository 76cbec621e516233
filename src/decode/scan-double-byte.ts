/** A double-byte Chinese encoding whose byte structure can be checked without decoding. */
export type DoubleByteEncoding = 'gb18030' | 'big5'

/** What a structural scan of GB18030 or Big5 bytes found. */
export interface DoubleByteScan {
  /** Number of byte sequences that are not well formed in the encoding. */
  invalidCount: number
  /** Byte offsets of the first ill-formed sequences (at most `limit`). */
  invalidOffsets: number[]
  /** Number of well-formed two- or four-byte sequences. */
  pairCount: number
  /** Pairs whose trail byte is 0x40–0x7E: common in Big5 text, rare in GB2312-range text. */
  lowTrailCount: number
  /** Pairs in the GB2312 area (lead and trail 0xA1–0xFE), where most simplified text lies. */
  gb2312AreaCount: number
  /** True when the only fault is a sequence cut off by the end of the bytes. */
  truncatedAtEnd: boolean
  /**
   * GB18030 scan: sequences Big5 reads otherwise (a trail byte 0x30–0x39 or 0x80–0xA0). When there
   * is none, a Big5 scan of the same bytes finds exactly what this scan found. 0 for a Big5 scan.
   */
  gbOnlyCount: number
}

/**
 * Checks bytes against the structure of GB18030 (two-byte 0x81–0xFE + 0x40–0x7E/0x80–0xFE, four-byte
 * 0x81–0xFE 0x30–0x39 0x81–0xFE 0x30–0x39) or Big5 (0x81–0xFE + 0x40–0x7E/0xA1–0xFE), counting the
 * features that tell simplified GB text from traditional Big5 text. With `stopAfterInvalid`, the
 * scan stops at the fault that takes `invalidCount` past it, its counts then partial: enough to know
 * that the bytes fit this encoding worse than another scan with that many faults.
 */
export function scanDoubleByte(bytes: Uint8Array, encoding: DoubleByteEncoding, from = 0, limit = 20, stopAfterInvalid = Infinity): DoubleByteScan {
  const scan: DoubleByteScan = { invalidCount: 0, invalidOffsets: [], pairCount: 0, lowTrailCount: 0, gb2312AreaCount: 0, truncatedAtEnd: false, gbOnlyCount: 0 }
  const length = bytes.length
  const gb = encoding === 'gb18030'
  let i = from
  while (i < length) {
    // Most bytes of Chinese text are ASCII or pairs in the GB2312 area (lead and trail 0xA1–0xFE,
    // well formed in both encodings): a run of them is counted in locals, in a loop of its own.
    let pairs = 0
    for (;;) {
      const lead = bytes[i] as number
      if (lead < 0x80) i++
      // Unsigned compares: 0xA1–0xFE for both bytes; a lead with no byte after it is not a pair.
      else if (lead - 0xa1 >>> 0 <= 0x5d && i + 1 < length && (bytes[i + 1] as number) - 0xa1 >>> 0 <= 0x5d) {
        pairs++
        i += 2
      } else break
      if (i >= length) break
    }
    scan.pairCount += pairs
    scan.gb2312AreaCount += pairs
    if (i >= length) break
    // Neither ASCII nor a GB2312-area pair (or a lead the bytes end after).
    const lead = bytes[i] as number
    const trail = i + 1 < length ? (bytes[i + 1] as number) : -1
    if (lead === 0x80 || lead === 0xff || (!gb && lead < 0x81)) {
      fault(scan, i, limit)
      if (scan.invalidCount > stopAfterInvalid) return scan
      i++
      continue
    }
    if (trail < 0) {
      fault(scan, i, limit)
      scan.truncatedAtEnd = scan.invalidCount === 1
      i++
      continue
    }
    if (gb && trail >= 0x30 && trail <= 0x39) {
      scan.gbOnlyCount++
      const third = i + 2 < length ? (bytes[i + 2] as number) : -1
      const fourth = i + 3 < length ? (bytes[i + 3] as number) : -1
      if (third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39) {
        scan.pairCount++
        i += 4
        continue
      }
      fault(scan, i, limit)
      if (fourth < 0) scan.truncatedAtEnd = scan.invalidCount === 1
      if (scan.invalidCount > stopAfterInvalid) return scan
      i++
      continue
    }
    const goodTrail = gb ? trail >= 0x40 && trail <= 0xfe && trail !== 0x7f : (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe)
    if (!goodTrail) {
      fault(scan, i, limit)
      if (scan.invalidCount > stopAfterInvalid) return scan
      i++
      continue
    }
    scan.pairCount++
    if (gb && trail >= 0x80 && trail <= 0xa0) scan.gbOnlyCount++
    if (trail <= 0x7e) scan.lowTrailCount++
    if (lead >= 0xa1 && trail >= 0xa1) scan.gb2312AreaCount++
    i += 2
  }
  if (scan.invalidCount !== 1) scan.truncatedAtEnd = false
  return scan
}

function fault(scan: DoubleByteScan, offset: number, limit: number): void {
  scan.invalidCount++
  if (scan.invalidOffsets.length < limit) scan.invalidOffsets.push(offset)
}
