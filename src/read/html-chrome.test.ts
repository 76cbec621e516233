import { describe, expect, test } from 'vitest'
import { isChromeLine } from './html-chrome.js'

describe('isChromeLine', () => {
  test('should know registrations, site owners, share and print links, after any white space', () => {
    for (const line of ['闽ICP备12345678号', '  闽公网安备 35010002000001号', '\u3000网站标识码：3501000001', '版权所有：某县人民政府', 'copyright © 2024', '© 2024 某县', '主办单位：某县人民政府办公室', '承办单位:某县信息中心', '技术支持：某公司', '分享到：', '【打印本页】【关闭窗口】', '【关闭】', '扫一扫在手机打开当前页']) {
      expect(isChromeLine(line), line).toBe(true)
    }
  })

  test('should leave report lines alone, even ones that start like chrome', () => {
    for (const line of ['一、总体情况', '主动公开政府信息1200条', '关于印发某县2021年政府信息公开工作要点的通知', '分类处理申请12件', '打印机采购项目公开', '', '   ']) {
      expect(isChromeLine(line), line).toBe(false)
    }
  })
})
