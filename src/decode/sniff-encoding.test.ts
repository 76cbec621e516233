import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { mostlyValidRatio, scanUtf8 } from './scan-utf8.js'
import { sniffEncoding } from './sniff-encoding.js'
import { scanDoubleByte } from './scan-double-byte.js'

const simplified = '平潭综合实验区2021年度政府信息公开工作年度报告。一、总体情况：本年度主动公开政府信息二千六百四十五条。'
const traditional = '平潭綜合實驗區2021年度政府資訊公開工作年度報告。一、總體情況：本年度主動公開政府資訊二千六百四十五條。'
const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('sniffEncoding', () => {
  test('should follow a byte-order mark', () => {
    expect(sniffEncoding(iconv.encode(simplified, 'utf-8', { addBOM: true }))).toMatchObject({ encoding: 'utf-8', reason: 'bom', bomLength: 3 })
    expect(sniffEncoding(iconv.encode(simplified, 'utf-16le', { addBOM: true }))).toMatchObject({ encoding: 'utf-16le', reason: 'bom', bomLength: 2 })
    expect(sniffEncoding(iconv.encode(simplified, 'utf-16be', { addBOM: true }))).toMatchObject({ encoding: 'utf-16be', reason: 'bom', bomLength: 2 })
  })

  test('should take valid UTF-8 for UTF-8, whatever a meta charset says', () => {
    expect(sniffEncoding(bytesOf(simplified))).toMatchObject({ encoding: 'utf-8', reason: 'utf-8-valid', declaredContradicted: false })
    expect(sniffEncoding(bytesOf(`<meta charset="gbk">${simplified}`))).toMatchObject({ encoding: 'utf-8', declared: 'gb18030', declaredContradicted: true })
  })

  test('should tell GBK from Big5 by the byte structure', () => {
    expect(sniffEncoding(iconv.encode(simplified, 'gbk'))).toMatchObject({ encoding: 'gb18030', reason: 'double-byte' })
    expect(sniffEncoding(iconv.encode(traditional, 'big5'))).toMatchObject({ encoding: 'big5', reason: 'double-byte' })
  })

  test('should use a meta charset the bytes agree with', () => {
    expect(sniffEncoding(iconv.encode(`<meta charset="big5">${traditional}`, 'big5'))).toMatchObject({ encoding: 'big5', reason: 'meta' })
    expect(sniffEncoding(iconv.encode(`<meta content="text/html; charset=gb2312">${simplified}`, 'gbk'))).toMatchObject({ encoding: 'gb18030', reason: 'meta' })
  })

  test('should recognise UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(sniffEncoding(iconv.encode(`<html><body><p>${simplified}</p></body></html>`, 'utf-16le')).encoding).toBe('utf-16le')
  })

  test('should let the option win', () => {
    expect(sniffEncoding(bytesOf(simplified), 'gb18030')).toMatchObject({ encoding: 'gb18030', reason: 'option' })
  })
})

describe('scanUtf8', () => {
  test('should reject overlong forms and surrogates, and say where', () => {
    expect(scanUtf8(Uint8Array.of(0x41, 0xc0, 0x80, 0x42))).toMatchObject({ valid: false, invalidCount: 2, invalidOffsets: [1, 2] })
    expect(scanUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toMatchObject({ valid: false, invalidOffsets: [0, 1, 2] })
    expect(scanUtf8(Uint8Array.of(0xe4, 0xb8, 0x80, 0xf0, 0x9f, 0x98, 0x80))).toMatchObject({ valid: true, multiByteCount: 2 })
  })

  test('should tell a sequence cut off at the end', () => {
    expect(scanUtf8(Uint8Array.of(0xe4, 0xb8, 0x80, 0xe4, 0xb8))).toMatchObject({ invalidCount: 1, invalidOffsets: [3], truncatedAtEnd: true })
  })
})

describe('scanUtf8 stopping early', () => {
  // Bytes that are mostly UTF-8, mostly GB18030, or anything at all.
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.array(fc.oneof(fc.constantFrom(...simplified), fc.string({ maxLength: 3 })), { maxLength: 120 }).map((parts) => iconv.encode(parts.join(''), 'gb18030')),
    fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 6 }), fc.nat(200)).map(([text, noise, at]) => {
      const utf8 = bytesOf(text)
      const cut = Math.min(at, utf8.length)
      return Uint8Array.from([...utf8.subarray(0, cut), ...noise, ...utf8.subarray(cut)])
    }),
  )

  test('stops only where a full scan could no longer find the bytes valid or mostly valid UTF-8', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const early = scanUtf8(input, 0, 20, true)
        const full = scanUtf8(input)
        expect(full.complete).toBe(true)
        if (early.complete) {
          expect(early).toEqual(full)
          return
        }
        expect(full.valid).toBe(false)
        expect(full.truncatedAtEnd).toBe(false)
        expect(full.invalidCount * mostlyValidRatio).toBeGreaterThanOrEqual(full.multiByteCount)
        expect(early.invalidOffsets).toEqual(full.invalidOffsets.slice(0, early.invalidOffsets.length))
      }),
      settings,
    )
  })

  test('GB18030 text is told apart without scanning all of it', () => {
    const gb = iconv.encode(simplified.repeat(40), 'gb18030')
    const early = scanUtf8(gb, 0, 20, true)
    expect(early.complete).toBe(false)
    expect(sniffEncoding(gb)).toMatchObject({ encoding: 'gb18030', reason: 'double-byte' })
  })
})

