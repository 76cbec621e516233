import { describe, expect, test } from 'vitest'
import { indexCells } from '../../src/checks/cell-index.js'
import { defaultRelations } from '../../src/checks/default-relations.js'
import { ReadPlan } from '../../src/checks/read-plan.js'
import { parseReport } from '../../src/index.js'
import type { CellValue } from '../../src/model/cell.js'
import type { ParsedReport } from '../../src/model/report.js'
import { fixture } from '../fixture.js'

const cell = (value: number): CellValue => ({ value, raw: String(value), position: null, via: ['test'], confidence: 'high' })

/** Every planned path of every default relation finds the cell the map of all cells gives. */
function expectSameCells(report: ParsedReport): void {
  const relations = defaultRelations.filter((relation) => report.generation !== 'unrecognized' && relation.generations.includes(report.generation))
  const plan = new ReadPlan(relations, ['requests.newReceived.total'])
  const planned = plan.cellsOf(report)
  const index = indexCells(report)
  expect(plan.reads.map((read) => read.relation)).toEqual(relations)
  for (const { relation, slots } of plan.reads) {
    expect(relation.reads.map((_, i) => planned.cells[slots[i]!])).toEqual(relation.reads.map((path) => index.get(path)))
    for (const path of relation.reads) expect(planned.get(path)).toBe(index.get(path))
  }
}

describe('ReadPlan', () => {
  test('gives the cells of the map of every cell, for parsed reports of each generation', () => {
    for (const name of ['qidu-2017.txt', 'zhangcun-2011.txt', 'chongwen-2020.txt']) {
      const report = parseReport(fixture(name), { format: 'text' })
      expectSameCells(report)
    }
  })

  test('reads the cells of a G3 report by path', () => {
    const report = parseReport(fixture('chongwen-2020.txt'), { format: 'text' })
    if (report.generation !== '2019' || !report.requests) throw new Error('chongwen-2020 is a G3 report with table 3')
    const plan = new ReadPlan([], ['requests.newReceived.total', 'requests.nowhere.total'])
    const planned = plan.cellsOf(report)
    expect(planned.get('requests.newReceived.total')).toBe(report.requests.newReceived.total)
    expect(planned.get('requests.nowhere.total')).toBeUndefined()
    // A path that was not planned is not looked up.
    expect(planned.get('requests.carriedOver.total')).toBeUndefined()
    // No relation was planned: the plan reads none.
    expect(plan.reads).toEqual([])
  })

  test('keeps the later of two cells whose paths are spelt the same (a 2008 key holding dots)', () => {
    const report = parseReport(fixture('zhangcun-2011.txt'), { format: 'text' })
    if (report.generation !== '2008' || !report.statistics) throw new Error('zhangcun-2011 is a G1 report with statistics')
    // `statistics.cumulative.active.total` twice: as a key of `cells`, then of `cumulative`.
    const first = cell(1)
    const second = cell(2)
    const statistics = { ...report.statistics, cells: { ...report.statistics.cells, 'cumulative.active.total': first }, cumulative: { ...report.statistics.cumulative, 'active.total': second } }
    const edited = { ...report, statistics } as ParsedReport
    expect(indexCells(edited).get('statistics.cumulative.active.total')).toBe(second)
    expect(new ReadPlan([], ['statistics.cumulative.active.total']).cellsOf(edited).get('statistics.cumulative.active.total')).toBe(second)
    expectSameCells(edited)
  })
})
