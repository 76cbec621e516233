import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { scanDoubleByte, type DoubleByteEncoding, type DoubleByteScan } from './scan-double-byte.js'

/** What one sequence starting at a non-ASCII byte is, by the encodings' tables (the scan's doc). */
interface Sequence {
  /** Bytes it takes: the sequence's length when well formed, else 1 (the scan resumes after the lead). */
  length: number
  valid: boolean
  /** Ill formed only because the bytes end inside it. */
  cut: boolean
  /** A lead that is the last byte: the one fault after which the scan does not stop early. */
  last: boolean
  gbOnly: boolean
  lowTrail: boolean
  gb2312Area: boolean
}

const inRange = (byte: number | undefined, low: number, high: number): boolean => byte !== undefined && byte >= low && byte <= high

function sequenceAt(bytes: Uint8Array, at: number, encoding: DoubleByteEncoding): Sequence {
  const [lead, trail, third, fourth] = [bytes[at] as number, bytes[at + 1], bytes[at + 2], bytes[at + 3]]
  const gb = encoding === 'gb18030'
  const fault = (cut: boolean, gbOnly = false, last = false): Sequence => ({ length: 1, valid: false, cut, last, gbOnly, lowTrail: false, gb2312Area: false })
  if (!inRange(lead, 0x81, 0xfe) || (!gb && lead < 0x81)) return fault(false)
  if (trail === undefined) return fault(true, false, true)
  if (gb && inRange(trail, 0x30, 0x39)) {
    const whole = inRange(third, 0x81, 0xfe) && inRange(fourth, 0x30, 0x39)
    return whole ? { length: 4, valid: true, cut: false, last: false, gbOnly: true, lowTrail: false, gb2312Area: false } : fault(fourth === undefined, true)
  }
  const pair = gb ? inRange(trail, 0x40, 0xfe) && trail !== 0x7f : inRange(trail, 0x40, 0x7e) || inRange(trail, 0xa1, 0xfe)
  if (!pair) return fault(false)
  return { length: 2, valid: true, cut: false, last: false, gbOnly: gb && inRange(trail, 0x80, 0xa0), lowTrail: trail <= 0x7e, gb2312Area: lead >= 0xa1 && trail >= 0xa1 }
}

/** The scan by its definition: the sequences one after another, counted, stopped as documented. */
function scanByDefinition(bytes: Uint8Array, encoding: DoubleByteEncoding, limit: number, stopAfterInvalid: number): DoubleByteScan {
  const counts = { invalidCount: 0, pairCount: 0, lowTrailCount: 0, gb2312AreaCount: 0, gbOnlyCount: 0 }
  const invalidOffsets: number[] = []
  let lastCut = false
  for (let at = 0; at < bytes.length; ) {
    if ((bytes[at] as number) < 0x80) {
      at++
      continue
    }
    const sequence = sequenceAt(bytes, at, encoding)
    if (sequence.gbOnly) counts.gbOnlyCount++
    if (sequence.valid) {
      counts.pairCount++
      if (sequence.lowTrail) counts.lowTrailCount++
      if (sequence.gb2312Area) counts.gb2312AreaCount++
    } else {
      counts.invalidCount++
      if (invalidOffsets.length < limit) invalidOffsets.push(at)
      if (sequence.cut) lastCut = counts.invalidCount === 1
      // A stopped scan keeps what it had.
      if (counts.invalidCount > stopAfterInvalid && !sequence.last) return { ...counts, invalidOffsets, truncatedAtEnd: lastCut }
    }
    at += sequence.length
  }
  return { ...counts, invalidOffsets, truncatedAtEnd: lastCut && counts.invalidCount === 1 }
}

// Bytes around every boundary the scan tests, and runs of GB2312-area pairs and ASCII between them.
const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x30, 0x39, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0xa0, 0xa1, 0xd6, 0xfe, 0xff))
const bytes = fc.array(fc.oneof(byte.map((value) => [value]), fc.constantFrom([0xd6, 0xd0], [0xb9, 0xfa], [0x41], [0x81, 0x30, 0x81, 0x30])), { maxLength: 40 })
  .map((parts) => Uint8Array.from(parts.flat()))

describe('scanDoubleByte', () => {
  test('should count what one sequence a step counts, for either encoding and any stop', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom<DoubleByteEncoding>('gb18030', 'big5'), fc.integer({ min: 0, max: 4 }), fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 3 })), (input, encoding, limit, stop) => {
        expect(scanDoubleByte(input, encoding, 0, limit, stop)).toEqual(scanByDefinition(input, encoding, limit, stop))
      }),
      { ...settings, numRuns: settings.numRuns * 10 },
    )
  })

  test('should not read a lead the bytes end after as a pair', () => {
    // 0x81 0x81 is a GB18030 pair; 0xA1 then has no trail.
    expect(scanDoubleByte(Uint8Array.from([0x81, 0x81, 0xa1]), 'gb18030')).toMatchObject({ pairCount: 1, gb2312AreaCount: 0, invalidCount: 1, invalidOffsets: [2], truncatedAtEnd: true })
  })
})
