// `zfxxgk parse`, run as the built bin.
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, test } from 'vitest'
import { listCells, parseReport, type ParsedReport } from '../../src/index.js'
import { fixture, fixtureBytes } from '../fixture.js'
import { ensureBuilt, root, runBin } from './built-bin.js'

beforeAll(ensureBuilt, 180_000)

const fixtureNames = readdirSync(join(root, 'fixtures')).filter((name) => name.endsWith('.txt')).sort()
/** The report the library gives for a fixture's bytes (the bin reads bytes), through JSON like the bin's output. */
const expectedJson = (name: string) => JSON.parse(JSON.stringify(parseReport(fixtureBytes(name)))) as ParsedReport
const lines = (text: string) => text.split('\n').filter((line) => line !== '')

describe('zfxxgk parse <file>', () => {
  test('should print the report of one file as the library parses it, and exit 0', () => {
    const run = runBin(['parse', 'fixtures/qidu-2017.txt'])
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as ParsedReport
    expect(report).toEqual(expectedJson('qidu-2017.txt'))
    expect(report.generation).toBe('2014')
    expect(report.meta.organ).toBe('齐都镇政府')
    expect(run.stdout.startsWith('{\n  "generation": "2014",')).toBe(true)
  })

  test('should read standard input for -', () => {
    const run = runBin(['parse', '-'], fixtureBytes('zhangcun-2011.txt'))
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(expectedJson('zhangcun-2011.txt'))
  })
})

describe('zfxxgk parse fixtures/', () => {
  const run = () => runBin(['parse', 'fixtures/', '--jobs', '2'])

  // Each line's report equals the library's, which test/schema validates against schema.json.
  test('should print one NDJSON line per fixture, in name order, with its file name and report', () => {
    const result = run()
    expect(result.status).toBe(0)
    const records = lines(result.stdout).map((line) => JSON.parse(line) as { file: string; report: ParsedReport })
    expect(records.map((record) => record.file)).toEqual(fixtureNames.map((name) => `fixtures/${name}`))
    expect(records.map((record) => record.report.generation)).toEqual(['2019', '2014', '2014', '2008', '2014'])
    for (const record of records) {
      expect(record.report).toEqual(expectedJson(record.file.slice('fixtures/'.length)))
    }
  })

  test('should close with a summary on standard error', () => {
    expect(run().stderr).toMatch(/^zfxxgk: 5 files: 5 reports \(2008: 1, 2014: 3, 2019: 1\), 0 unreadable · checks: \d+ hard and \d+ soft failed.* · [\d.]+ s, 2 jobs\n$/u)
  })

  test('should print the same with two worker threads as with none', () => {
    const one = runBin(['parse', 'fixtures', '--jobs', '1', '--quiet'])
    const two = runBin(['parse', 'fixtures', '--jobs', '2', '--quiet'])
    expect(two.stdout).toBe(one.stdout)
    expect(one.stderr).toBe('')
  })
})

describe('zfxxgk parse --format cells', () => {
  test('should print a CSV row per cell of every report, each pointing at its raw text', () => {
    const run = runBin(['parse', 'fixtures', '--format', 'cells', '--quiet'])
    expect(run.status).toBe(0)
    const [header, ...rows] = lines(run.stdout)
    expect(header).toBe('file,path,value,raw,line,column')
    const expectedCount = fixtureNames.reduce((sum, name) => sum + listCells(parseReport(fixture(name))).length, 0)
    expect(rows).toHaveLength(expectedCount)
    for (const name of fixtureNames) {
      const text = fixture(name)
      const sourceLines = text.split(/\r\n|\r|\n/u)
      for (const entry of listCells(parseReport(text))) {
        if (entry.line === null || entry.column === null || entry.raw === '') continue
        expect(sourceLines[entry.line - 1]?.slice(entry.column - 1).startsWith(entry.raw), `${name} ${entry.path}`).toBe(true)
      }
    }
  })
})

