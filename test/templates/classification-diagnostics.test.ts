// What the classification tells beyond the generation (diagnostics.md, classify.*).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { renderReport, reportDataArbitrary, tabGrid } from '../../src/testing/index.js'

const codes = (text: string) => parseReport(text).diagnostics.map((diagnostic) => diagnostic.code)

describe('classify diagnostics', () => {
  test('should tell when the features decide against the year (a 2019-format report for 2018)', () => {
    const [data] = fc.sample(reportDataArbitrary('2019'), { seed: 3, numRuns: 1 })
    if (!data) throw new Error('no sample')
    const report = parseReport(renderReport({ ...data, year: 2018 }, tabGrid))
    expect(report.generation).toBe('2019')
    expect(report.meta.year).toBe(2018)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'classify.features-contradict-year')).toHaveLength(1)
  })

  test('should say nothing of the kind when features and year agree', () => {
    const [data] = fc.sample(reportDataArbitrary('2019'), { seed: 3, numRuns: 1 })
    if (!data) throw new Error('no sample')
    expect(parseReport(renderReport({ ...data, year: 2019 }, tabGrid)).diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('classify.features-contradict-year')
  })

  test('should tell when the input reads like a report but no generation fits it', () => {
    // A notice about compiling the reports, its title wrapped: it passes for a report by its
    // headings, and no template fits (no year in one line, no tables).
    const notice = ['XX县人民政府办公室关于做好2022年度政府信息公开工作年度', '报告编制发布工作的通知', '', '一、认真做好年度报告编制工作', '按格式编制。', '二、准确统计依申请公开数据', '如实统计。', '三、规范行政复议、行政诉讼数据填报', '如实填报。', '四、及时查找问题并整改', '及时整改。'].join('\n')
    const report = parseReport(notice)
    if (report.classification.isReport && report.generation === 'unrecognized') expect(codes(notice)).toContain('classify.low-confidence')
    else expect(report.classification.isReport).toBe(false)
  })
})
