import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { extractMetadata } from '../../src/metadata/extract-metadata.js'
import { findContacts } from '../../src/metadata/find-contacts.js'
import { readHeaderFields } from '../../src/metadata/header-fields.js'
import type { Line } from '../../src/model/block.js'
import { releaseDocumentText } from '../../src/read/document-text.js'
import { readText } from '../../src/read/read-text.js'
import { settings } from '../properties/fc-settings.js'

// The contacts are read from the body: the lines before the footer that are neither page numbers
// nor page fields. extractMetadata takes most of the body as a run of the document's full text;
// these tests hold it to the body joined line by line.

/** The body's lines joined as the definition says (no footer in these documents). */
function bodyJoined(lines: readonly Line[]): string {
  const fields = new Set(readHeaderFields(lines.slice(0, 30)).map((field) => field.line))
  return lines.filter((line) => !line.ignored && !fields.has(line)).map((line) => line.text).join('\n')
}

const contactsOf = (text: string) => {
  const document = readText(text, new DiagnosticList())
  releaseDocumentText(document)
  return { found: extractMetadata(document, [], new DiagnosticList()).meta.contacts, expected: findContacts(bodyJoined(document.lines)) }
}

describe('the body the contacts are read from', () => {
  test('should leave out the page fields, not the lines between or after them', () => {
    const { found } = contactsOf(['索引号: 电话：0599-5821234', '说明 电话：0599-5821235', '发布机构: 某局', '- 2 -', '传真：0599-5821236'].join('\n'))
    expect(found.phones).toEqual(['0599-5821235', '0599-5821236'])
  })

  test('should read what the body joined line by line gives', () => {
    const lineText = fc.constantFrom('索引号: 电话：0599-5821234', '发布日期: 2018-02-23', '文 号：', '电话：', '0599-5821237', '传真：0599-5821238', '- 3 -', '', '  ', '正文', '地址：某县某路8号，')
    fc.assert(
      fc.property(fc.array(lineText, { maxLength: 40 }), (texts) => {
        const { found, expected } = contactsOf(texts.join('\n'))
        expect(found).toEqual(expected)
      }),
      settings,
    )
  })
})
