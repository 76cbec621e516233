// Hand-built reports: every expected number below is worked out by hand in the comment beside it.
import { describe, expect, test } from 'vitest'
import { checkReport, DiagnosticList, runChecks, type Check, type ParsedReport } from '../../src/index.js'
import { reportFromData, type ReportData } from '../../src/testing/index.js'
import { row, tableData } from './build-data.js'

const find = (checks: readonly Check[], id: string, scope?: string) => {
  const check = checks.find((candidate) => candidate.id === id && candidate.scope === scope)
  if (!check) throw new Error(`no check ${id} ${scope ?? ''}`)
  return check
}
const failing = (checks: readonly Check[]) => checks.filter((check) => check.status === 'fail').map((check) => `${check.id}${check.scope ? ` ${check.scope}` : ''}`)

describe('table 3 (T3-1..T3-4)', () => {
  test('should pass every check on a consistent table: 21 new + 0 carried = 21 processed + 0 forward', () => {
    // NP 20 granted, CE 1 granted → totals 21; T3-2: 21 + 0 = 21 + 0.
    const data = tableData('2019', { ...row('newReceived', 20, 1), ...row('granted', 20, 1), ...row('totalProcessed', 20, 1) })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual([])
    expect(find(checks, 'T3-2', 'total')).toMatchObject({ status: 'pass', left: 21, right: 21, difference: 0, operator: '=' })
    expect(find(checks, 'T3-3', 'granted')).toMatchObject({ status: 'pass', left: 21, right: 21 })
    // 7 × T3-1, 7 × T3-2, 23 × T3-3 (G3 rows), T3-4, 3 × T4, T4-4, T2-1, 2 × T2-2
    expect(checks).toHaveLength(7 + 7 + 23 + 1 + 3 + 1 + 1 + 2)
  })

  test('should fail T3-1 like Pingtan 2020: outcome rows sum to 27 (NP 26) against 总计 21 (NP 20), while T3-2 holds', () => {
    const data = tableData('2019', { ...row('newReceived', 20, 1), ...row('granted', 26, 1), ...row('totalProcessed', 20, 1) })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual(['T3-1 naturalPerson', 'T3-1 total'])
    expect(find(checks, 'T3-1', 'naturalPerson')).toMatchObject({ status: 'fail', severity: 'error', left: 20, right: 26, difference: -6 })
    expect(find(checks, 'T3-1', 'total')).toMatchObject({ left: 21, right: 27, difference: -6 })
    expect(find(checks, 'T3-2', 'total')).toMatchObject({ status: 'pass', left: 21, right: 21 })
    expect(find(checks, 'T3-1', 'total').reads[0]).toBe('requests.totalProcessed.total')
  })

  test('should make a check uncertain, never failed, when an input is blank', () => {
    // 总计 of 予以公开 left blank (长春二道区 2022 leaves the 总计 column blank for detail rows).
    const data = tableData('2021', { ...row('newReceived', 3), ...row('granted', 3), ...row('totalProcessed', 3), 'requests.granted.total': null })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual([])
    expect(find(checks, 'T3-3', 'granted')).toMatchObject({ status: 'uncertain', unsure: ['requests.granted.total'], left: null, right: null, difference: null })
    expect(find(checks, 'T3-1', 'total')).toMatchObject({ status: 'uncertain' })
    expect(find(checks, 'T3-1', 'naturalPerson')).toMatchObject({ status: 'pass', left: 3, right: 3 })
    // T3-4 skips blanks: a blank breaks no range.
    expect(find(checks, 'T3-4')).toMatchObject({ status: 'pass', left: 0 })
  })

  test('should keep every check uncertain on a table left entirely blank (chongwen-2020)', () => {
    const blank = Object.fromEntries(Object.keys(tableData('2019').cells).map((path) => [path, null]))
    const checks = checkReport(reportFromData(tableData('2019', blank)))
    expect(new Set(checks.map((check) => check.status))).toEqual(new Set(['uncertain']))
  })

  test('should fail T3-4 on a negative count and name it', () => {
    const data = tableData('2019', { 'requests.unable.notHeld.naturalPerson': -1, 'requests.unable.notHeld.total': -1, ...row('totalProcessed', -1) })
    const checks = checkReport(reportFromData(data))
    // Four cells printed -1: 无法提供 1. NP and 总计, （七）总计 NP and 总计.
    expect(find(checks, 'T3-4')).toMatchObject({ status: 'fail', left: 4, right: 0 })
    expect(find(checks, 'T3-4').suspects).toEqual([
      'requests.unable.notHeld.naturalPerson',
      'requests.unable.notHeld.total',
      'requests.totalProcessed.naturalPerson',
      'requests.totalProcessed.total',
    ])
  })

  test('should count G4 （六） as three rows in T3-1', () => {
    const data = tableData('2021', { ...row('newReceived', 5), ...row('other.feeUnpaid', 2), ...row('other.other', 3), ...row('totalProcessed', 5) })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual([])
    expect(find(checks, 'T3-1', 'naturalPerson').reads).toContain('requests.other.feeUnpaid.naturalPerson')
    expect(find(checks, 'T3-1', 'naturalPerson')).toMatchObject({ left: 5, right: 5 })
  })
})

