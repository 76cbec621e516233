// A G1/G2 indicator table continued in a second table after `（续表）` or a page number (Word saved
// as HTML, PDF-to-Markdown): the second part, printed without its header, keeps the first part's
// columns and group.
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells } from '../../src/testing/index.js'

const markdown = (between: string) =>
  [
    '# 张村镇2018年政府信息公开工作年度报告',
    '',
    '本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '',
    '| 指标名称 | 计量单位 | 本年度 | 历年累计 |',
    '| --- | --- | --- | --- |',
    '| 主动公开文件数 | 条 | 8 | 10 |',
    '| 受理依申请公开信息总数 | 条 | 12 | 19 |',
    '',
    between,
    '',
    '| 对申请的答复总数 | 条 | 10 | 1009 |',
    '| --- | --- | --- | --- |',
    '| 行政复议数 | 件 | 9 | 9 |',
  ].join('\n')

const html = (between: string) => `<html><body><div id="zoom"><h1>张村镇2011年政府信息公开工作年度报告</h1>
<table><tr><td>指标名称</td><td>单位</td><td>本年累计</td></tr>
<tr><td>一、主动公开信息数量</td><td>条</td><td>20</td></tr>
<tr><td>五、政府信息公开被举报数量</td><td>件</td><td>15</td></tr></table>
${between}
<table><tr><td>其中：1.维持具体行政行为</td><td>件</td><td>7</td></tr>
<tr><td>2.纠错</td><td>件</td><td>8</td></tr></table>
</div></body></html>`

describe('an indicator table continued after a mark', () => {
  test.each(['第 3 页', '（续表）', '续上表'])('should read the Markdown part after %j in the columns of the first', (between) => {
    const cells = dataCells(listCells(parseReport(markdown(between), { format: 'markdown' })))
    expect([cells['statistics.requests.answered'], cells['statistics.cumulative.requests.answered'], cells['statistics.cumulative.review.total']]).toEqual([10, 1009, 9])
  })

  test.each(['<p>（续表）</p>', '<p>第 3 页</p>'])('should read the HTML part after %j under the first part’s last group', (between) => {
    const cells = dataCells(listCells(parseReport(html(between), { format: 'html' })))
    expect([cells['statistics.complaints.total'], cells['statistics.complaints.upheld'], cells['statistics.complaints.corrected']]).toEqual([15, 7, 8])
  })
})
