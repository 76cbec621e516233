// G1/G2 indicator tables flattened to text (the Pingtan 2015/2017 page.txt form, templates.md §2):
// each row's label, unit and numbers run together, `主动公开文件数条294981916` = 2949 | 81916.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells, renderReport, reportDataArbitrary, tabGrid, type ReportData } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

/**
 * The report as a page flattened onto one line: each table row's cells run together (each value
 * cell printed by `printValue`), then every line.
 */
function flattenedPage(data: ReportData, beforeTable: string, printValue: (digits: string) => string = (digits) => digits): string {
  const text = renderReport(data, tabGrid)
    .split('\n')
    .map((line) => (line.includes('\t') ? line.split('\t').map((cell) => (/^\d+$/u.test(cell) ? printValue(cell) : cell)).join('') : `${line} `))
    .join('')
  return text.replace(/附表：/gu, `附表${beforeTable}：`)
}

/** Full-width digits (`１２３`), as some sites print them. */
const fullWidth = (digits: string) => digits.replace(/\d/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
/** Thousands separators (`1,234`). */
const thousands = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/gu, ',')

const told = new Set(['table.row-split-ambiguous', 'table.row-split-unsolvable', 'table.row-incomplete', 'table.row-missing', 'table.not-found', 'table.all-blank'])

