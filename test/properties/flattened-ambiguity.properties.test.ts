// Flattened tables (templates.md §2): digits that split more than one way keep the ambiguity.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells, defaultRenderers, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from './fc-settings.js'

// Whatever the data, a value read back from a flattened table is the printed one or null, and a null is told.
const flattened = defaultRenderers.filter((renderer) => renderer.name.startsWith('flattened'))
describe.each(flattened.flatMap((renderer) => (['2019', '2021'] as const).map((generation) => [generation, renderer.name, renderer] as const)))(
  'flattened %s data as %s, ambiguous rows included',
  (generation, _name, renderer) => {
    test('should never give back a wrong number: each value is right or null with a table diagnostic', () => {
      const told = new Set(['table.row-split-ambiguous', 'table.row-split-unsolvable', 'table.row-incomplete', 'table.row-missing', 'table.not-found'])
      fc.assert(
        fc.property(reportDataArbitrary(generation, { maxCount: 60 }), (data) => {
          const report = parseReport(renderReport(data, renderer))
          const cells = dataCells(listCells(report))
          const wrong = Object.keys(data.cells).filter((path) => cells[path] !== undefined && cells[path] !== null && cells[path] !== data.cells[path])
          expect(wrong).toEqual([])
          const missing = Object.keys(data.cells).some((path) => cells[path] === undefined || cells[path] === null)
          if (missing) expect(report.diagnostics.some((diagnostic) => told.has(diagnostic.code))).toBe(true)
        }),
        settings,
      )
    })
  },
)