describe('table 4 and table 2', () => {
  test('should check each 总计 of table 4 against its four results', () => {
    // Pingtan 2024: 2,1,3,1,7 | 0,0,0,0,0 | 13,2,4,0,19.
    const values = [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]
    const paths = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => `reviewLitigation.${group}.${column}`))
    const cells = Object.fromEntries(paths.map((path, index) => [path, values[index] as number]))
    const checks = checkReport(reportFromData(tableData('2021', cells)))
    expect(find(checks, 'T4-1')).toMatchObject({ status: 'pass', left: 7, right: 7 })
    expect(find(checks, 'T4-3')).toMatchObject({ status: 'pass', left: 19, right: 19 })
    const broken = checkReport(reportFromData(tableData('2021', { ...cells, 'reviewLitigation.litigationAfterReview.total': 18 })))
    expect(find(broken, 'T4-3')).toMatchObject({ status: 'fail', left: 18, right: 19, difference: -1 })
  })

  test('should take a signed 本年增/减 and a decimal amount, but not a fractional count (T2-1)', () => {
    const ok = checkReport(reportFromData(tableData('2019', { 'activeDisclosure.licensing.change': -15, 'activeDisclosure.procurement.amount': 75394432.52 })))
    expect(find(ok, 'T2-1')).toMatchObject({ status: 'pass', left: 0 })
    const bad = checkReport(reportFromData(tableData('2019', { 'activeDisclosure.licensing.decisions': 2.5 })))
    expect(find(bad, 'T2-1')).toMatchObject({ status: 'fail', left: 1, suspects: ['activeDisclosure.licensing.decisions'] })
    const fees = checkReport(reportFromData(tableData('2021', { 'activeDisclosure.fees.amount': 24252.311082 })))
    expect(find(fees, 'T2-1').status).toBe('pass')
  })

  test('should warn (soft T2-2) when 对外公开总数量 is below 本年新公开数量', () => {
    const checks = checkReport(reportFromData(tableData('2019', { 'activeDisclosure.normativeDocuments.newlyPublished': 9, 'activeDisclosure.normativeDocuments.totalPublished': 4 })))
    expect(find(checks, 'T2-2', 'normativeDocuments')).toMatchObject({ status: 'fail', severity: 'warning', left: 4, right: 9, operator: '≥' })
  })
})

