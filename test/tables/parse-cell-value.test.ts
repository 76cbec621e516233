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
})
