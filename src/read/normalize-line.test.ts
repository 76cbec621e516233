import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { foldCharacter, normalizeLine } from './normalize-line.js'

/** The fold by its definition: `foldCharacter` of every code unit, the source offset of each kept one. */
function reference(raw: string, offset: number): { text: string; starts: number[] | null } {
  let text = ''
  const starts: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const folded = foldCharacter(raw.charCodeAt(i))
    if (folded < 0) continue
    text += String.fromCharCode(folded)
    starts.push(offset + i)
  }
  return { text, starts: starts.length === raw.length ? null : starts }
}

describe('normalizeLine', () => {
  test('folds full-width forms and spaces, drops zero-width characters', () => {
    expect(normalizeLine('\u3000\u3000（一）收到１２件', 0)).toEqual({ text: '  (一)收到12件', map: null, removedResidue: false })
    const dropped = normalizeLine('a\u200bb', 10)
    expect(dropped.text).toBe('ab')
    expect([...(dropped.map?.starts ?? [])]).toEqual([10, 12])
  })

  test('agrees with a fold of every code unit, with or without the first foldable one given', () => {
    const unit = fc.oneof(fc.constantFrom(0x41, 0x20, 0x4e00, 0xa0, 0x2000, 0x200b, 0x2060, 0x3000, 0xfe59, 0xfeff, 0xff01, 0xff08, 0xff0c, 0xff10, 0xff5e, 0xd800), fc.integer({ min: 0, max: 0xffff }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(1000), (codes, offset) => {
        const raw = String.fromCharCode(...codes)
        const expected = reference(raw, offset)
        let first = -1
        for (let i = 0; i < raw.length && first < 0; i++) if (foldCharacter(raw.charCodeAt(i)) !== raw.charCodeAt(i)) first = i
        for (const line of [normalizeLine(raw, offset), normalizeLine(raw, offset, first)]) {
          expect(line.text).toBe(expected.text)
          expect(line.map === null ? null : [...line.map.starts]).toEqual(expected.starts)
          expect(line.removedResidue).toBe(false)
        }
      }),
      settings,
    )
  })
})
