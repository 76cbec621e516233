import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { scanDoubleByte, type DoubleByteEncoding, type DoubleByteScan } from './scan-double-byte.js'

/** The scan as first written: one sequence a step, every count on the scan object. */
function scanByDefinition(bytes: Uint8Array, encoding: DoubleByteEncoding, limit: number, stopAfterInvalid: number): DoubleByteScan {
  const scan: DoubleByteScan = { invalidCount: 0, invalidOffsets: [], pairCount: 0, lowTrailCount: 0, gb2312AreaCount: 0, truncatedAtEnd: false, gbOnlyCount: 0 }
  const fault = (offset: number) => {
    scan.invalidCount++
    if (scan.invalidOffsets.length < limit) scan.invalidOffsets.push(offset)
  }
  const gb = encoding === 'gb18030'
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = i + 1 < bytes.length ? (bytes[i + 1] as number) : -1
    if (lead === 0x80 || lead === 0xff || (!gb && lead < 0x81)) {
      fault(i)
      if (scan.invalidCount > stopAfterInvalid) return scan
      i++
      continue
    }
    if (trail < 0) {
      fault(i)
      scan.truncatedAtEnd = scan.invalidCount === 1
      i++
      continue
    }
    if (gb && trail >= 0x30 && trail <= 0x39) {
      scan.gbOnlyCount++
      const third = i + 2 < bytes.length ? (bytes[i + 2] as number) : -1
      const fourth = i + 3 < bytes.length ? (bytes[i + 3] as number) : -1
      if (third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39) {
        scan.pairCount++
        i += 4
        continue
      }
      fault(i)
      if (fourth < 0) scan.truncatedAtEnd = scan.invalidCount === 1
      if (scan.invalidCount > stopAfterInvalid) return scan
      i++
      continue
    }
    const goodTrail = gb ? trail >= 0x40 && trail <= 0xfe && trail !== 0x7f : (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe)
    if (!goodTrail) {
      fault(i)
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
