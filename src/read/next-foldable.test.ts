import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { foldCharacter } from './normalize-line.js'
import { nextFoldable } from './next-foldable.js'

describe('nextFoldable', () => {
  test('finds exactly the code units foldCharacter changes or drops', () => {
    const missed: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const found = nextFoldable(String.fromCharCode(code), 0) === 0
      if (found !== (foldCharacter(code) !== code)) missed.push(code)
    }
    expect(missed).toEqual([])
  })

  test('finds the first one at or after the offset', () => {
    expect(nextFoldable('（一）收到１２件', 0)).toBe(0)
    expect(nextFoldable('（一）收到１２件', 1)).toBe(2)
    expect(nextFoldable('（一）收到１２件', 3)).toBe(5)
    expect(nextFoldable('收到，共：', 0)).toBe(-1)
    expect(nextFoldable('报告', 5)).toBe(-1)
  })

  test('agrees with a scan by foldCharacter', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x0a, 0x4e00, 0xa0, 0x2000, 0x200b, 0x202f, 0x2060, 0x3000, 0xfe59, 0xfeff, 0xff01, 0xff0c, 0xff10, 0xff5e, 0xff5f, 0xd800, 0xdc00))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(45), (codes, from) => {
        const text = String.fromCharCode(...codes)
        let expected = -1
        for (let i = from; i < codes.length; i++) {
          const code = codes[i] as number
          if (foldCharacter(code) !== code) {
            expected = i
            break
          }
        }
        expect(nextFoldable(text, from)).toBe(expected)
      }),
      settings,
    )
  })
})
