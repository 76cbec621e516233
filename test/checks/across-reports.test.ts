// Year-to-year and summary-against-members checks on hand-built reports; numbers worked out by hand.
import { describe, expect, test } from 'vitest'
import { checkAggregate, compareReports, type Check } from '../../src/index.js'
import { reportFromData } from '../../src/testing/index.js'
import { row, tableData } from './build-data.js'

const find = (checks: readonly Check[], id: string, scope?: string) => {
  const check = checks.find((candidate) => candidate.id === id && candidate.scope === scope)
  if (!check) throw new Error(`no check ${id} ${scope ?? ''}`)
  return check
}

describe('compareReports', () => {
  // 2020 (G3) ends with 3 applications (NP 3) carried forward; 2021 (G4) starts with them.
  const before = reportFromData(tableData('2019', { ...row('newReceived', 5), ...row('granted', 2), ...row('totalProcessed', 2), ...row('carriedForward', 3) }, 2020))

  test('should pass T3-5 when 上年结转 equals last year’s 结转下年度, across G3 → G4', () => {
    const after = reportFromData(tableData('2021', { ...row('carriedOver', 3), ...row('granted', 3), ...row('totalProcessed', 3) }, 2021))
    const checks = compareReports(before, after)
    expect(find(checks, 'T3-5', 'naturalPerson')).toMatchObject({ status: 'pass', severity: 'warning', left: 3, right: 3 })
    expect(find(checks, 'T3-5', 'total').reads).toEqual(['current:requests.carriedOver.total', 'previous:requests.carriedForward.total'])
    expect(find(checks, 'T3-5', 'total').cells).toEqual([
      { report: 'current', path: 'requests.carriedOver.total', value: 3, raw: '3', position: null, via: ['testing'], organ: '平潭综合实验区', year: 2021 },
      { report: 'previous', path: 'requests.carriedForward.total', value: 3, raw: '3', position: null, via: ['testing'], organ: '平潭综合实验区', year: 2020 },
    ])
    // The G3 table 2 columns are not in a G4 report: T2-4 reads 现行有效件数 of both years and does not apply.
    expect(find(checks, 'T2-4', 'regulations').status).toBe('not-applicable')
  })

  test('should warn on T3-5 when the carried-over count jumps', () => {
    const after = reportFromData(tableData('2021', { ...row('carriedOver', 4), ...row('granted', 4), ...row('totalProcessed', 4) }, 2021))
    expect(find(compareReports(before, after), 'T3-5', 'total')).toMatchObject({ status: 'fail', left: 4, right: 3, difference: 1, severity: 'warning' })
  })

  test('should warn on T2-4 as Pingtan 2023 does: 698 + 77 − 132 = 643 expected, 470 printed', () => {
    const path = (column: string) => `activeDisclosure.normativeDocuments.${column}`
    const y2022 = reportFromData(tableData('2021', { [path('inForce')]: 698 }, 2022))
    const y2023 = reportFromData(tableData('2021', { [path('issued')]: 77, [path('repealed')]: 132, [path('inForce')]: 470 }, 2023))
    const check = find(compareReports(y2022, y2023), 'T2-4', 'normativeDocuments')
    // Written as 现行有效(Y) + 废止(Y) = 现行有效(Y−1) + 制发(Y): 470 + 132 = 602 against 698 + 77 = 775.
    expect(check).toMatchObject({ status: 'fail', severity: 'warning', left: 602, right: 775, difference: -173 })
    expect(find(compareReports(y2022, y2023), 'T2-5', 'normativeDocuments')).toMatchObject({ status: 'pass', left: 132, right: 775 })
  })

  test('should check G3 上一年项目数量 against last year’s count plus its change (T2-3, Pingtan 2019 → 2020: 396 + 0 = 396)', () => {
    const path = (column: string) => `activeDisclosure.licensing.${column}`
    const y2019 = reportFromData(tableData('2019', { [path('previousCount')]: 396, [path('change')]: 0 }, 2019))
    const y2020 = reportFromData(tableData('2019', { [path('previousCount')]: 396, [path('change')]: -15 }, 2020))
    expect(find(compareReports(y2019, y2020), 'T2-3', 'licensing')).toMatchObject({ status: 'pass', left: 396, right: 396 })
  })

  test('should follow G1 历年累计 from year to year (81916 + 3460 = 85376, Pingtan 2015 → 2016)', () => {
    const g2 = (year: number, thisYear: number, cumulative: number) =>
      reportFromData({ generation: '2014', year, organ: '平潭综合实验区', form: 'fujian-2014', cells: { 'statistics.active.total': thisYear, 'statistics.cumulative.active.total': cumulative } })
    expect(find(compareReports(g2(2015, 2949, 81916), g2(2016, 3460, 85376)), 'G2-S6')).toMatchObject({ status: 'pass', left: 0 })
    // 2017 restarts at 10037: a warning naming the cumulative cell, not an error.
    expect(find(compareReports(g2(2016, 3460, 85376), g2(2017, 2122, 10037)), 'G2-S6')).toMatchObject({
      status: 'fail',
      severity: 'warning',
      left: 1,
      suspects: ['current:statistics.cumulative.active.total', 'previous:statistics.cumulative.active.total', 'current:statistics.active.total'],
    })
  })

  test('should not compare reports that are not one year apart', () => {
    const later = reportFromData(tableData('2021', { ...row('carriedOver', 9), ...row('granted', 9), ...row('totalProcessed', 9) }, 2023))
    expect(new Set(compareReports(before, later).map((check) => check.status))).toEqual(new Set(['not-applicable']))
  })

  test('should throw a TypeError when given something that is not a report', () => {
    expect(() => compareReports(null as never, before)).toThrow(TypeError)
    expect(() => compareReports(before, 'text' as never)).toThrow('compareReports: `current` must be a result of parseReport')
  })
})

