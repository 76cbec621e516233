import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compactText, isCompactCode } from '../../src/tables/labels/compact-text.js'
import { LabelIndex } from '../../src/tables/labels/label-index.js'
import { normalizeLabel } from '../../src/tables/labels/normalize-label.js'
import { blankTokens, isValueText, opensLabel, parseCellValue } from '../../src/tables/mapping/parse-cell-value.js'
import { digitRun, isValueCell } from '../../src/tables/mapping/value-cell.js'
import { trimStartIndex } from '../../src/util/is-white-space.js'
import { settings } from '../properties/fc-settings.js'

// The mapping answers the common cells (digits, CJK labels) without the memoised slow paths: each
// fast answer must equal the full computation it stands for.
const slowCompact = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '')
const slowIsValueText = (text: string) => parseCellValue(text, 'money').kind !== 'unreadable' || parseCellValue(text, 'signed').kind === 'number'
// A run of digits as printed, or once full-width forms (U+FF01–FF5E, U+3000) are folded to ASCII (`８０２２００１２`).
const foldFullWidth = (text: string) => text.replace(/[\uff01-\uff5e]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ')
const slowIsValueCell = (text: string) => slowIsValueText(text) || digitRun.test(text.trim()) || digitRun.test(foldFullWidth(text.trim()))

/** Characters cell texts are made of, the awkward ones included. */
const cellCharacter = fc.oneof(
  fc.constantFrom(...'0123456789.,-+ 　\t无元万条件（）()：:、—－／/×一二三四五六七八九十行政许可本年收费金额自然人总计ａ１'),
  fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
)
const cellText = fc.array(cellCharacter, { maxLength: 12 }).map((characters) => characters.join(''))

describe('compactText fast path', () => {
  test('every code unit it keeps as it is is one NFKC keeps and \\s does not match', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (!isCompactCode(code)) continue
      const character = String.fromCharCode(code)
      expect(slowCompact(character), `U+${code.toString(16)}`).toBe(character)
    }
  })

  test('no canonical composition joins two characters it keeps as they are', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const decomposed = String.fromCharCode(code).normalize('NFD')
      if (decomposed.length < 2) continue
      const allKept = [...decomposed].every((character) => character.length === 1 && isCompactCode(character.charCodeAt(0)))
      expect(allKept, `U+${code.toString(16)}`).toBe(false)
    }
  })

  test('should equal NFKC without white space on any text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(compactText(text)).toBe(slowCompact(text))
      }),
      settings,
    )
  })

  test('should keep digits and ideographs as they are and fold the rest', () => {
    expect(compactText('行政许可693')).toBe('行政许可693')
    expect(compactText('（一） 规章')).toBe('(一)规章')
  })
})

describe('value tests fast paths', () => {
  test('no blank token but 无 opens with an ideograph', () => {
    for (const token of blankTokens) {
      const code = token.charCodeAt(0)
      if (code >= 0x4e00 && code <= 0x9fff) expect(token).toBe('无')
    }
  })

  test('a text opening with an ideograph other than 无 is never a value', () => {
    expect(opensLabel('行政许可')).toBe(true)
    expect(opensLabel('无')).toBe(false)
    expect(opensLabel('12')).toBe(false)
    expect(isValueText('无')).toBe(true)
    expect(isValueText('无 ')).toBe(true)
  })

  test('a cell of white space only reads as blank, as its compact form (nothing) does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      // The fast path's test removes exactly what the compact form removes.
      expect(trimStartIndex(character) === 1, `U+${code.toString(16)}`).toBe(character.replace(/[\s\u00a0\u3000]+/gu, '') === '')
    }
    const space = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u2003')
    fc.assert(
      fc.property(fc.array(space, { maxLength: 6 }), fc.constantFrom('count', 'signed', 'money') as fc.Arbitrary<'count' | 'signed' | 'money'>, (characters, kind) => {
        expect(parseCellValue(characters.join(''), kind)).toEqual({ kind: 'blank' })
      }),
      settings,
    )
    expect(parseCellValue(' 12 ')).toEqual({ kind: 'number', value: 12, unit: null })
  })

  test('should equal the full readings on any text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(isValueText(text)).toBe(slowIsValueText(text))
        expect(isValueCell({ text, position: null })).toBe(slowIsValueCell(text))
      }),
      settings,
    )
  })

  test('should equal the full readings on numbers with a unit or a word, labels with a numbering mark', () => {
    // Shaped like values and numbered labels, where a text holding a word is told apart by one scan.
    const unitOrWord = fc.oneof(
      fc.constantFrom('', '万元', '元', '条', '件', '个', '次', '人次', '人', '篇', '期', '份', '项', '无', '-', '—'),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
    )
    const number = fc.tuple(fc.constantFrom('', '-', '+', '－', '(', '（', '1.', ' '), fc.stringMatching(/^\d{1,4}(?:\.\d{1,2})?$/u), unitOrWord, fc.constantFrom('', ' ', '件', '总计'))
    fc.assert(
      fc.property(number, (parts) => {
        const text = parts.join('')
        expect(isValueText(text)).toBe(slowIsValueText(text))
        expect(isValueCell({ text, position: null })).toBe(slowIsValueCell(text))
      }),
      settings,
    )
    for (const unit of ['万元', '元', '条', '件', '个', '次', '人次', '人', '篇', '期', '份', '项']) expect(isValueText(`12${unit}`)).toBe(true)
    expect(isValueText('1.属于国家秘密')).toBe(false)
    expect(isValueText('(七)总计')).toBe(false)
  })
})

describe('digit cells skipped by table 4', () => {
  test('a run of ASCII digits normalises to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/u), (text) => {
        expect(normalizeLabel(text)).toEqual({ text, bare: text, numbering: null })
      }),
      settings,
    )
  })

  test('an index knows whether a key is digits', () => {
    expect(new LabelIndex([{ labels: ['行政复议', '结果维持'], value: 1 }]).hasDigitKey).toBe(false)
    expect(new LabelIndex([{ labels: ['行政复议'], value: 1 }, { labels: ['2020'], value: 2 }]).hasDigitKey).toBe(true)
  })
})