describe('zfxxgk parse --format summary', () => {
  test('should print generation, organ and year of each report', () => {
    const run = runBin(['parse', 'fixtures/zhangcun-2011.txt', '--format', 'summary'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('fixtures/zhangcun-2011.txt\n  generation   2008 (confidence ')
    expect(run.stdout).toContain('\n  organ        张村镇\n  year         2011\n')
    expect(run.stdout).toMatch(/\n {2}statistics\.active\.total +(264|absent) {2}主动公开政府信息数\n/u)
  })
})

describe('a batch with files that cannot be read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'zfxxgk-cli-'))
  writeFileSync(join(folder, 'a-qidu.txt'), fixture('qidu-2017.txt'))
  writeFileSync(join(folder, 'b-gbk.txt'), iconv.encode(fixture('zhangcun-2011.txt'), 'gb18030'))
  writeFileSync(join(folder, 'c-junk.txt'), Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256))
  symlinkSync(join(folder, 'no-such-target.txt'), join(folder, 'd-gone.txt'))
  writeFileSync(join(folder, 'e-notes.pdf'), '%PDF-1.4')
  writeFileSync(join(folder, '.hidden.txt'), fixture('qidu-2017.txt'))

  test('should report each in the NDJSON, go on with the rest, and exit 3', () => {
    const run = runBin(['parse', folder, '--jobs', '2'])
    expect(run.status).toBe(3)
    const records = lines(run.stdout).map((line) => JSON.parse(line) as { file: string; report?: ParsedReport; error?: { code: string } })
    expect(records.map((record) => [record.file.slice(folder.length + 1), record.report?.generation ?? record.error?.code])).toEqual([
      ['a-qidu.txt', '2014'],
      ['b-gbk.txt', '2008'],
      ['c-junk.txt', 'binary'],
      ['d-gone.txt', 'not-found'],
    ])
    expect(run.stderr).toMatch(/^zfxxgk: 4 files: 2 reports \(2008: 1, 2014: 1\), 2 unreadable · /u)
    expect(run.stderr).toContain(`  unreadable  ${join(folder, 'c-junk.txt')}  binary: The file contains NUL bytes`)
  })

  test('should hand the bytes to the library, which sniffs GB18030 or obeys --encoding', () => {
    const bytes = iconv.encode(fixture('zhangcun-2011.txt'), 'gb18030')
    const viaJson = (report: ParsedReport) => JSON.parse(JSON.stringify(report)) as ParsedReport
    const sniffed = runBin(['parse', join(folder, 'b-gbk.txt')])
    const told = runBin(['parse', join(folder, 'b-gbk.txt'), '--encoding', 'gbk'])
    expect([sniffed.status, told.status]).toEqual([0, 0])
    expect(JSON.parse(sniffed.stdout)).toEqual(viaJson(parseReport(bytes)))
    expect(JSON.parse(told.stdout)).toEqual(viaJson(parseReport(bytes, { encoding: 'gbk' })))
    const report = JSON.parse(told.stdout) as ParsedReport
    expect([report.source.encoding, report.meta.organ, report.generation]).toEqual(['gb18030', '张村镇', '2008'])
  })

  test('should pass --input-format on to the library', () => {
    const page = join(folder, 'page.html')
    writeFileSync(page, `<html><body><div id="zoom"><p>${fixture('tongjiang-2017.txt').split('\n').join('</p><p>')}</p></div></body></html>`)
    const auto = JSON.parse(runBin(['parse', page]).stdout) as ParsedReport
    const text = JSON.parse(runBin(['parse', page, '--input-format', 'text']).stdout) as ParsedReport
    expect([auto.source.format, text.source.format]).toEqual(['html', 'text'])
    expect(auto.meta.organ).toBe('同江市')
  })

  test('should print NDJSON for a directory even when it holds one report', () => {
    const single = mkdtempSync(join(tmpdir(), 'zfxxgk-one-'))
    writeFileSync(join(single, 'only.txt'), fixture('tongjiang-2017.txt'))
    const run = runBin(['parse', single])
    expect(run.status).toBe(0)
    expect(lines(run.stdout)).toHaveLength(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ file: join(single, 'only.txt'), report: { generation: '2014', meta: { organ: '同江市' } } })
  })

  test('should report a path that does not exist and exit 3', () => {
    const run = runBin(['parse', 'fixtures/qidu-2017.txt', 'no/such/file.txt', '--quiet'])
    expect(run.status).toBe(3)
    expect(lines(run.stdout).map((line) => Object.keys(JSON.parse(line) as object))).toEqual([
      ['file', 'report'],
      ['file', 'error'],
    ])
  })
})