describe('a G1/G2 indicator table on a page flattened onto one line', () => {
  test('should split this year’s and the cumulative value when text before the table was read into its grid', () => {
    // `业务12、一是` cuts the caption at `12`: the grid starts with rows of the section heading and
    // the caption, and the header glued to the first label is one of its later rows, not of the first three.
    const page =
      '张村镇2012年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制。 一、概述 本机关扎实推进政府信息公开工作。 ' +
      '二、主动公开政府信息情况 主动公开情况详见附表。 三、依申请公开政府信息情况 依申请公开情况详见附表。 四、政府信息公开的收费及减免情况 本年度未收取任何费用。 ' +
      '五、因政府信息公开申请行政复议、提起行政诉讼的情况 详见附表。 六、政府信息公开工作存在的主要问题及改进情况 下一步将继续改进。 ' +
      '七、需要说明的事项与附表 业务12、一是 附表 业务12、一是：2012年政府信息公开工作情况统计表 ' +
      '指标名称计量单位本年度历年累计主动公开信息数条1020受理依申请公开信息总数条9099行政复议数件57对申请的答复数条540542'
    const report = parseReport(page)
    expect(report.generation).toBe('2008')
    const cells = dataCells(listCells(report))
    // Each split keeps 历年累计 ≥ 本年度 and no part starts with 0: 1020 only as 10 | 20, 9099 only as
    // 90 | 99, 57 as 5 | 7. 540542 splits as 5 | 40542 and as 540 | 542: null, and told.
    expect([cells['statistics.active.total'], cells['statistics.cumulative.active.total']]).toEqual([10, 20])
    expect([cells['statistics.requests.received'], cells['statistics.cumulative.requests.received']]).toEqual([90, 99])
    expect([cells['statistics.review.total'], cells['statistics.cumulative.review.total']]).toEqual([5, 7])
    expect([cells['statistics.requests.answered'], cells['statistics.cumulative.requests.answered']]).toEqual([null, null])
    expect(report.diagnostics.some((diagnostic) => diagnostic.code === 'table.row-split-ambiguous' && diagnostic.path === 'statistics.requests.answered')).toBe(true)
  })

  test('should split an ambiguous run by the figure a sentence states for the report year', () => {
    const page = (sentence: string) =>
      [
        '平潭综合实验区2015年政府信息公开工作年度报告',
        `一、概述 ${sentence}`,
        '七、政府信息公开情况统计表 指标名称计量单位2015年度历年累计主动公开文件数条294981916其中：1、政府网站公开数条294981916受理依申请公开信息总数条01行政复议数件12',
      ].join('\n')
    // 294981916 keeps 历年累计 ≥ 本年度 as 2 | 94981916, 29 | 4981916, 294 | 981916 and 2949 | 81916.
    const stated = parseReport(page('2015年主动公开政府信息2949条。'))
    const cells = dataCells(listCells(stated))
    expect([cells['statistics.active.total'], cells['statistics.cumulative.active.total']]).toEqual([2949, 81916])
    if (stated.generation === '2014') expect(stated.statistics?.cells['active.total']).toMatchObject({ confidence: 'low', via: ['run-on-rows', 'split-flattened-row', 'stated-figure'] })
    // No sentence states the website figure: it stays null, and told.
    expect([cells['statistics.active.channels.website'], cells['statistics.cumulative.active.channels.website']]).toEqual([null, null])
    expect(stated.diagnostics.filter((diagnostic) => diagnostic.code === 'table.row-split-ambiguous').map((diagnostic) => diagnostic.path)).toEqual(['statistics.active.channels.website'])
    // Another year's figure, or a running total, settles nothing.
    for (const sentence of ['2014年主动公开政府信息2949条。', '历年累计主动公开政府信息2949条。']) {
      expect(dataCells(listCells(parseReport(page(sentence))))['statistics.active.total']).toBeNull()
    }
  })

  test('should keep the header when a row prints its label and unit but no figures', () => {
    const text = [
      '县自然资源局2010年政府信息公开工作年度报告',
      '附表：2010年政府信息公开工作情况统计表',
      '指标名称计量单位本年度历年累计',
      '其中：1.网站公开条',
      '其中：1.同意公开答复数条781',
      '2.同意部分公开答复数条22',
      '3.否决公开答复数条492501',
      '行政诉讼数件512',
    ].join('\n')
    const cells = dataCells(listCells(parseReport(text)))
    // 781 keeps 历年累计 ≥ 本年度 only as 7 | 81; 22 as 2 | 2; 512 as 5 | 12 — never 781, 22, 512;
    // 492501 as 4 | 92501, 49 | 2501 or 492 | 501: null, and told.
    expect([cells['statistics.requests.answers.granted'], cells['statistics.cumulative.requests.answers.granted']]).toEqual([7, 81])
    expect([cells['statistics.requests.answers.partiallyGranted'], cells['statistics.cumulative.requests.answers.partiallyGranted']]).toEqual([2, 2])
    expect([cells['statistics.litigation.total'], cells['statistics.cumulative.litigation.total']]).toEqual([5, 12])
    expect(cells['statistics.active.channels.website']).toBeNull()
    expect(cells['statistics.requests.answers.denied']).toBeNull()
  })

  test('should read rows after a page number with the header before it, flattened one row a line', () => {
    const text = [
      '平潭综合实验区2013年政府信息公开工作年度报告',
      '附表：2013年政府信息公开工作情况统计表',
      '指标名称计量单位本年度历年累计',
      '主动公开信息数条9100',
      '其中：1.网站公开条590',
      '2.政府公报公开条410',
      '- 3 -',
      '受理依申请公开信息总数条1215',
      '行政复议数件12',
      '行政诉讼数件35',
    ].join('\n')
    const cells = dataCells(listCells(parseReport(text)))
    // 9100 splits only as 9 | 100 (no part starts with 0); 1215 as 1 | 215 or 12 | 15: null, never 1215.
    expect([cells['statistics.active.total'], cells['statistics.cumulative.active.total']]).toEqual([9, 100])
    expect([cells['statistics.requests.received'], cells['statistics.cumulative.requests.received']]).toEqual([null, null])
    expect([cells['statistics.review.total'], cells['statistics.cumulative.review.total']]).toEqual([1, 2])
    expect([cells['statistics.litigation.total'], cells['statistics.cumulative.litigation.total']]).toEqual([3, 5])
  })

  test.each([
    ['', 'ASCII'],
    ['业务12、一是', 'ASCII'],
    ['今年是新中国成立 70 周年，', 'ASCII'],
    ['全年 1 200 条，', 'ASCII'],
    ['', 'full-width'],
    ['', 'thousands'],
  ] as const)('should never give back a wrong number, with %j before the table, digits %s', (beforeTable, digits) => {
    const printValue = digits === 'full-width' ? fullWidth : digits === 'thousands' ? thousands : undefined
    fc.assert(
      fc.property(fc.constantFrom('2008' as const, '2014' as const).chain((generation) => reportDataArbitrary(generation, { maxCount: 9999 })), (data) => {
        const report = parseReport(flattenedPage(data, beforeTable, printValue))
        const cells = dataCells(listCells(report))
        const wrong = Object.keys(data.cells).filter((path) => cells[path] !== undefined && cells[path] !== null && cells[path] !== data.cells[path])
        expect(wrong).toEqual([])
        const missing = Object.keys(data.cells).some((path) => data.cells[path] !== null && (cells[path] === undefined || cells[path] === null))
        if (missing) expect(report.diagnostics.some((diagnostic) => told.has(diagnostic.code))).toBe(true)
      }),
      settings,
    )
  })
})