describe('scanDoubleByte', () => {
  test('counts pairs at the edges of the GB2312 area as the general checks do', () => {
    const scan = (bytes: number[], encoding: 'gb18030' | 'big5') => {
      const { pairCount, gb2312AreaCount, lowTrailCount, gbOnlyCount, invalidCount } = scanDoubleByte(Uint8Array.from(bytes), encoding)
      return { pairCount, gb2312AreaCount, lowTrailCount, gbOnlyCount, invalidCount }
    }
    // In the area: lead and trail 0xA1–0xFE.
    expect(scan([0xa1, 0xa1, 0xfe, 0xfe], 'gb18030')).toEqual({ pairCount: 2, gb2312AreaCount: 2, lowTrailCount: 0, gbOnlyCount: 0, invalidCount: 0 })
    expect(scan([0xa1, 0xa1, 0xfe, 0xfe], 'big5')).toEqual({ pairCount: 2, gb2312AreaCount: 2, lowTrailCount: 0, gbOnlyCount: 0, invalidCount: 0 })
    // Just outside it: a lead of 0xA0, a trail of 0xA0 (GB only), a low trail, a lead of 0xFF.
    expect(scan([0xa0, 0xa1, 0xa1, 0xa0, 0xb0, 0x41, 0xff, 0xa1], 'gb18030')).toEqual({ pairCount: 3, gb2312AreaCount: 0, lowTrailCount: 1, gbOnlyCount: 1, invalidCount: 2 })
    // Big5 rejects the 0xA0 trail and goes on one byte later, so 0xB0 pairs with the 0xA0 before it.
    expect(scan([0xa0, 0xa1, 0xa1, 0xa0, 0xb0, 0x41, 0xff, 0xa1], 'big5')).toEqual({ pairCount: 2, gb2312AreaCount: 0, lowTrailCount: 0, gbOnlyCount: 0, invalidCount: 3 })
  })
})

describe('scanDoubleByte stopping early', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.array(fc.constantFrom(...simplified, ...traditional, 'a', '\n', '𠀀', '〇'), { maxLength: 120 }).map((parts) => iconv.encode(parts.join(''), 'gb18030')),
    fc.array(fc.constantFrom(...traditional, 'a', '\n'), { maxLength: 120 }).map((parts) => iconv.encode(parts.join(''), 'big5')),
  )

  test('is the full scan while the faults stay within the bound, and says it has more once past it', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('gb18030' as const, 'big5' as const), fc.nat(5), (input, encoding, bound) => {
        const full = scanDoubleByte(input, encoding)
        const early = scanDoubleByte(input, encoding, 0, 20, bound)
        if (full.invalidCount <= bound) expect(early).toEqual(full)
        else expect(early.invalidCount).toBe(bound + 1)
        // What sniffEncoding decides is what the full scans decide.
        const gb = scanDoubleByte(input, 'gb18030')
        const big5 = scanDoubleByte(input, 'big5')
        const looksBig5 = big5.invalidCount <= gb.invalidCount && big5.pairCount > 0 && big5.lowTrailCount / big5.pairCount > 0.2
        const guess = sniffEncoding(input)
        if (guess.reason === 'double-byte') expect(guess.encoding).toBe(looksBig5 ? 'big5' : 'gb18030')
        if (guess.reason === 'double-byte') expect(guess.doubleByte).toEqual(looksBig5 ? big5 : gb)
      }),
      settings,
    )
  })
})

