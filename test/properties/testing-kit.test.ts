// The testing kit's forms, checked by hand against templates.md §5.3–§6.3 and the seeds' layouts.
import { describe, expect, test } from 'vitest'
import { listCells } from '../../src/index.js'
import {
  alignedText,
  cellPerLine,
  countSplits,
  dataCells,
  flattenedRows,
  html,
  ocrNoisy,
  printedTables,
  renderReport,
  reportFromData,
  tabGrid,
  tablePaths,
  type ReportData,
} from '../../src/testing/index.js'

const g4: ReportData = {
  generation: '2021',
  year: 2024,
  organ: '平潭综合实验区',
  cells: {
    ...Object.fromEntries(tablePaths('2021').map((path) => [path, 0])),
    // Pingtan 2024 table 4: 2,1,3,1,7 | 0,0,0,0,0 | 13,2,4,0,19.
    ...Object.fromEntries(
      ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group, index) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((column, at) => [`reviewLitigation.${group}.${column}`, [[2, 1, 3, 1, 7], [0, 0, 0, 0, 0], [13, 2, 4, 0, 19]][index]?.[at] ?? 0]),
      ),
    ),
    'requests.granted.naturalPerson': 22,
    'requests.granted.total': 22,
    'activeDisclosure.licensing.decisions': 8,
  },
}
const g3: ReportData = { generation: '2019', year: 2019, organ: '平潭综合实验区', cells: { ...Object.fromEntries(tablePaths('2019').map((path) => [path, 0])), 'activeDisclosure.licensing.previousCount': 396, 'activeDisclosure.licensing.decisions': 181 } }

describe('data paths', () => {
  test('should have 22 + 161 + 15 cells in 2019 and 10 + 175 + 15 in 2021', () => {
    expect(tablePaths('2019')).toHaveLength(198)
    expect(tablePaths('2021')).toHaveLength(200)
    expect(tablePaths('2021').slice(0, 3)).toEqual(['activeDisclosure.regulations.issued', 'activeDisclosure.regulations.repealed', 'activeDisclosure.regulations.inForce'])
  })

  test('should build the report object parseReport would give, paths and values alike', () => {
    const report = reportFromData(g4)
    expect(report.generation).toBe('2021')
    expect(dataCells(listCells(report))).toEqual(g4.cells)
    if (report.generation !== '2021') throw new Error('expected 2021')
    expect(report.reviewLitigation?.litigationAfterReview.total).toEqual({ value: 19, raw: '19', position: null, via: ['testing'], confidence: 'high' })
  })
})

