import { describe, expect, test } from 'vitest'
import { parseReport } from '../index.js'
import { foldTraditionalText } from './fold-traditional.js'

// A traditional-script mirror of a report page.
const page = `<html><body><div class="TRS_Editor">
<p>示例縣2021年政府信息公開工作年度報告</p>
<p>一、總體情況</p>
<p>本縣主動公開政府信息1200條，辦理依申請公開事項35件。</p>
<p>二、主動公開政府信息情況</p>
<p>三、收到和處理政府信息公開申請情況</p>
</div></body></html>`

describe('traditional → simplified fold', () => {
  test('should fold character for character, leaving simplified and other text alone', () => {
    expect(foldTraditionalText('政府資訊公開與處理')).toBe('政府资讯公开与处理')
    expect(foldTraditionalText('政府信息公开 2021')).toBe('政府信息公开 2021')
    expect(foldTraditionalText('總體情況').length).toBe(4)
  })

  test('should read a traditional page like its simplified original, positions unchanged', () => {
    const report = parseReport(page)
    // Printed texts in the result come out folded; positions lead to the traditional source.
    expect(report.meta.title).toBe('示例县2021年政府信息公开工作年度报告')
    expect(report.meta.organ).toBe('示例县')
    expect(report.meta.year).toBe(2021)
    expect(report.sections.map((section) => section.title)).toEqual(['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况'])
    expect(report.sections.map((section) => section.role)).toEqual(['overview', 'activeDisclosure', 'requests'])
    const first = report.sections[0]
    expect(page.slice(first?.position.start.offset, first?.position.end.offset)).toBe('一、總體情況')
    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toContain('read.traditional-folded')
  })

  test('should not fold a simplified report', () => {
    const simplified = parseReport(foldTraditionalText(page))
    expect(simplified.meta.title).toBe('示例县2021年政府信息公开工作年度报告')
    expect(simplified.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('read.traditional-folded')
    expect(parseReport('示例县2021年政府信息公开工作年度报告\n一、总体情况\n').diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('read.traditional-folded')
  })
})
