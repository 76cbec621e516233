// A data table of an HTML page that holds a long note row (`注：…`, hundreds of characters) or a
// table inside a cell is still a data table, not a layout table read as running text.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells, html, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

const note = `注：${'本表数据由各部门报送汇总，统计口径与上年一致，部分数据经核实后调整。'.repeat(16)}`

describe('a data table with a long note row', () => {
  test.each(['2014', '2019', '2021'] as const)('should read every %s value as without the note', (generation) => {
    fc.assert(
      fc.property(reportDataArbitrary(generation), (data) => {
        const page = renderReport(data, html).replace(/<\/table>/gu, `<tr><td colspan="20">${note}</td></tr></table>`)
        expect(dataCells(listCells(parseReport(page, { format: 'html' })))).toEqual(data.cells)
      }),
      { ...settings, numRuns: Math.min(settings.numRuns, 50) },
    )
  })

  test('should read a G2 table with a table inside a label cell', () => {
    const [data] = fc.sample(reportDataArbitrary('2014'), { seed: 5, numRuns: 1 })
    if (!data) throw new Error('no sample')
    const page = renderReport(data, html).replace(/<td>([^<]*主动公开[^<]*)<\/td>/u, '<td><table><tr><td>$1</td></tr></table></td>')
    expect(page).toContain('<td><table>')
    const cells = dataCells(listCells(parseReport(page, { format: 'html' })))
    expect(Object.values(cells).filter((value) => value !== null).length).toBeGreaterThan(Object.keys(data.cells).length / 2)
    expect(Object.keys(cells).filter((path) => cells[path] !== null && cells[path] !== data.cells[path])).toEqual([])
  })
})
