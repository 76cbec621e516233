// Every value read keeps its source position (data-model.md): in a plain-text report the slice of
// the input at a value's position is its raw text — for a value split out of a run of digits
// (`行政规范性文件693665` → 69 | 3 | 665) too, each part at its own digits.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { defaultRenderers, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from './fc-settings.js'

const textForms = defaultRenderers.filter((renderer) => renderer.name !== 'html' && renderer.name !== 'markdown' && renderer.name !== 'pipe-table')
const cases = (['2008', '2014', '2019', '2021'] as const).flatMap((generation) => textForms.filter((renderer) => renderer.generations.includes(generation)).map((renderer) => [generation, renderer.name, renderer] as const))

describe.each(cases)('values of %s data as %s', (generation, _name, renderer) => {
  test('should each sit where the input prints their raw text', () => {
    fc.assert(
      fc.property(reportDataArbitrary(generation, { maxCount: 999 }), (data) => {
        const text = renderReport(data, renderer)
        const misplaced = listCells(parseReport(text))
          .filter((cell) => cell.value !== null && cell.offset !== null)
          .filter((cell) => text.slice(cell.offset as number, (cell.offset as number) + cell.raw.length) !== cell.raw)
          .map((cell) => `${cell.path} ${JSON.stringify(cell.raw)}`)
        expect(misplaced).toEqual([])
      }),
      { ...settings, numRuns: Math.min(settings.numRuns, 40) },
    )
  })
})
