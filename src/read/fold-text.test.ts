import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { foldText } from './fold-text.js'
import { foldCharacter } from './normalize-line.js'
import { createSourceText } from './source-text.js'

describe('foldText', () => {
  test('should fold full-width forms and spaces in place and list dropped characters', () => {
    expect(foldText('（一）收到１２件\u3000\u200b共，')).toEqual({ text: '(一)收到12件 \u200b共，', drops: [9], lineStarts: [0] })
    const plain = '政府信息公开工作年度报告\n2021'
    expect(foldText(plain).text).toBe(plain)
  })

  test('should agree with foldCharacter on every character', () => {
    // Any BMP code unit, with the fold's own cases made frequent.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0xa0, 0x2000, 0x200b, 0x202f, 0x2060, 0x3000, 0xfe59, 0xfeff, 0xff01, 0xff0c, 0xff10, 0xff5e, 0xff5f))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes)
        const folded = foldText(text)
        const drops: number[] = []
        codes.forEach((code, i) => {
          const fold = foldCharacter(code)
          if (fold < 0) drops.push(i)
          expect(folded.text.charCodeAt(i)).toBe(fold < 0 ? code : fold)
        })
        expect(folded.text.length).toBe(text.length)
        expect(folded.drops).toEqual(drops)
      }),
      settings,
    )
  })

  test('should find the line starts createSourceText finds (CRLF, CR, LF)', () => {
    expect(foldText('a\r\nb\rc\n\nd\r').lineStarts).toEqual([0, 3, 5, 7, 8, 10])
    const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', '报', '\u3000', '１')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(foldText(text).lineStarts).toEqual(createSourceText(text).lineStarts)
      }),
      settings,
    )
  })
})
