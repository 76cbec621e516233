// A government page lists other reports beside the article (a sidebar, 上一篇/下一篇 links): their
// titles are not the report's, whose own title the article prints.
import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'

const page = (before: string, ownTitle: string) =>
  `<html><head><meta charset="utf-8"><title>张村镇2025年政府信息公开工作年度报告</title></head><body>
${before}
<div id="zoom">${ownTitle}
<p>本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。</p>
<p><strong>一、总体情况</strong></p><p>2025年，本机关扎实推进政府信息公开工作。</p>
</div></body></html>`

describe('titles of other reports on the page', () => {
  test('should not be taken over the title the article prints', () => {
    for (const before of ['<div class="left"><ul><li><a href="#">某县人民政府2025年政府信息公开工作年度报告</a></li></ul></div>', '<div class="list"><a href="#">张村镇2024年政府信息公开工作年度报告</a></div>']) {
      const report = parseReport(page(before, '<h1>张村镇2025年政府信息公开工作年度报告</h1>'), { format: 'html' })
      expect([report.meta.organ, report.meta.year, report.meta.title]).toEqual(['张村镇', 2025, '张村镇2025年政府信息公开工作年度报告'])
    }
  })

  test('should not be taken from a 上一篇 link when the article prints no title', () => {
    const report = parseReport(page('<h2>张村镇2025年政府信息公开工作年度报告</h2><p>上一篇：张村镇2024年政府信息公开工作年度报告</p>', ''), { format: 'html' })
    expect([report.meta.organ, report.meta.year]).toEqual(['张村镇', 2025])
  })

  test('should still give the page’s fuller title when it holds the article’s', () => {
    const report = parseReport(page('<div class="title">平潭综合实验区2025年度政府信息公开工作年度报告</div>', '<p>2025年度政府信息公开工作年度报告</p>'), { format: 'html' })
    expect([report.meta.organ, report.meta.year]).toEqual(['平潭综合实验区', 2025])
  })
})