describe('checkAggregate', () => {
  const county = reportFromData(tableData('2021', { ...row('newReceived', 10, 2), ...row('granted', 10, 2), ...row('totalProcessed', 10, 2) }))
  const town = reportFromData(tableData('2021', { ...row('newReceived', 4), ...row('granted', 4), ...row('totalProcessed', 4) }))
  const bureau = reportFromData(tableData('2021', { ...row('newReceived', 6, 1), ...row('granted', 6, 1), ...row('totalProcessed', 6, 1) }))

  test('should compare every cell of the summary with the sum of its members', () => {
    const checks = checkAggregate(county, [town, bureau])
    // 10 + 175 + 15 cells of a G4 report.
    expect(checks).toHaveLength(10 + 175 + 15)
    expect(find(checks, 'AGG-1', 'requests.newReceived.naturalPerson')).toMatchObject({ status: 'pass', left: 10, right: 10 })
    // 商业企业: the county says 2, its members 0 + 1.
    expect(find(checks, 'AGG-1', 'requests.newReceived.commercialEnterprise')).toMatchObject({ status: 'fail', severity: 'warning', left: 2, right: 1 })
    expect(find(checks, 'AGG-1', 'requests.newReceived.total').cells?.map((cell) => `${cell.report}=${cell.value}`)).toEqual(['parent=12', 'child[0]=4', 'child[1]=7'])
  })

  test('should not apply to cells a member report lacks', () => {
    const g2 = reportFromData({ generation: '2014', year: 2017, organ: '齐都镇', cells: { 'statistics.active.total': 3 } })
    const parent = reportFromData({ generation: '2014', year: 2017, organ: '淄川区', cells: { 'statistics.active.total': 3, 'statistics.staffing.staff': 2 } })
    const checks = checkAggregate(parent, [g2])
    expect(find(checks, 'AGG-1', 'statistics.active.total').status).toBe('pass')
    expect(find(checks, 'AGG-1', 'statistics.staffing.staff').status).toBe('not-applicable')
  })
})
