import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { detectFormat } from './detect-format.js'

/** The rule by regexes alone over the first 20,000 characters (Markdown's signs before common tags since). */
function formatByRegexes(text: string): string {
  const head = text.slice(0, 20000)
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/iu.test(head)) return 'html'
  if (/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/mu.test(head)) return 'markdown'
  if ((head.match(/^ {0,3}#{1,6}[ \t]+\S/gmu)?.length ?? 0) >= 2) return 'markdown'
  const tags = head.match(/<\/?(?:html|head|body|div|p|table|tbody|tr|td|th|span|br|h[1-6]|ul|ol|li|meta|font|strong|b|section|article)\b[^<>]{0,400}>/giu)?.length ?? 0
  return tags >= 3 ? 'html' : 'text'
}

describe('detectFormat', () => {
  test('should take a doctype, <html> or three common tags for HTML', () => {
    expect(detectFormat('<!DOCTYPE html><p>报告</p>')).toBe('html')
    expect(detectFormat('  <html>')).toBe('html')
    expect(detectFormat('<div id="zoom"><p>一、总体情况</p><p>……</p></div>')).toBe('html')
    expect(detectFormat('收到<br>一件')).toBe('text')
  })

  test('should take two ATX headings or a pipe-table delimiter row for Markdown', () => {
    expect(detectFormat('## 一、总体情况\n\n文字\n\n## 二、主动公开')).toBe('markdown')
    expect(detectFormat('| 指标 | 数量 |\n| --- | ---: |\n| 主动公开 | 1 |')).toBe('markdown')
  })

  test('should take Markdown holding HTML tags for Markdown (`<br>` in cells, `<strong>`: PDF-to-Markdown tools)', () => {
    expect(detectFormat('## 一、总体情况\n\n<strong>文字</strong>\n\n## 二、主动公开\n\n| 规章<br>（件） | 0 |\n| --- | --- |\n| 行政<br>规范性<br>文件 | 1 |')).toBe('markdown')
    expect(detectFormat('<html><body>\n## 一\n## 二')).toBe('html')
  })

  test('should leave OCR residue (bold words, bullets) to plain text', () => {
    expect(detectFormat('**一是**加强领导\n- 网站公开\n# 一处')).toBe('text')
    expect(detectFormat('一、总体情况\n\t本年新收\t3')).toBe('text')
  })

  test('should decide as the regexes alone decide', () => {
    const fragment = fc.constantFrom('一、总体情况', '\n', '\n\n', ' ', '\t', '<p>', '</p>', '<div>', '<br>', '<!doctype html>', '<html>', '<?xml version="1.0"?>', '## ', '# ', '#', '| --- | --- |', '|---|---|', '---', '--', '| a | b |', ':--', '-:', '**粗**', '- 项')
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(detectFormat(text)).toBe(formatByRegexes(text))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })
})
