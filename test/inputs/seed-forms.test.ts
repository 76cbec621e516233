// Each seed in four more forms (GB18030 bytes, UTF-16 with BOM, Markdown, a government web page)
// must give what its plain-text form gives: generation, metadata, headings and every number.
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport, type ParsedReport, type Section } from '../../src/index.js'
import { fixture } from '../fixture.js'
import { renderGovernmentPage, renderMarkdown, splitSeed, type PageFields } from './render-seed.js'

const seeds = ['qidu-2017', 'tongjiang-2017', 'zhangcun-2011', 'chongwen-2020', 'zhenyuan-2017'] as const

const outline = (sections: readonly Section[]): string[] =>
  sections.flatMap((section) => [`${'  '.repeat(section.level - 1)}${section.numbering ?? ''}${section.title}`, ...outline(section.children)])

/** What must not change with the form: generation, report metadata, the whole section outline. */
const essentials = (report: ParsedReport) => ({
  generation: report.generation,
  title: report.meta.title,
  organ: report.meta.organ,
  year: report.meta.year,
  period: report.meta.period,
  signatureDate: report.meta.signatureDate,
  declaredParts: report.meta.declaredParts,
  contacts: report.meta.contacts,
  outline: outline(report.sections),
  // Every number the table mapper finds, by cell path.
  cells: listCells(report).map((cell) => `${cell.path}=${cell.value}`),
})

// Page fields: zhenyuan-2017's are those its text prints; the others get made-up ones.
const pageFields = (name: string, report: ParsedReport): PageFields =>
  name === 'zhenyuan-2017'
    ? { title: report.meta.title ?? '', indexNumber: 'XXGK/2018-4388', publisher: '政府办', publicationDate: '2018-02-23' }
    : { title: report.meta.title ?? '', indexNumber: `000014349/${report.meta.year ?? 0}-00012`, publisher: '县政府办公室', publicationDate: `${(report.meta.year ?? 0) + 1}-01-20` }

describe.each(seeds)('%s in other forms', (name) => {
  const text = fixture(`${name}.txt`)
  const plain = parseReport(text)
  const expected = essentials(plain)

  test('should read the same from GB18030 bytes', () => {
    const report = parseReport(iconv.encode(text, 'gb18030'))
    expect(report.source.encoding).toBe('gb18030')
    expect(report.source.format).toBe('text')
    expect(essentials(report)).toEqual(expected)
    expect(report.meta.publicationDate).toBe(plain.meta.publicationDate)
  })

  test('should read the same from UTF-16 bytes with a byte-order mark', () => {
    const little = parseReport(iconv.encode(text, 'utf-16le', { addBOM: true }))
    const big = parseReport(iconv.encode(text, 'utf-16be', { addBOM: true }))
    expect(little.source.encoding).toBe('utf-16le')
    expect(big.source.encoding).toBe('utf-16be')
    expect(essentials(little)).toEqual(expected)
    expect(essentials(big)).toEqual(expected)
    // Positions refer to the decoded text, which is the seed itself.
    const first = little.sections[0] as Section
    expect(text.slice(first.position.start.offset, first.position.end.offset).replace(/\s+/gu, '')).toBe(`${first.numbering ?? ''}${first.title}`.replace(/\s+/gu, ''))
  })

  test('should read the same from Markdown, headings and tables included', () => {
    const markdown = renderMarkdown(splitSeed(text, plain))
    const report = parseReport(markdown)
    expect(report.source.format).toBe('markdown')
    expect(essentials(report)).toEqual(expected)
  })

  test('should read the same from a government web page, and its page fields', () => {
    const fields = pageFields(name, plain)
    const html = renderGovernmentPage(splitSeed(text, plain), fields)
    const report = parseReport(new TextEncoder().encode(html))
    expect(report.source.format).toBe('html')
    expect(report.source.encoding).toBe('utf-8')
    expect(essentials(report)).toEqual(expected)
    expect(report.meta.indexNumber).toBe(fields.indexNumber)
    expect(report.meta.publisher).toBe(fields.publisher)
    expect(report.meta.publicationDate).toBe(fields.publicationDate)
    // Nothing of the site chrome reaches the result.
    const all = JSON.stringify({ meta: report.meta, sections: report.sections })
    for (const chrome of ['ICP', '公网安备', '分享到', '打印本页', '当前位置', '网站标识码']) expect(all).not.toContain(chrome)
  })
})
