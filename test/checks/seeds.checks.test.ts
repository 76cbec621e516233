// The seeds as published must fail no hard check; one number broken in the text must fail one.
import { describe, expect, test } from 'vitest'
import { parseReport, type ParsedReport } from '../../src/index.js'
import { fixture } from '../fixture.js'

const seeds = ['qidu-2017', 'tongjiang-2017', 'zhangcun-2011', 'chongwen-2020', 'zhenyuan-2017']
const hardFailures = (report: ParsedReport) => report.checks.filter((check) => check.severity === 'error' && check.status === 'fail')

describe('checks on the seeds', () => {
  for (const seed of seeds) {
    test(`should fail no hard check on ${seed} as published`, () => {
      const report = parseReport(fixture(`${seed}.txt`))
      expect(hardFailures(report)).toEqual([])
      expect(report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('check.hard-relation-failed')
    })
  }

  test('should pass qidu-2017’s 23 against 242 channels (≤, templates.md §4.3) and its 2 = 1 + 1 staff', () => {
    const report = parseReport(fixture('qidu-2017.txt'))
    const check = (id: string) => report.checks.find((candidate) => candidate.id === id)
    expect(check('G2-S4')).toMatchObject({ status: 'pass', left: 23, right: 242, operator: '≤' })
    expect(check('G2-H5')).toMatchObject({ status: 'pass', left: 2, right: 2 })
  })

  test('should pass zhangcun-2011’s 264 = 6 + 59 + 132 + 26 + 2 + 39 and leave its blank groups uncertain', () => {
    const report = parseReport(fixture('zhangcun-2011.txt'))
    expect(report.checks.find((check) => check.id === 'G1-H2')).toMatchObject({ status: 'pass', left: 264, right: 264 })
    expect(report.checks.find((check) => check.id === 'G1-H6' && check.scope === 'staffing')?.status).toBe('uncertain')
  })

  test('should fail a hard check naming statistics.staffing.staff when qidu-2017’s 从事政府信息公开工作人员数 reads 5 instead of 2', () => {
    const text = fixture('qidu-2017.txt')
    const label = text.indexOf('从事政府信息公开工作人员数')
    const value = text.indexOf('\t2', label)
    // The row is label, unit 人, value 2, one cell a line: the value is the first `\t2` after the label.
    expect(text.slice(label, value + 2)).toMatch(/从事政府信息公开工作人员数\s+\t人\s+\t2$/u)
    const report = parseReport(`${text.slice(0, value)}\t5${text.slice(value + 2)}`)
    const failed = hardFailures(report)
    expect(failed.map((check) => check.id)).toEqual(['G2-H5'])
    expect(failed[0]).toMatchObject({ left: 5, right: 2, difference: 3 })
    expect(failed[0]?.reads).toContain('statistics.staffing.staff')
    expect(failed[0]?.suspects?.[0]).toBe('statistics.staffing.staff')
    const diagnostic = report.diagnostics.find((candidate) => candidate.code === 'check.hard-relation-failed')
    expect(diagnostic?.path).toBe('statistics.staffing.staff')
    expect(diagnostic?.position?.start.line).toBe(text.slice(0, value).split('\n').length + 0)
  })
})
