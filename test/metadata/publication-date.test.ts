// The page fields of a report (索引号, 发布日期 …): the publication date is the 发布日期 wherever
// the page prints it, a 成文日期 (the date the text was signed off) only when there is none.
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'

const report = (fields: string[]) => parseReport([...fields, '', 'XX县教育局2022年政府信息公开工作年度报告', '', '一、总体情况', '', '2022年，本机关扎实推进政府信息公开工作。'].join('\n'))

describe('the publication date', () => {
  test('should be the 发布日期, even printed after a 成文日期', () => {
    expect(report(['成文日期：2023-01-16', '发布日期：2023-01-30']).meta.publicationDate).toBe('2023-01-30')
    expect(report(['发布日期：2023-01-30', '成文日期：2023-01-16']).meta.publicationDate).toBe('2023-01-30')
  })

  test('should be the 成文日期 when no 发布日期 is printed', () => {
    expect(report(['成文日期：2023-01-16']).meta.publicationDate).toBe('2023-01-16')
  })
})
