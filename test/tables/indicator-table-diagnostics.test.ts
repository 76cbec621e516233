// A G1/G2 report whose indicator table is missing or blank says so, as a G3/G4 report does for its
// tables (diagnostics.md `table.not-found`, `table.all-blank`): a null is never left unexplained.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'

const zhangcun = readFileSync(new URL('../../fixtures/zhangcun-2011.txt', import.meta.url), 'utf8')
const codes = (text: string) => parseReport(text).diagnostics.map((diagnostic) => diagnostic.code)

/** A 2008-regulation report in prose only: its parts, no statistics table and no figure in a sentence. */
const proseOnly = [
  '张村镇2009年政府信息公开工作年度报告',
  '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
  '一、概述',
  '本机关认真贯彻落实《条例》，扎实推进政府信息公开工作。',
  '二、主动公开政府信息情况',
  '主动公开情况良好。',
  '三、依申请公开政府信息情况',
  '依申请公开工作有序开展。',
  '四、政府信息公开的收费及减免情况',
  '本年度未收取任何费用。',
  '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '本年度未发生此类情况。',
  '六、政府信息公开工作存在的主要问题及改进情况',
  '下一步将继续改进。',
].join('\n')

describe('the G1/G2 indicator table', () => {
  test('should be reported not found when the report prints none', () => {
    const report = parseReport(proseOnly)
    expect(report.generation).toBe('2008')
    if (report.generation !== '2008') return
    expect(report.statistics).toBeNull()
    const notFound = report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.not-found')
    expect(notFound).toHaveLength(1)
    expect(notFound[0]?.path).toBe('statistics')
    expect(notFound[0]?.severity).toBe('info')
  })

  test('should be reported blank when found with every value cell empty', () => {
    // zhangcun-2011 with each value line (`\t264`) emptied: the rows and units are still printed.
    const report = parseReport(zhangcun.replace(/^\t[\d.]+$/gmu, '\t'))
    expect(report.generation).toBe('2008')
    if (report.generation !== '2008' || !report.statistics) throw new Error('expected a G1 statistics table')
    expect(Object.keys(report.statistics.cells).length).toBeGreaterThan(30)
    expect(Object.values(report.statistics.cells).every((cell) => cell.value === null)).toBe(true)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.all-blank').map((diagnostic) => diagnostic.path)).toEqual(['statistics'])
  })

  test('should raise neither when the table holds values, nor when only a sentence gives one', () => {
    expect(codes(zhangcun)).not.toContain('table.not-found')
    expect(codes(zhangcun)).not.toContain('table.all-blank')
    // The report without its table: 主动公开…264 stated in a sentence fills statistics.active.total.
    const withoutTable = zhangcun.split('\n').slice(0, 59).join('\n')
    expect(codes(withoutTable)).toContain('table.prose-figure')
    expect(codes(withoutTable)).not.toContain('table.not-found')
    expect(codes(withoutTable)).not.toContain('table.all-blank')
  })
})
