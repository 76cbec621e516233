// G1/G2 indicator tables in the layouts of the zhenyuan-2017 kind (templates.md §4): a table of
// years, and a second table read into the same grid.
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells } from '../../src/testing/index.js'

const cellsOf = (lines: string[]) => dataCells(listCells(parseReport(lines.join('\n'))))

describe('a G2 table by year', () => {
  test('should take year columns printed with 年 for years, this year the report’s', () => {
    const cells = cellsOf(['镇原县2017年政府信息公开工作年度报告', '', '指标名称\t单位\t2016年\t2017年', '主动公开信息数\t条\t29070\t34207', '政府网站公开\t条\t100\t18477'])
    expect(cells['statistics.active.total']).toBe(34207)
    expect(cells['statistics.active.channels.website']).toBe(18477)
    expect(cells['statistics.series.active.total.2016']).toBe(29070)
  })

  test('should read a second table after one blank line in its own columns, not as a year', () => {
    const cells = cellsOf([
      '镇原县2017年政府信息公开工作年度报告',
      '',
      '年份\t2013\t2014\t2015\t2016\t2017',
      '主动公开信息数\t3148\t4524\t22390\t29070\t34207',
      '',
      '公开渠道\t公开信息数',
      '政府网站公开\t18477',
      '政府微信公开\t1850',
      '其他方式公开\t13880',
    ])
    expect(cells['statistics.active.total']).toBe(34207)
    expect(cells['statistics.series.active.total.2013']).toBe(3148)
    expect([cells['statistics.active.channels.website'], cells['statistics.active.channels.wechat'], cells['statistics.active.channels.other']]).toEqual([18477, 1850, 13880])
    // Nothing was printed for 2013 under the channels.
    expect(Object.keys(cells).filter((path) => path.startsWith('statistics.series.active.channels'))).toEqual([])
  })

  test('should not take a data row whose values fall in 2000–2099 for a row of years', () => {
    const page = ['齐都镇2008年政府信息公开工作年度报告', '', '附表：2008年政府信息公开工作情况统计表', '', '指标名称\t计量单位\t本年度\t历年累计']
    const cells = cellsOf([...page, '主动公开信息数\t条\t0\t0', '受理依申请公开信息总数\t条\t2000\t2000', '行政复议数\t件\t0\t0'])
    expect([cells['statistics.requests.received'], cells['statistics.cumulative.requests.received'], cells['statistics.review.total']]).toEqual([2000, 2000, 0])
    const first = cellsOf([page[0] as string, '', page[2] as string, '', '主动公开信息数\t条\t2000\t2050', '行政复议数\t件\t0\t0'])
    expect(first['statistics.active.total']).toBe(2000)
  })
})