describe('renderers', () => {
  test('should write a TAB grid row per line with merged label cells left empty', () => {
    const lines = renderReport(g4, tabGrid).split('\n')
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t22\t0\t0\t0\t0\t0\t22')
    expect(lines).toContain('2\t1\t3\t1\t7\t0\t0\t0\t0\t0\t13\t2\t4\t0\t19')
    expect(lines).toContain('行政许可\t8')
    expect(lines.slice(0, 5)).toEqual(['平潭综合实验区2024年政府信息公开工作年度报告', '', '本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '', '一、总体情况'])
  })

  test('should state 总体情况 figures matching the tables (T3-6, T4-5)', () => {
    expect(renderReport(g4, tabGrid)).toContain('本年度共收到政府信息公开申请0件，予以公开22件，因政府信息公开被申请行政复议7件，被提起行政诉讼19件。')
  })

  test('should write one cell a line behind a TAB, blanks as TAB + NBSP, rows apart (qidu-2017)', () => {
    const data: ReportData = { generation: '2014', year: 2017, organ: '齐都镇政府', form: 'national-2014', cells: { 'statistics.staffing.staff': 2, 'statistics.staffing.fullTime': null } }
    const text = renderReport(data, cellPerLine)
    expect(text).toContain('\t（二）从事政府信息公开工作人员数\n\t人\n\t2\n\n')
    expect(text).toContain('\t1.专职人员数（不包括政府公报及政府网站工作人员数）\n\t人\n\t\u00a0\n\n')
    expect(text).toContain('\t十二、机构建设和保障经费情况\n\t\u00a0\n\t\u00a0\n\n')
  })

  test('should run a row’s numbers together: 行政许可3960181 is 396 | 0 | 181 (Pingtan 2019)', () => {
    const lines = renderReport(g3, flattenedRows).split('\n')
    expect(lines).toContain('行政许可3960181')
    expect(lines).toContain('信息内容上一年项目数量本年增/减处理决定数量')
    // Without the template's numbers it is ambiguous (3 | 960 | 181 fits as well): flattened data
    // must split one way only, so this data is not taken; a row of single digits is.
    expect(flattenedRows.accepts(g3)).toBe(false)
    const digits = { ...g3, cells: { ...g3.cells, 'activeDisclosure.licensing.previousCount': 3, 'activeDisclosure.licensing.decisions': 1 } }
    expect(flattenedRows.accepts(digits)).toBe(true)
    expect(flattenedRows.accepts({ ...digits, cells: { ...digits.cells, 'requests.granted.total': null } })).toBe(false)
  })

  test('should break table 3 over a page with a footer and the group label again (PDF text)', () => {
    const lines = renderReport(g4, alignedText).split('\n')
    const footer = lines.indexOf('— 3 —')
    expect(footer).toBeGreaterThan(0)
    expect(lines.slice(footer - 1, footer + 3)).toEqual(['', '— 3 —', '', '三、本年度办理结果'])
    expect(lines[footer + 3]?.trim().startsWith('（四）无法提供')).toBe(true)
    expect(lines).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
  })

  test('should damage the grid as OCR did in chongwen-2020, never the values', () => {
    const lines = renderReport(g4, ocrNoisy).split('\n')
    expect(lines).toContain('一、才\t卜年新收政\t府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0')
    expect(lines).toContain('结\t结\t其\t尚\t总\t结\t结\t其\t尚\t总\t结\t结\t其\t尚\t总')
    expect(lines).toContain('三、本\t（一）予以公开\t\t22\t0\t0\t0\t0\t0\t22')
    expect(lines.some((line) => line.includes('科 研 机构'))).toBe(true)
  })

  test('should merge table 3 cells as the template does: 三、本年度办理结果 spans 22 rows in 2021, 20 in 2019', () => {
    const page = renderReport(g4, html)
    expect(page).toContain('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>')
    expect(page).toContain('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    expect(page).toContain('<td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>22</td>')
    expect(page).toContain('<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>')
    expect(page).toContain('<td rowspan="3">（六）其他处理</td>')
    expect(page).toContain('<tr><td colspan="3">四、结转下年度继续办理</td>')
    expect(renderReport(g3, html)).toContain('<td rowspan="20">三、本年度办理结果</td>')
    // 2021 table 2: the one-value blocks span the three value columns (templates.md §6.2).
    expect(page).toContain('<tr><td>行政许可</td><td colspan="3">8</td></tr>')
    // Table 4: 行政复议 over five columns, its five headers two rows high.
    expect(page).toContain('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
    expect(page).toContain('<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
  })

  test('should print a G1/G2 indicator table with its form’s header and units', () => {
    const data: ReportData = { generation: '2008', year: 2011, organ: '平潭综合实验区', form: 'fujian-2009', cells: { 'statistics.active.total': 425, 'statistics.cumulative.active.total': 1516 } }
    const table = printedTables(data).indicator
    expect(table?.rows[0]?.labels).toEqual(['指标名称', '计量单位', '本年度', '历年累计'])
    expect(table?.rows[1]).toEqual({ kind: 'data', labels: ['主动公开信息数', '条'], values: [425, 1516] })
  })
})

describe('countSplits', () => {
  const row7 = (values: number[]) => values[6] === values.slice(0, 6).reduce((sum, value) => sum + value, 0)

  test('should find the one split of 801000081 whose 总计 adds up: 80 | 1 | 0 | 0 | 0 | 0 | 81', () => {
    expect(countSplits('801000081', Array(7).fill('count'), row7)).toBe(1)
  })

  test('should find two for 220000022 (22 | 0 … | 22 and 2 | 20 | 0 … | 22) and stop at the limit', () => {
    expect(countSplits('220000022', Array(7).fill('count'), row7, 10)).toBe(2)
    expect(countSplits('396442278', ['count', 'count', 'count'])).toBe(2)
  })

  test('should never start a number with a superfluous 0, and read signs and decimals', () => {
    // 0 | 05 is not a split; 00 | 5 neither: only 0 | 0 | 5.
    expect(countSplits('005', ['count', 'count', 'count'])).toBe(1)
    expect(countSplits('005', ['count', 'count'])).toBe(0)
    // 上一年项目数量 3, 本年增/减 -5, 处理决定数量 8; 3 | -58 leaves no third number.
    expect(countSplits('3-58', ['count', 'signed', 'count'], () => true, 10)).toBe(1)
    expect(countSplits('24252.311082', ['amount'])).toBe(1)
  })
})
