/** What a strict UTF-8 scan found. */
export interface Utf8Scan {
  /** True when every byte belongs to a well-formed UTF-8 sequence. */
  valid: boolean
  /** Number of ill-formed sequences (each counted once, as the WHATWG decoder would replace it). */
  invalidCount: number
  /** Byte offsets of the first ill-formed sequences (at most `limit`). */
  invalidOffsets: number[]
  /** Number of well-formed sequences of two to four bytes. */
  multiByteCount: number
  /** True when the only fault is a sequence cut off by the end of the bytes. */
  truncatedAtEnd: boolean
  /** False when the scan stopped early (`untilHopeless`): the counts cover only the bytes read. */
  complete: boolean
}

/**
 * Ill-formed sequences per well-formed multi-byte one at which bytes are no longer "mostly UTF-8"
 * (`sniffEncoding`: fewer than one in 50 is a damaged UTF-8 file, more is another encoding).
 */
export const mostlyValidRatio = 50

/**
 * Scans bytes as strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF) without building a string, and keeps the offsets of the ill-formed sequences. With
 * `untilHopeless`, it stops once the bytes can be neither valid nor mostly valid UTF-8 however
 * they go on (a second fault, and more faults than {@link mostlyValidRatio} allows even if every
 * byte left were part of a well-formed sequence): GB18030 bytes are told apart in a few percent
 * of a scan.
 */
export function scanUtf8(bytes: Uint8Array, from = 0, limit = 20, untilHopeless = false): Utf8Scan {
  let invalidCount = 0
  let multiByteCount = 0
  let truncatedAtEnd = false
  const invalidOffsets: number[] = []
  const length = bytes.length
  let i = from
  while (i < length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    let need = 0
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) low = 0xa0
      else if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) low = 0x90
      else if (lead === 0xf4) high = 0x8f
    }
    let ok = need > 0
    let j = i + 1
    for (let k = 0; ok && k < need; k++) {
      if (j >= length) {
        ok = false
        truncatedAtEnd = true
        break
      }
      const byte = bytes[j] as number
      if (byte < low || byte > high) {
        ok = false
        break
      }
      low = 0x80
      high = 0xbf
      j++
    }
    if (ok) {
      multiByteCount++
      i = j
    } else {
      invalidCount++
      if (invalidOffsets.length < limit) invalidOffsets.push(i)
      // Resynchronise as the WHATWG decoder does: one U+FFFD for the maximal subpart, then go on
      // at the byte that did not fit.
      i = Math.max(i + 1, j)
      // Each well-formed sequence still to come takes two bytes at least.
      if (untilHopeless && invalidCount >= 2 && invalidCount * mostlyValidRatio >= multiByteCount + (length - i) / 2) {
        return { valid: false, invalidCount, invalidOffsets, multiByteCount, truncatedAtEnd: false, complete: false }
      }
    }
  }
  truncatedAtEnd = truncatedAtEnd && invalidCount === 1
  return { valid: invalidCount === 0, invalidCount, invalidOffsets, multiByteCount, truncatedAtEnd, complete: true }
}
