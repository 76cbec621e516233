// listCells and checkReport on reports a caller edited: a place that no longer holds a cell is
// skipped in every generation, never handed on as a cell (nor a TypeError).
import { describe, expect, test } from 'vitest'
import { checkReport, listCells, parseReport } from '../src/index.js'
import { fixture } from './fixture.js'

describe('a G1/G2 statistics entry edited to hold no cell', () => {
  const parse = () => {
    const report = parseReport(fixture('zhangcun-2011.txt'))
    if (report.generation !== '2008' && report.generation !== '2014') throw new Error(`zhangcun-2011 parsed as ${report.generation}`)
    if (!report.statistics) throw new Error('zhangcun-2011 has no statistics')
    return { report, statistics: report.statistics }
  }

  test('should skip a cell set to null', () => {
    const { report, statistics } = parse()
    const key = Object.keys(statistics.cells)[0] as string
    const before = listCells(report).map((cell) => cell.path)
    expect(before).toContain(`statistics.${key}`)
    ;(statistics.cells as Record<string, unknown>)[key] = null
    const after = listCells(report).map((cell) => cell.path)
    expect(after).toEqual(before.filter((path) => path !== `statistics.${key}`))
    expect(() => checkReport(report)).not.toThrow()
  })

  test('should skip a cumulative entry that is not a cell', () => {
    const { report, statistics } = parse()
    const key = Object.keys(statistics.cells)[0] as string
    const before = listCells(report).map((cell) => cell.path)
    ;(statistics.cumulative as Record<string, unknown>)[key] = { note: 'edited' }
    expect(listCells(report).map((cell) => cell.path)).toEqual(before)
    expect(() => checkReport(report)).not.toThrow()
  })
})

describe('a G2 series value edited to hold no cell', () => {
  test('should skip a series value set to undefined or to an object that is no cell', () => {
    const report = parseReport(fixture('zhenyuan-2017.txt'))
    if (report.generation !== '2014' || !report.statistics) throw new Error(`zhenyuan-2017 parsed as ${report.generation}`)
    const series = report.statistics.series.find((entry) => entry.key === 'active.total')
    if (!series) throw new Error('zhenyuan-2017 has no active.total series')
    // 年份 2013…2017 / 主动公开信息数 3148…34207 (fixtures/zhenyuan-2017.txt)
    expect(Object.keys(series.values)).toEqual(['2013', '2014', '2015', '2016', '2017'])
    const paths = listCells(report).map((cell) => cell.path)
    expect(paths).toContain('statistics.series.active.total.2013')
    ;(series.values as Record<string, unknown>)['2013'] = undefined
    ;(series.values as Record<string, unknown>)['2014'] = { note: 'edited' }
    const dropped = ['statistics.series.active.total.2013', 'statistics.series.active.total.2014']
    expect(listCells(report).map((cell) => cell.path)).toEqual(paths.filter((path) => !dropped.includes(path)))
    expect(() => checkReport(report)).not.toThrow()
  })
})
