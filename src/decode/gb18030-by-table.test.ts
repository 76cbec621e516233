import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { decodeInput } from './decode-input.js'
import { decodeGb18030ByTable } from './gb18030-by-table.js'

const byIconv = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'gb18030')

/** Byte sequences of every kind GB18030 text can hold, and some it cannot. */
const ascii = fc.integer({ min: 0x00, max: 0x7f }).map((byte) => [byte])
const pair = fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x40, max: 0xfe })).map(([lead, trail]) => [lead, trail])
const gb2312Pair = fc.tuple(fc.integer({ min: 0xb0, max: 0xf7 }), fc.integer({ min: 0xa1, max: 0xfe })).map(([lead, trail]) => [lead, trail])
const quad = fc
  .tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0x39 }), fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0x39 }))
  .map((bytes) => bytes)
const bmpQuad = fc
  .tuple(fc.integer({ min: 0x81, max: 0x84 }), fc.integer({ min: 0x30, max: 0x39 }), fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0x39 }))
  .map((bytes) => bytes)
const anyByte = fc.integer({ min: 0x00, max: 0xff }).map((byte) => [byte])
const bytesOf = (pieces: number[][]): Uint8Array => Uint8Array.from(pieces.flat())

describe('decodeGb18030ByTable', () => {
  test('every two-byte sequence between ASCII letters: iconv-lite’s string or null, and nearly all decoded', () => {
    let decoded = 0
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const bytes = Uint8Array.of(0x41, lead, trail, 0x42)
        const text = decodeGb18030ByTable(bytes)
        if (text === null) continue
        decoded++
        expect(text, `${lead.toString(16)} ${trail.toString(16)}`).toBe(byIconv(bytes))
      }
    }
    // 126 leads × 190 trails (0x7F is no trail) = 23,940 two-byte characters.
    expect(decoded).toBe(23_940)
  })

  test('any mix of ASCII, two- and four-byte sequences and stray bytes: iconv-lite’s string or null', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ascii, pair, quad, bmpQuad, anyByte), { maxLength: 60 }), (pieces) => {
        const bytes = bytesOf(pieces)
        const text = decodeGb18030ByTable(bytes)
        if (text !== null) expect(text).toBe(byIconv(bytes))
      }),
      settings,
    )
  })

  test('text of ASCII, GB2312 characters and characters of the Basic Multilingual Plane is always decoded', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ascii, gb2312Pair, bmpQuad), { maxLength: 60 }), (pieces) => {
        const bytes = bytesOf(pieces)
        const expected = byIconv(bytes)
        // Four-byte codes past the last range of the Basic Multilingual Plane (84 31 A4 39) are
        // read by iconv-lite as U+FFFD or as characters beyond the plane: left to it.
        fc.pre(!/[\ufffd\ud800-\udfff]/.test(expected))
        expect(decodeGb18030ByTable(bytes)).toBe(expected)
      }),
      settings,
    )
  })

  test('the no-break space of web pages is four bytes, decoded; a character beyond the BMP is left to iconv-lite', () => {
    expect(decodeGb18030ByTable(Uint8Array.of(0xb9, 0xab, 0x81, 0x30, 0x84, 0x32, 0xbf, 0xaa))).toBe('公\u00a0开')
    // U+20000 is 95 32 82 36.
    expect(decodeGb18030ByTable(Uint8Array.of(0xb9, 0xab, 0x95, 0x32, 0x82, 0x36))).toBeNull()
    // Cut off, invalid lead, invalid trail.
    expect(decodeGb18030ByTable(Uint8Array.of(0x41, 0xb9))).toBeNull()
    expect(decodeGb18030ByTable(Uint8Array.of(0x80, 0x41))).toBeNull()
    expect(decodeGb18030ByTable(Uint8Array.of(0xb9, 0x7f))).toBeNull()
  })

  test('decodeInput gives iconv-lite’s text whether or not the table reads the bytes', () => {
    const cases = [
      Uint8Array.of(0xb9, 0xab, 0xbf, 0xaa, 0x0a, 0x31, 0x32),
      Uint8Array.of(0xb9, 0xab, 0x95, 0x32, 0x82, 0x36, 0xbf, 0xaa),
      Uint8Array.of(0xb9, 0xab, 0xff, 0xbf, 0xaa),
    ]
    for (const bytes of cases) {
      const decoded = decodeInput(bytes, 'gb18030', new DiagnosticList())
      expect(decoded.text).toBe(byIconv(bytes))
      expect(decoded.encoding).toBe('gb18030')
    }
  })
})
