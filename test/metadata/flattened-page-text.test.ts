import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { findContacts } from '../../src/metadata/find-contacts.js'

// A made-up page in the flattened web-text form: a header block, then the breadcrumb, the page's
// 来源/时间 fields and the whole report on one line (like the Pingtan 2017/2021 page text).
const reportLine =
  '当前位置： 首页政务公开政府信息公开年报 青石县2022年度政府信息公开工作年度报告 来源：青石县人民政府 时间：2023-01-20 09:30 微信 微博 相关链接： --> ' +
  '根据《中华人民共和国政府信息公开条例》要求，特向社会公布本报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。' +
  '如对本报告有任何疑问，请与青石县政府办公室联系。联系地址：青石县府前路8号邮 编：354100电 话：0599-5821234电子邮箱：qsxgk＠163.com' +
  '一、总体情况2022年，我县深化政务公开，'.padEnd(400, '持续推进') +
  '。二、主动公开政府信息情况 附件下载'
const text = ['标题: 青石县2022年度政府信息公开工作年度报告', '发布时间: 2023-01-20 09:30', '==================== 正文 ====================', reportLine].join('\n')

describe('metadata of flattened page text', () => {
  const report = parseReport(text)

  test('should keep a long line that starts with page fields in the body and read its contacts', () => {
    expect(report.meta.contacts).toEqual({ phones: ['0599-5821234'], emails: ['qsxgk@163.com'], postcode: '354100', address: '青石县府前路8号' })
  })

  test('should still read title, year, period and the publication date from the header', () => {
    expect(report.meta.title).toBe('青石县2022年度政府信息公开工作年度报告')
    expect(report.meta.year).toBe(2022)
    expect(report.meta.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
    expect(report.meta.publicationDate).toBe('2023-01-20')
  })
})

describe('findContacts', () => {
  test('should read labels spaced out by the page (邮 编, 电 话, 传 真)', () => {
    expect(findContacts('地址：青石县府前路8号；邮 编：354100；电 话：0599-5821234；传 真：0599-5821235')).toEqual({
      phones: ['0599-5821234', '0599-5821235'],
      emails: [],
      postcode: '354100',
      address: '青石县府前路8号',
    })
  })
})
