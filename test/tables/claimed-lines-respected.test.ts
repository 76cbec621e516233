import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Grid } from '../../src/model/grid.js'
import { readDocument } from '../../src/read/read-document.js'
import { findGrids } from '../../src/tables/find-grids.js'
import type { GridReader } from '../../src/tables/grid-reader.js'
import { defaultGridReaders } from '../../src/tables/readers/index.js'
import { makeGrid, cellOf } from '../../src/tables/grid-cell.js'
import { defaultRenderers, renderReport, reportDataArbitrary } from '../../src/testing/index.js'
import { fixture } from '../fixture.js'
import { settings } from '../properties/fc-settings.js'

/** A plug-in reader, run before the built-ins, that claims the lines `claims` says (one grid each). */
function claimingLines(claims: (index: number) => boolean): GridReader {
  return {
    name: 'claims-lines',
    read(document) {
      return document.lines.filter((line) => claims(line.index)).map((line) => makeGrid(document, 'claims-lines', [[cellOf(document, line, 0, line.text.length)]], line, line))
    },
  }
}

/** A plug-in reader, run before the built-ins, that claims the lines holding `marker` (one cell each). */
function claimingReader(marker: string): GridReader {
  return {
    name: 'claims-marked-lines',
    read(document) {
      const grids: Grid[] = []
      for (const line of document.lines) {
        if (!line.text.includes(marker)) continue
        grids.push(makeGrid(document, 'claims-marked-lines', [[cellOf(document, line, 0, line.text.length)]], line, line))
      }
      return grids
    },
  }
}

/** Whether two grids share a line. */
const overlap = (a: Grid, b: Grid): boolean => a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1]

// A Word table saved as text, one TAB-led cell a line, rows ended by an empty line (qidu-2017's
// form), with a line in the middle that an earlier reader has already taken.
const text = [
  '\t指标名称',
  '\t单位',
  '\t数量',
  '',
  '\t主动公开政府信息数',
  '\t条',
  '\t23',
  '',
  '\tCLAIMED 已由前一读取器读取',
  '',
  '\t其中：主动公开规范性文件数',
  '\t条',
  '\t5',
  '',
  '\t依申请公开数',
  '\t件',
  '\t7',
].join('\n')

describe('every built-in grid reader leaves lines an earlier reader claimed', () => {
  test('a TAB cell-per-line table stops at a claimed line, and starts again after it', () => {
    const document = readDocument(text, 'text', new DiagnosticList())
    const grids = findGrids(document, [claimingReader('CLAIMED'), ...defaultGridReaders])
    const claimedGrid = grids.find((grid) => grid.via[0] === 'claims-marked-lines')
    expect(claimedGrid?.lines).toEqual([8, 8])
    // No other grid holds the claimed line: the table is read as two grids around it.
    for (const grid of grids) if (grid !== claimedGrid) expect(overlap(grid, claimedGrid as Grid), `${grid.via[0]} ${grid.lines}`).toBe(false)
    const tables = grids.filter((grid) => grid.via[0] === 'tab-cell-per-line')
    expect(tables.map((grid) => grid.lines)).toEqual([
      [0, 6],
      [10, 16],
    ])
    expect(tables[0]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['指标名称', '单位', '数量'],
      ['主动公开政府信息数', '条', '23'],
    ])
    expect(tables[1]?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['其中：主动公开规范性文件数', '条', '5'],
      ['依申请公开数', '件', '7'],
    ])
  })

  test('without the claim the same lines are one table', () => {
    const document = readDocument(text, 'text', new DiagnosticList())
    const tables = findGrids(document, defaultGridReaders).filter((grid) => grid.via[0] === 'tab-cell-per-line')
    expect(tables.map((grid) => grid.lines)).toEqual([[0, 16]])
  })
})

const fixtureNames = ['qidu-2017.txt', 'zhangcun-2011.txt', 'zhenyuan-2017.txt', 'tongjiang-2017.txt', 'chongwen-2020.txt']

describe('no line is in two grids, whatever lines a plug-in claimed first', () => {
  const check = (text: string, claims: (index: number) => boolean) => {
    const document = readDocument(text, 'text', new DiagnosticList())
    const grids = findGrids(document, [claimingLines(claims), ...defaultGridReaders])
    const owner = new Map<number, string>()
    for (const grid of grids) {
      for (let line = grid.lines[0]; line <= grid.lines[1]; line++) {
        expect(owner.get(line), `line ${line}: ${owner.get(line)} and ${grid.via[0]}`).toBeUndefined()
        owner.set(line, grid.via[0] ?? '')
      }
    }
  }

  test('the fixtures, every seventh line (from each offset) claimed', () => {
    for (const name of fixtureNames) {
      const text = fixture(name)
      for (let offset = 0; offset < 7; offset++) check(text, (index) => index % 7 === offset)
    }
  })

  test('generated reports in every renderer, random lines claimed', () => {
    const renderers = defaultRenderers.filter((renderer) => renderer.name !== 'markdown' && renderer.name !== 'html')
    fc.assert(
      fc.property(
        fc.constantFrom('2008', '2014', '2019', '2021').chain((generation) => reportDataArbitrary(generation)),
        fc.constantFrom(...renderers),
        fc.integer({ min: 2, max: 9 }),
        fc.nat(8),
        (data, renderer, every, offset) => {
          fc.pre(renderer.accepts(data) && renderer.generations.includes(data.generation))
          check(renderReport(data, renderer), (index) => index % every === offset % every)
        },
      ),
      { ...settings, numRuns: Math.max(1, Math.round(settings.numRuns / 4)) },
    )
  })
})
