import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { findFooterStart } from '../../src/metadata/find-chrome.js'
import type { Line } from '../../src/model/block.js'
import { documentText, releaseDocumentText } from '../../src/read/document-text.js'
import { readText } from '../../src/read/read-text.js'
import { settings } from '../properties/fc-settings.js'

/** The footer pattern run on every line of the last third, as the search did before. */
function everyLine(lines: readonly Line[]): number {
  const pattern = /^ *(?:分享(?:到|给好友)?|打印本页|【打印|关闭窗口|【关闭|主办[:：]|主办单位|承办[:：]|版权所有|网站标识码|.{0,20}ICP备|.{0,20}公网安备|扫一扫)/u
  for (let i = Math.floor((lines.length * 2) / 3); i < lines.length; i++) {
    if (pattern.test((lines[i] as Line).text)) return i
  }
  return lines.length
}

const footerOf = (text: string): number => {
  const document = readText(text, new DiagnosticList())
  releaseDocumentText(document)
  return findFooterStart(document.lines, documentText(document))
}

describe('findFooterStart', () => {
  test('should find the first footer line in the last third of the lines', () => {
    // Lines 0–5: 分享 in the body (line 1) is before the last third (from line 4).
    expect(footerOf(['报告', '分享经验', '正文', '正文', '  - 2 -', '联系电话', '  分享给好友', '主办：某局'].join('\n'))).toBe(6)
    expect(footerOf(['一', '二', '三', '四', '五', '六', '网站标识码 略', '本站 京ICP备05070218号'].join('\n'))).toBe(6)
    // A registration after more than 20 characters does not start the footer.
    expect(footerOf(['一', '二', '三', '某某某某某某某某某某某某某某某某某某某某某ICP备1号', '末'].join('\n'))).toBe(5)
    expect(footerOf(['一', '二', '三', '某公司 京ICP备1号', '末'].join('\n'))).toBe(3)
    expect(footerOf('')).toBe(1)
  })

  test('should find what testing every line of the last third finds', () => {
    const piece = fc.constantFrom('分享', '打印本页', '【关闭', '主办：', '主办单位', '承办:', '版权所有', '扫一扫', 'ICP备', '公网安备', '京', ' ', '  ', '正文', '分', '\t', '- 3 -', '第2页', '　')
    const lineText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.array(lineText, { maxLength: 24 }), fc.constantFrom('\n', '\r\n'), (texts, lineBreak) => {
        const document = readText(texts.join(lineBreak), new DiagnosticList())
        releaseDocumentText(document)
        expect(findFooterStart(document.lines, documentText(document))).toBe(everyLine(document.lines))
      }),
      settings,
    )
  })
})
