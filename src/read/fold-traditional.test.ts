import { describe, expect, test } from 'vitest'
import { parseReport } from '../index.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { foldTraditional, foldTraditionalText } from './fold-traditional.js'
import { readText } from './read-text.js'

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

  test('should count the Han characters of a line longer than one counting chunk exactly', () => {
    // 40,000 folding characters (國) and 30,000 staying ones (中) on one line, then a line of 20
    // folding ones: counts beyond 2^16 per line must neither carry nor wrap.
    const document = readText(`${'國'.repeat(40_000)}${'中'.repeat(30_000)}\n${'們'.repeat(20)}`, new DiagnosticList())
    const diagnostics = new DiagnosticList()
    foldTraditional(document, diagnostics)
    expect(diagnostics.items.map((diagnostic) => diagnostic.message)).toEqual([
      'The text is in traditional script (40020 of 70020 Han characters); folded to simplified for matching.',
    ])
    expect(document.lines[1]?.text).toBe('们'.repeat(20))
  })
})
