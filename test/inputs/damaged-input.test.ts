// Damaged input never throws: malformed HTML, truncated bytes, a GBK page that says it is UTF-8,
// mojibake, arbitrary bytes.
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { parseReport, type ParsedReport } from '../../src/index.js'
import { fixture } from '../fixture.js'

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200)
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const settings = { numRuns, ...(seed === undefined ? {} : { seed }) }
const codes = (report: ParsedReport) => report.diagnostics.map((diagnostic) => diagnostic.code)

const page = (charset: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>报告</title></head><body><div id="zoom">${body}</div></body></html>`
const report2021 = '<p>示例县2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本县主动公开政府信息1200条。</p><p>二、主动公开政府信息情况</p>'

describe('malformed HTML', () => {
  const html = `<html><body><div id="zoom"><p>示例县2021年政府信息公开工作年度报告<p>一、总体情况<td>stray cell</td><b><i>本县</b></i>主动公开<div class="x=">政府信息1200条。</span></p><p>二、主动公开政府信息情况<table><tr><td rowspan="x" colspan="-3">7<td rowspan=99999>8</table`

  test('should be read the way a browser recovers, with a diagnostic, not an exception', () => {
    const report = parseReport(html)
    expect(report.source.format).toBe('html')
    expect(report.meta.title).toBe('示例县2021年政府信息公开工作年度报告')
    // A `<td>` outside a table is dropped and `<b><i>…</b></i>` stays inline, as in a browser, so
    // the paragraph runs on after the heading; its title ends at the heading word 情况.
    expect(report.sections.map((section) => section.title)).toEqual(['总体情况', '主动公开政府信息情况'])
    expect(report.sections[0]?.numbering).toBe('一、')
    const malformed = report.diagnostics.find((diagnostic) => diagnostic.code === 'read.html-malformed')
    expect(malformed?.actual).toBe('eof-in-tag')
    expect(malformed?.position?.start.offset).toBe(html.length)
  })

  test('should survive nesting deeper than the reader walks', () => {
    const deep = `${'<div>'.repeat(5000)}示例县2021年政府信息公开工作年度报告${'</div>'.repeat(5000)}`
    expect(parseReport(deep).meta.title).toBe('示例县2021年政府信息公开工作年度报告')
  })
})

describe('truncated bytes', () => {
  const text = fixture('tongjiang-2017.txt')

  test('should report a UTF-8 character cut off at the end, with its byte offset', () => {
    const bytes = new TextEncoder().encode(text)
    // The text ends in 。 (E3 80 82), a line break and a space: keep only E3 80 of the 。.
    const lead = bytes.lastIndexOf(0xe3)
    const cut = bytes.subarray(0, lead + 2)
    const report = parseReport(cut)
    expect(report.source.encoding).toBe('utf-8')
    expect(report.meta.organ).toBe('同江市')
    const truncated = report.diagnostics.filter((diagnostic) => diagnostic.code === 'decode.truncated')
    expect(truncated).toHaveLength(1)
    expect(truncated[0]?.message).toContain(`byte offset ${lead}`)
    expect(truncated[0]?.actual).toBe('E3 80')
    expect(truncated[0]?.position?.start.offset).toBe(new TextDecoder().decode(cut).length - 1)
  })

  test('should report a GB18030 character cut off at the end', () => {
    const bytes = iconv.encode(text.trimEnd(), 'gb18030')
    const report = parseReport(bytes.subarray(0, bytes.length - 1))
    expect(report.source.encoding).toBe('gb18030')
    expect(report.meta.title).toBe('同江市2017年政府信息公开工作年度报告')
    expect(codes(report)).toContain('decode.truncated')
  })

  test('should report an odd UTF-16 byte count', () => {
    const bytes = iconv.encode(text, 'utf-16le', { addBOM: true })
    const report = parseReport(bytes.subarray(0, bytes.length - 1))
    expect(report.source.encoding).toBe('utf-16le')
    expect(codes(report)).toContain('decode.truncated')
  })
})

describe('a GBK page labelled UTF-8', () => {
  const bytes = iconv.encode(page('utf-8', report2021), 'gbk')

  test('should be decoded by its bytes, and the wrong label reported', () => {
    const report = parseReport(bytes)
    expect(report.source.encoding).toBe('gb18030')
    expect(report.meta.title).toBe('示例县2021年政府信息公开工作年度报告')
    expect(report.meta.year).toBe(2021)
    const mismatch = report.diagnostics.find((diagnostic) => diagnostic.code === 'decode.charset-mismatch')
    expect(mismatch?.actual).toBe('utf-8')
    expect(codes(report)).not.toContain('decode.invalid-bytes')
  })

  test('should use a GBK label the bytes agree with, without a diagnostic', () => {
    const report = parseReport(iconv.encode(page('gb2312', report2021), 'gbk'))
    expect(report.source.encoding).toBe('gb18030')
    expect(codes(report).filter((code) => code.startsWith('decode.'))).toEqual([])
  })

  test('should decode with options.encoding when given, and report the invalid bytes with offsets', () => {
    const report = parseReport(bytes, { encoding: 'utf-8' })
    expect(report.source.encoding).toBe('utf-8')
    const invalid = report.diagnostics.filter((diagnostic) => diagnostic.code === 'decode.invalid-bytes')
    expect(invalid.length).toBeGreaterThan(1)
    const firstHan = bytes.findIndex((byte) => byte >= 0x80)
    expect(invalid[0]?.message).toContain(`offset ${firstHan}`)
  })

  test('should refuse an encoding iconv-lite does not know, as a programming error', () => {
    expect(() => parseReport(bytes, { encoding: 'klingon' })).toThrow(TypeError)
    expect(() => parseReport(bytes, { format: 'pdf' as never })).toThrow(/options\.format/u)
  })
})

describe('mojibake', () => {
  test('should report UTF-8 text that was read as GBK and saved again', () => {
    const garbled = iconv.decode(Buffer.from(fixture('tongjiang-2017.txt'), 'utf8'), 'gbk')
    const report = parseReport(garbled)
    const found = report.diagnostics.find((diagnostic) => diagnostic.code === 'decode.mojibake')
    expect(found?.message).toContain('utf-8 bytes that were decoded as gb18030')
  })

  test('should report GBK text that was read as Latin-1', () => {
    const garbled = iconv.decode(iconv.encode(fixture('zhangcun-2011.txt'), 'gbk'), 'latin1')
    expect(codes(parseReport(garbled))).toContain('decode.mojibake')
  })

  test('should not report a sound report', () => {
    expect(codes(parseReport(fixture('qidu-2017.txt')))).not.toContain('decode.mojibake')
  })
})

describe('arbitrary bytes', () => {
  test('should never make parseReport throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const report = parseReport(bytes)
        expect(report.source.length).toBeGreaterThanOrEqual(0)
      }),
      settings,
    )
  })

  test('should never make parseReport throw on bytes that start like a page or a BOM', () => {
    const prefixes = ['\ufeff', '<html><body><table><tr><td rowspan=0>', '<meta charset="big5">', '# 一、', '| a | b |\n| --- | --- |\n']
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 1000 }), fc.constantFrom('text', 'markdown', 'html', 'auto'), (prefix, tail, format) => {
        const head = new TextEncoder().encode(prefix)
        const bytes = new Uint8Array(head.length + tail.length)
        bytes.set(head)
        bytes.set(tail, head.length)
        parseReport(bytes, { format: format as 'auto' })
      }),
      settings,
    )
  })
})
