// Money is kept in the unit the template states (data-model.md "Money"): a cell printed in another
// unit is converted, and the conversion told.
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'

const cell = (text: string, path: string) => listCells(parseReport(text)).find((entry) => entry.path === path)

describe('money in another unit than the template’s', () => {
  test('should convert a G4 fee printed in 元 to 万元', () => {
    const text = ['张村镇2025年政府信息公开工作年度报告', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t40000元'].join('\n')
    const report = parseReport(text)
    expect(cell(text, 'activeDisclosure.fees.amount')?.value).toBe(4)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.unit-converted').map((diagnostic) => diagnostic.path)).toEqual(['activeDisclosure.fees.amount'])
  })

  test('should take the unit a G1 row label prints when its unit cell is blank', () => {
    // G1 keeps fees in 元: 0.5 万元 is 5000 元.
    const text = ['张村镇2011年政府信息公开工作年度报告', '', '附表：2011年政府信息公开工作情况统计表', '', '指标名称\t单位\t本年累计', '一、主动公开信息数量\t条\t20', '二、信息公开申请数量\t条\t7', '四、依申请提供信息收费数额（万元）\t\t0.5'].join('\n')
    expect(cell(text, 'statistics.fees')?.value).toBe(5000)
    expect(parseReport(text).diagnostics.some((diagnostic) => diagnostic.code === 'table.unit-converted' && diagnostic.path === 'statistics.fees')).toBe(true)
  })

  test('should name the cumulative cell in the diagnostic of its conversion', () => {
    const text = ['平潭综合实验区2013年政府信息公开工作年度报告', '', '附表：2013年政府信息公开工作情况统计表', '', '指标名称\t计量单位\t本年度\t历年累计', '主动公开信息数\t条\t7\t9', '依申请提供信息收费数额\t万元\t0.02\t0.3'].join('\n')
    const report = parseReport(text)
    expect([cell(text, 'statistics.fees')?.value, cell(text, 'statistics.cumulative.fees')?.value]).toEqual([200, 3000])
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.unit-converted').map((diagnostic) => diagnostic.path)).toEqual(['statistics.fees', 'statistics.cumulative.fees'])
  })
})
