import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import type { ManifestEntry } from '../../scripts/eval/load-manifest.js'
import { scoreEntry } from '../../scripts/eval/score-entry.js'

// A made-up G4 report: title, the six template headings, and the table-2 header that marks G4.
const text = [
  '青石县2022年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '本年度共收到申请3件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '无。',
].join('\n')
const sections = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']

const entry = (expected: ManifestEntry['expected'], generation = 'G4'): ManifestEntry => ({ id: 'qingshi-2022', file: 'qingshi-2022.txt', generation, expected })

describe('scoreEntry', () => {
  const report = parseReport(text)
  const outcome = { folder: 'made-up', report, input: 'string' as const, error: null }

  test('should score generation, report, organ, year and headings of a parse against the manifest', () => {
    const score = scoreEntry(entry({ is_report: true, generation: 'G4', organ: '青石县', year: 2022, sections }), outcome)
    expect(score.generation).toEqual({ expected: '2021', got: '2021', right: true })
    expect(score.isReport).toEqual({ expected: true, got: true, right: true })
    expect(score.organ).toEqual({ expected: '青石县', aliases: [], got: '青石县', right: true })
    expect(score.year).toEqual({ expected: 2022, got: 2022, right: true })
    expect(score.headings).toMatchObject({ found: 6, exact: true })
    expect(score.problems).toEqual([])
  })

  test('should accept an alias for the organ and mark a wrong year and generation', () => {
    const score = scoreEntry(entry({ organ: '青石县人民政府', organ_aliases: ['青 石县'], year: 2021, generation: 'G3' }, 'G3'), outcome)
    expect(score.organ?.right).toBe(true)
    expect(score.year).toEqual({ expected: 2021, got: 2022, right: false })
    expect(score.generation).toEqual({ expected: '2019', got: '2021', right: false })
  })

  test('should count every expected cell the parse does not produce as missed', () => {
    // Not a report: the parse is unrecognized and has no cells at all.
    const none = { ...outcome, report: parseReport('会议通知：请于周五下午到会。') }
    expect(none.report.generation).toBe('unrecognized')
    const score = scoreEntry(entry({ table4: { review_total: 0, litigation_direct_total: 0, litigation_after_review_total: null } }), none)
    expect(score.cells).toMatchObject({ right: 0, of: 3 })
    expect(score.cells.wrong).toEqual([
      { path: 'reviewLitigation.review.total', expected: 0, got: 'missing' },
      { path: 'reviewLitigation.litigationDirect.total', expected: 0, got: 'missing' },
      { path: 'reviewLitigation.litigationAfterReview.total', expected: null, got: 'missing' },
    ])
  })

  test('should leave unstated answers unscored and report an unknown generation code', () => {
    const score = scoreEntry(entry({}, 'G9'), outcome)
    expect(score).toMatchObject({ generation: null, isReport: null, organ: null, year: null, headings: null, cells: { of: 0 } })
    expect(score.problems).toEqual(['unknown generation code “G9”'])
  })

  test('should score everything stated as wrong when the file could not be parsed', () => {
    const score = scoreEntry(entry({ is_report: false, generation: 'not-a-report', sections: ['一、概述'] }, 'not-a-report'), {
      folder: 'made-up',
      report: null,
      input: 'string',
      error: 'parseReport threw: boom',
    })
    expect(score.generation).toEqual({ expected: 'unrecognized', got: null, right: false })
    expect(score.isReport).toEqual({ expected: false, got: null, right: false })
    expect(score.headings).toMatchObject({ found: 0, exact: false, got: [] })
    expect(score.error).toBe('parseReport threw: boom')
  })
})
