import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { linesWithColon, readHeaderFields } from '../../src/metadata/header-fields.js'
import { documentText, releaseDocumentText } from '../../src/read/document-text.js'
import { readText } from '../../src/read/read-text.js'
import { settings } from '../properties/fc-settings.js'

// Field labels, both colons, prose, and page numbers (lines left out of the document's text).
const piece = fc.constantFrom(
  '\n', '\n\n', '\n- 3 -\n', ' ', '索引号', '文 号', '发布机构', '时间', ':', '：', ' ：', 'XXGK/2018-4388', '政府信息公开', '报告如下', '12', '号',
)

describe('linesWithColon', () => {
  test('should keep every line a page field can be read from', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(40), (pieces, count) => {
        const document = readText(pieces.join(''), new DiagnosticList())
        const first = document.lines.slice(0, count)
        const kept = linesWithColon(documentText(document), first)
        expect(readHeaderFields(kept)).toEqual(readHeaderFields(first))
        // Only lines with a colon (or left out of the text) are kept, in order.
        expect(kept).toEqual(first.filter((line) => line.ignored !== undefined || /[:：]/u.test(line.text)))
        releaseDocumentText(document)
      }),
      settings,
    )
  })
})
