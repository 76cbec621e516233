import { describe, expect, test } from 'vitest'
import { detectFormat } from './detect-format.js'

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

  test('should leave OCR residue (bold words, bullets) to plain text', () => {
    expect(detectFormat('**一是**加强领导\n- 网站公开\n# 一处')).toBe('text')
    expect(detectFormat('一、总体情况\n\t本年新收\t3')).toBe('text')
  })
})
