// Reading one cell (templates.md §2; data-model.md): numbers, signs, units, blanks.
import { describe, expect, test } from 'vitest'
import { parseCellValue } from '../../src/tables/mapping/parse-cell-value.js'

describe('parseCellValue', () => {
  test('should read a minus printed as a dash or U+2212 in a signed column (本年增/减)', () => {
    for (const minus of ['-', '－', '–', '—', '−']) expect(parseCellValue(`${minus}8`, 'signed')).toEqual({ kind: 'number', value: -8, unit: null })
    expect(parseCellValue('+3', 'signed')).toEqual({ kind: 'number', value: 3, unit: null })
  })

  test('should not read a negative count, and keep dashes alone for blanks', () => {
    expect(parseCellValue('–8', 'count')).toEqual({ kind: 'unreadable' })
    for (const blank of ['—', '-', '–', '——']) expect(parseCellValue(blank, 'signed')).toEqual({ kind: 'blank' })
  })

  test('should read digits spaced to group thousands, and leave two spaced numbers unread', () => {
    expect(parseCellValue('1 234')).toEqual({ kind: 'number', value: 1234, unit: null })
    expect(parseCellValue('12\u00a0345\u00a0678')).toEqual({ kind: 'number', value: 12345678, unit: null })
    expect(parseCellValue('1 234元', 'money')).toEqual({ kind: 'number', value: 1234, unit: '元' })
    for (const text of ['2 3', '12 34', '1 2345', '２　３']) expect(parseCellValue(text)).toEqual({ kind: 'unreadable' })
    expect(parseCellValue('12 件')).toEqual({ kind: 'number', value: 12, unit: '件' })
  })
})
