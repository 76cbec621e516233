// A relation that skips blank cells (the range relations: counts ≥ 0) cannot pass on a cell that
// printed something no number was read from (`-4` in a count cell): it is uncertain, and says so.
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'

const report = (fees: string) =>
  parseReport(
    ['张村镇2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t5', '行政规范性文件\t2\t1\t9', '信息内容\t本年收费金额（单位：万元）', `行政事业性收费\t${fees}`].join('\n'),
  )

describe('a range relation over a cell that was not read', () => {
  test('should be uncertain, naming the cell, where it would otherwise pass', () => {
    const t21 = report('-4').checks.find((check) => check.id === 'T2-1')
    expect(t21?.status).toBe('uncertain')
    expect(t21?.unsure).toEqual(['activeDisclosure.fees.amount'])
  })

  test('should still pass over a blank cell or a blank mark', () => {
    for (const blank of ['', '—', '/']) expect(report(blank).checks.find((check) => check.id === 'T2-1')?.status).toBe('pass')
  })
})
