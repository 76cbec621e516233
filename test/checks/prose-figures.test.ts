// Figures stated in the text against the tables (T3-6, T4-5); positions checked by slicing the text.
import { describe, expect, test } from 'vitest'
import { checkReport, type Check } from '../../src/index.js'
import { reportFromData } from '../../src/testing/index.js'
import { row, tableData } from './build-data.js'

const prose = (checks: readonly Check[]) => checks.filter((check) => check.id === 'T3-6' || check.id === 'T4-5')

describe('prose figures (T3-6, T4-5)', () => {
  const review = { 'reviewLitigation.review.upheld': 2, 'reviewLitigation.review.total': 2, 'reviewLitigation.litigationDirect.upheld': 5, 'reviewLitigation.litigationDirect.total': 5, 'reviewLitigation.litigationAfterReview.other': 2, 'reviewLitigation.litigationAfterReview.total': 2 }
  const report = reportFromData(tableData('2021', { ...row('newReceived', 150, 1), ...row('granted', 100), ...row('notProcessed.duplicate', 51), ...row('totalProcessed', 150, 1), ...review }))

  test('should compare what 总体情况 says with tables 3 and 4 (Pingtan 2023: 复议 2; 诉讼 5 + 2 = 7)', () => {
    const text = '一、总体情况\n2023年，共收到政府信息公开申请151件，予以公开100件。因政府信息公开被申请行政复议2件、提起行政诉讼7件。\n'
    const checks = prose(checkReport(report, { text }))
    expect(checks.map((check) => `${check.id} ${check.scope} ${check.status} ${check.left}/${check.right}`)).toEqual([
      'T3-6 newReceived pass 151/151',
      'T3-6 granted pass 100/100',
      'T4-5 review pass 2/2',
      'T4-5 litigation pass 7/7',
    ])
    const figure = checks[0]?.prose
    expect(figure?.raw).toBe('151')
    expect(text.slice(figure?.position.start.offset, figure?.position.end.offset)).toBe('151')
    // 2023年，共收到政府信息公开申请 is 17 characters; line 1 is 6 characters and a line break.
    expect(figure?.position.start).toEqual({ line: 2, column: 18, offset: 24 })
  })

  test('should warn when the text and the table disagree, and read Chinese numerals and full-width digits', () => {
    const text = '本年度收到申请一百五十件，行政复议３件。'
    const checks = prose(checkReport(report, { text }))
    expect(checks.map((check) => `${check.id} ${check.scope} ${check.status} ${check.left}/${check.right} ${check.severity}`)).toEqual([
      'T3-6 newReceived fail 150/151 warning',
      'T4-5 review fail 3/2 warning',
    ])
    expect(checks[1]?.prose?.raw).toBe('３')
  })

  test('should not read the run-together digits of a flattened table row as a figure', () => {
    const text = '（一）予以公开220000022（二）部分公开191000020\n一、本年新收政府信息公开申请数量801000081'
    expect(prose(checkReport(report, { text }))).toEqual([])
  })

  test('should skip table rows and not compare without a text', () => {
    expect(prose(checkReport(report, { text: '收到申请\t151件' }))).toEqual([])
    expect(prose(checkReport(report))).toEqual([])
  })
})
