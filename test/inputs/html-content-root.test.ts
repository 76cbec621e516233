// A page with no known article container (#zoom, .TRS_Editor, …): the text-density guess stops at
// the element holding the statistics table, never the table itself (which may hold most of the text).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells, html, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

describe('an article container the reader does not know', () => {
  test.each(['2008', '2014'] as const)('should hold the whole %s report, title and table', (generation) => {
    fc.assert(
      fc.property(reportDataArbitrary(generation), (data) => {
        // The kit's page, its article container given a name the reader does not know.
        const page = renderReport(data, html).replace('<div class="TRS_Editor">', '<div class="wzcon">')
        expect(page).toContain('wzcon')
        const report = parseReport(page, { format: 'html' })
        expect(report.generation).toBe(generation)
        expect(report.meta.organ).toBe(data.organ)
        expect(dataCells(listCells(report))).toEqual(data.cells)
      }),
      { ...settings, numRuns: Math.min(settings.numRuns, 40) },
    )
  })
})