describe('G1 and G2 indicator tables', () => {
  const g2 = (cells: Record<string, number | null>): ReportData => ({ generation: '2014', year: 2017, organ: '齐都镇政府', form: 'national-2014', cells })

  test('should pass qidu-2017: 主动公开政府信息数 23 against channels 0 + 75 + 0 + 167 + 0 = 242 is ≤, not =', () => {
    const data = g2({
      'statistics.active.total': 23,
      'statistics.active.normativeDocuments': 23,
      'statistics.active.normativeDocumentsIssued': 61,
      'statistics.active.channels.gazette': 0,
      'statistics.active.channels.website': 75,
      'statistics.active.channels.weibo': 0,
      'statistics.active.channels.wechat': 167,
      'statistics.active.channels.other': 0,
      'statistics.staffing.staff': 2,
      'statistics.staffing.fullTime': 1,
      'statistics.staffing.partTime': 1,
    })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual([])
    expect(find(checks, 'G2-S4')).toMatchObject({ status: 'pass', left: 23, right: 242, operator: '≤' })
    expect(find(checks, 'G2-H6', 'active.normativeDocuments')).toMatchObject({ status: 'pass', left: 23, right: 23 })
    expect(find(checks, 'G2-H5')).toMatchObject({ status: 'pass', left: 2, right: 2 })
    // No 收到申请数 in the table: not applicable, not failed.
    expect(find(checks, 'G2-H1').status).toBe('not-applicable')
  })

  test('should fail G2-H5 naming statistics.staffing.staff when 从事…人员数 is 5 against 1 + 1', () => {
    const checks = checkReport(reportFromData(g2({ 'statistics.staffing.staff': 5, 'statistics.staffing.fullTime': 1, 'statistics.staffing.partTime': 1 })))
    expect(failing(checks)).toEqual(['G2-H5'])
    expect(find(checks, 'G2-H5')).toMatchObject({ left: 5, right: 2, difference: 3, severity: 'error' })
    expect(find(checks, 'G2-H5').reads).toContain('statistics.staffing.staff')
    expect(find(checks, 'G2-H5').suspects?.[0]).toBe('statistics.staffing.staff')
  })

  test('should sum only the channels the table prints (G2-H1 with the three Fujian channels)', () => {
    const checks = checkReport(
      reportFromData({
        generation: '2014',
        year: 2015,
        organ: '平潭综合实验区',
        form: 'fujian-2014',
        cells: { 'statistics.requests.received': 1, 'statistics.requests.channels.inPerson': 0, 'statistics.requests.channels.online': 0, 'statistics.requests.channels.letterFax': 1 },
      }),
    )
    expect(find(checks, 'G2-H1')).toMatchObject({
      status: 'pass',
      left: 1,
      right: 1,
      reads: ['statistics.requests.received', 'statistics.requests.channels.inPerson', 'statistics.requests.channels.online', 'statistics.requests.channels.letterFax'],
    })
  })

  test('should fail G1-H1 when a 历年累计 is below 本年度, naming the cumulative cell', () => {
    const data: ReportData = {
      generation: '2008',
      year: 2011,
      organ: '平潭综合实验区',
      form: 'fujian-2009',
      // Pingtan 2011: 425 this year, 1516 cumulative; 网站公开 418 / 1509; 公报 7 / 7. Break 公报: cumulative 6.
      cells: {
        'statistics.active.total': 425,
        'statistics.cumulative.active.total': 1516,
        'statistics.active.channels.website': 418,
        'statistics.cumulative.active.channels.website': 1509,
        'statistics.active.channels.gazette': 7,
        'statistics.cumulative.active.channels.gazette': 6,
      },
    }
    const checks = checkReport(reportFromData(data))
    expect(find(checks, 'G1-H1')).toMatchObject({ status: 'fail', left: 1, right: 0, suspects: ['statistics.cumulative.active.channels.gazette', 'statistics.active.channels.gazette'] })
    // 425 ≥ 418 + 7 holds as G1-S1; no category rows, so G1-H2 does not apply.
    expect(find(checks, 'G1-S1')).toMatchObject({ status: 'pass', left: 425, right: 425 })
    expect(find(checks, 'G1-H2').status).toBe('not-applicable')
  })

  test('should sum 264 = 6 + 59 + 132 + 26 + 2 + 39 (zhangcun-2011) and leave blank groups uncertain', () => {
    const categories = { organization: 6, policies: 59, work: 132, plansStatistics: 26, budget: 2, procurement: 39 }
    const cells: Record<string, number | null> = { 'statistics.active.total': 264, 'statistics.staffing.staff': null, 'statistics.staffing.fullTime': null, 'statistics.staffing.partTime': null }
    for (const [key, value] of Object.entries(categories)) cells[`statistics.active.categories.${key}`] = value
    const checks = checkReport(reportFromData({ generation: '2008', year: 2011, organ: '张村镇', form: 'zhangcun-2011', cells }))
    expect(find(checks, 'G1-H2')).toMatchObject({ status: 'pass', left: 264, right: 264 })
    expect(find(checks, 'G1-H6', 'staffing')).toMatchObject({ status: 'uncertain', unsure: ['statistics.staffing.staff', 'statistics.staffing.fullTime', 'statistics.staffing.partTime'] })
  })
})

