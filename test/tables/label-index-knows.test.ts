import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LabelIndex } from '../../src/tables/labels/label-index.js'
import { labelSlots, normalizeLabel } from '../../src/tables/labels/normalize-label.js'
import { requestsTable2021 } from '../../src/templates/g4-2021/tables.js'
import { settings } from '../properties/fc-settings.js'

// mapRows asks `knows` before exact, suffix and match, and skips them when it says no: that is
// exact only if a label the index does not know is matched by none of the three, whatever the
// caller allows.
const rows = requestsTable2021.rows
const index = new LabelIndex(rows.map((row) => ({ labels: row.labels, value: row.key })))

/** Printed labels near the template's: its labels cut, grown, with a character changed or dropped. */
const pieces = rows.flatMap((row) => row.labels)
const character = fc.constantFrom(...'本年新收政府信息公开申请数量予以部分其他总计处理不掌握（）()、1一三 ')
const label = fc.oneof(
  fc.tuple(fc.constantFrom(...pieces), fc.nat(), fc.nat()).map(([text, from, length]) => text.slice(from % text.length, (from % text.length) + 1 + (length % text.length))),
  fc.tuple(fc.constantFrom(...pieces), fc.array(character, { maxLength: 4 }), fc.array(character, { maxLength: 4 })).map(([text, before, after]) => before.join('') + text + after.join('')),
  fc.tuple(fc.constantFrom(...pieces), fc.nat(), character).map(([text, at, replacement]) => text.slice(0, at % text.length) + replacement + text.slice((at % text.length) + 1)),
  fc.array(character, { maxLength: 14 }).map((characters) => characters.join('')),
)
const allowedKeys = fc.subarray(rows.map((row) => row.key))

describe('LabelIndex.knows', () => {
  test('a label it does not know has no exact value, no suffix and no match, whatever is allowed', () => {
    let unknown = 0
    fc.assert(
      fc.property(label, allowedKeys, (text, keys) => {
        const normalized = normalizeLabel(text)
        const allowed = (key: string) => keys.includes(key)
        if (index.knows(normalized)) return
        unknown++
        expect(index.exact(normalized)).toEqual([])
        expect(index.suffix(normalized)).toBeUndefined()
        expect(index.suffix(normalized, allowed)).toBeUndefined()
        expect(index.match(normalized)).toBeUndefined()
        expect(index.match(normalized, allowed)).toBeUndefined()
      }),
      settings,
    )
    // The generator reaches both sides (a vacuous property could not fail).
    expect(unknown).toBeGreaterThan(0)
  })

  test('should know the printed labels, wrapped halves and typos, and not unrelated text', () => {
    expect(index.knows(normalizeLabel('（一）予以公开'))).toBe(true)
    expect(index.knows(normalizeLabel('本年新收政府信息公开申请'))).toBe(true) // a prefix of 本年新收政府信息公开申请数量
    expect(index.knows(normalizeLabel('属于三类内部事物信息'))).toBe(true) // one character wrong
    expect(index.knows(normalizeLabel('第二十条第（一）项行政许可'))).toBe(false)
    expect(index.knows(normalizeLabel('联系电话'))).toBe(false)
  })
})

describe('label slots', () => {
  test('should keep a normalised label frozen, with only its three fields to see', () => {
    const label = normalizeLabel('（三）不予公开')
    expect(Object.isFrozen(label)).toBe(true)
    expect(Object.keys(label)).toEqual(['text', 'bare', 'numbering'])
    expect(JSON.stringify(label)).toBe('{"text":"不予公开","bare":"不予公开","numbering":"(三)"}')
    expect(labelSlots(label)).toBeInstanceOf(Array)
  })

  test('should answer a label made by hand (no slots) as the same label made by normalizeLabel', () => {
    const made = normalizeLabel('（一）予以公开')
    const byHand = { text: made.text, bare: made.bare, numbering: made.numbering }
    expect(labelSlots(byHand)).toBeUndefined()
    expect(index.exact(byHand)).toEqual(index.exact(made))
    expect(index.exact(byHand)).toEqual(['granted'])
    expect(index.match(byHand)?.value).toBe('granted')
    expect(index.knows(byHand)).toBe(true)
  })
})
