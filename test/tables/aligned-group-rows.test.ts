// A group row of the G2 national table in PDF text (`一、主动公开情况      -`) reads like a section
// heading but prints a cell after it: it stays a row of the table, not a section (templates.md §4).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { alignedText, dataCells, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

describe('group rows of an aligned G2 table', () => {
  test('should stay in the table, the report’s own headings the only sections', () => {
    fc.assert(
      fc.property(reportDataArbitrary('2014').filter((data) => data.form === 'national-2014'), (data) => {
        const report = parseReport(renderReport(data, alignedText), { format: 'text' })
        const titles = report.sections.map((section) => section.title)
        expect(titles.filter((title) => /^(?:主动公开情况|回应解读情况|依申请公开情况)/u.test(title))).toEqual([])
        expect(report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('section.numbering-restarted')
        expect(dataCells(listCells(report))).toEqual(data.cells)
      }),
      { ...settings, numRuns: Math.min(settings.numRuns, 60) },
    )
  })
})