describe('low-confidence recoveries', () => {
  /** Replaces 予以公开 自然人 with a value a recoverer guessed. */
  const lowered = (report: ParsedReport, value: number): ParsedReport => {
    if (report.generation !== '2019' || !report.requests) throw new Error('expected a 2019 report')
    report.requests.granted.naturalPerson = { value, raw: String(value), position: null, via: ['flattened', 'split-flattened-row'], confidence: 'low' }
    return report
  }

  test('should turn a would-be failure into uncertain and tell the parse apart from the report', () => {
    const report = lowered(reportFromData(tableData('2019', { ...row('newReceived', 4), ...row('granted', 4), ...row('totalProcessed', 4) })), 40)
    const diagnostics = new DiagnosticList()
    const checks = runChecks(report, { diagnostics })
    expect(failing(checks)).toEqual([])
    expect(find(checks, 'T3-3', 'granted')).toMatchObject({ status: 'uncertain', left: 4, right: 40, unsure: ['requests.granted.naturalPerson'] })
    const codes = diagnostics.items.map((diagnostic) => diagnostic.code)
    expect(codes).not.toContain('check.hard-relation-failed')
    expect(codes.filter((code) => code === 'check.unsure-recovery')).toHaveLength(2) // T3-1 naturalPerson and T3-3 granted
  })
})

describe('fault location', () => {
  test('should name the one cell at the crossing of a failed row (T3-3) and a failed column (T3-1)', () => {
    // 予以公开 商业企业 printed 5 instead of 1: its row and its column break, nothing else does.
    const data = tableData('2019', { ...row('newReceived', 20, 1), ...row('granted', 20, 1), ...row('totalProcessed', 20, 1), 'requests.granted.commercialEnterprise': 5 })
    const diagnostics = new DiagnosticList()
    const checks = runChecks(reportFromData(data), { diagnostics })
    expect(failing(checks)).toEqual(['T3-1 commercialEnterprise', 'T3-3 granted'])
    expect(find(checks, 'T3-3', 'granted').suspects).toEqual(['requests.granted.commercialEnterprise'])
    expect(find(checks, 'T3-1', 'commercialEnterprise').suspects).toEqual(['requests.granted.commercialEnterprise'])
    const located = diagnostics.items.filter((diagnostic) => diagnostic.code === 'check.fault-located')
    expect(located).toHaveLength(1)
    expect(located[0]).toMatchObject({ path: 'requests.granted.commercialEnterprise', severity: 'warning', stage: 'checks' })
  })

  test('should blame a total that disagrees with parts that agree among themselves', () => {
    // （七）总计 总计 printed 30 instead of 21: T3-3 of 总计 and T3-1 / T3-2 of the 总计 column break.
    const data = tableData('2019', { ...row('newReceived', 20, 1), ...row('granted', 20, 1), ...row('totalProcessed', 20, 1), 'requests.totalProcessed.total': 30 })
    const checks = checkReport(reportFromData(data))
    expect(failing(checks)).toEqual(['T3-1 total', 'T3-2 total', 'T3-3 totalProcessed'])
    for (const check of checks.filter((candidate) => candidate.status === 'fail')) expect(check.suspects).toEqual(['requests.totalProcessed.total'])
  })

  test('should report a failed hard check at its total with the other cells as related places', () => {
    const data = tableData('2019', { ...row('newReceived', 20, 1), ...row('granted', 26, 1), ...row('totalProcessed', 20, 1) })
    const report = reportFromData(data)
    if (report.generation !== '2019' || !report.requests) throw new Error('expected a 2019 report')
    const at = { start: { line: 40, column: 5, offset: 900 }, end: { line: 40, column: 7, offset: 902 } }
    report.requests.totalProcessed.naturalPerson.position = at
    const diagnostics = new DiagnosticList()
    runChecks(report, { diagnostics })
    const failed = diagnostics.items.find((diagnostic) => diagnostic.code === 'check.hard-relation-failed')
    expect(failed).toMatchObject({ severity: 'error', path: 'requests.totalProcessed.naturalPerson', position: at })
    expect(failed?.message).toContain('20 = 26 does not hold (difference -6)')
  })
})
