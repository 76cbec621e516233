// The organ a report is about, from its title or its signature (templates.md §1; metadata in data-model.md).
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { organFromSignature, organFromTitle } from '../../src/metadata/find-organ.js'

describe('organFromTitle', () => {
  test('should take the text before the year, or before the topic words', () => {
    expect(organFromTitle('镇原县2017年政府信息公开工作报告')).toBe('镇原县')
    expect(organFromTitle('关于平潭综合实验区2022年度政府信息公开工作情况的报告')).toBe('平潭综合实验区')
    expect(organFromTitle('平潭综合实验区政府信息公开工作2013年度报告')).toBe('平潭综合实验区')
  })

  test('should leave a closing 关于 out, and stop at the topic words when the year comes after them', () => {
    expect(organFromTitle('XX县教育局关于2022年度政府信息公开工作情况的报告')).toBe('XX县教育局')
    expect(organFromTitle('XX县人民政府政府信息公开工作年度报告(2022年度)')).toBe('XX县人民政府')
  })

  test('should give none for a title without an organ', () => {
    expect(organFromTitle('2019年度政府信息公开工作年度报告')).toBeNull()
    expect(organFromTitle('政府信息公开工作年度报告')).toBeNull()
  })
})

describe('organFromSignature', () => {
  test('should take an organ on its own line, not a field that ends like one', () => {
    expect(organFromSignature('镇原县人民政府办公室')).toBe('镇原县人民政府办公室')
    expect(organFromSignature('联系地址：福建省平潭综合实验区')).toBeNull()
  })
})

describe('a report whose title names no organ', () => {
  test('should take the organ of its signature', () => {
    const report = parseReport(['政府信息公开工作年度报告', '', '一、总体情况', '', '2022年，本机关扎实推进政府信息公开工作。', '', 'XX县教育局', '2023年1月20日'].join('\n'))
    expect(report.meta.organ).toBe('XX县教育局')
  })
})
