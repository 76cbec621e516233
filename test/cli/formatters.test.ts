// The CLI's pure pieces on hand-built data: CSV quoting, check lines, summaries, exit status.
import { describe, expect, test } from 'vitest'
import { addToTally, createBatchTally } from '../../src/cli/batch-tally.js'
import { decideExitCode } from '../../src/cli/decide-exit-code.js'
import { describeFailedCheck, failedChecks } from '../../src/cli/describe-failed-check.js'
import { formatBatchSummary } from '../../src/cli/format-batch-summary.js'
import { formatCellsCsv } from '../../src/cli/format-cells-csv.js'
import type { InputResult } from '../../src/cli/input-result.js'
import { createProgressBar, renderProgressBar } from '../../src/cli/progress-bar.js'
import type { Check } from '../../src/index.js'

const check = (fields: Partial<Check>): Check => ({
  id: 'T3-1',
  description: '本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
  severity: 'error',
  status: 'fail',
  reads: [],
  left: 12,
  right: 13,
  difference: -1,
  operator: '=',
  ...fields,
})

const result = (fields: Partial<InputResult>): InputResult => ({
  index: 0,
  name: 'a.txt',
  output: '',
  generation: '2019',
  hardFailures: 0,
  softFailures: 0,
  error: null,
  ...fields,
})

describe('formatCellsCsv', () => {
  test('should print blank values as empty fields and quote commas, quotes and edge spaces', () => {
    const csv = formatCellsCsv('reports/a,b.txt', [
      { path: 'requests.newReceived.total', value: 12, raw: '12', line: 40, column: 3, offset: 900, via: ['tab-separated'] },
      { path: 'requests.carriedOver.total', value: null, raw: '—', line: 41, column: 3, offset: 950, via: ['tab-separated'] },
      { path: 'activeDisclosure.fees.amount', value: 1.5, raw: '1.5 "万元"', line: null, column: null, offset: null, via: ['prose'] },
      { path: 'statistics.fees', value: null, raw: ' ', line: 7, column: 1, offset: 80, via: ['cell-per-line'] },
    ])
    expect(csv).toBe(
      [
        '"reports/a,b.txt",requests.newReceived.total,12,12,40,3',
        '"reports/a,b.txt",requests.carriedOver.total,,—,41,3',
        '"reports/a,b.txt",activeDisclosure.fees.amount,1.5,"1.5 ""万元""",,',
        '"reports/a,b.txt",statistics.fees,," ",7,1',
        '',
      ].join('\n'),
    )
  })
})

describe('describeFailedCheck', () => {
  test('should give id, severity, relation and both sides', () => {
    expect(describeFailedCheck(check({}))).toBe('T3-1  error  本年新收 + 上年结转 = 办理结果总计 + 结转下年度: 12 = 13 does not hold (difference -1)')
  })

  test('should show an unknown side as ? and leave out an unknown difference', () => {
    expect(describeFailedCheck(check({ operator: '≥', right: null, difference: null }))).toBe('T3-1  error  本年新收 + 上年结转 = 办理结果总计 + 结转下年度: 12 ≥ ? does not hold')
  })

  test('should list failed hard checks before failed soft ones and leave out the rest', () => {
    const checks = [check({ id: 'S', severity: 'warning' }), check({ id: 'P', status: 'pass' }), check({ id: 'H' }), check({ id: 'U', status: 'uncertain' })]
    expect(failedChecks(checks).map((item) => item.id)).toEqual(['H', 'S'])
  })
})

describe('the closing summary and the exit status', () => {
  const tally = createBatchTally()
  addToTally(tally, result({ generation: '2019', hardFailures: 2, softFailures: 1 }))
  addToTally(tally, result({ generation: '2019' }))
  addToTally(tally, result({ generation: 'unrecognized', softFailures: 1 }))
  addToTally(tally, result({ name: 'b.doc', generation: null, error: { code: 'binary', message: 'NUL bytes.' } }))

  test('should count files, reports per generation, failed checks and unreadable files', () => {
    expect(formatBatchSummary(tally, 1234, 2)).toBe(
      'zfxxgk: 4 files: 3 reports (2019: 2, unrecognized: 1), 1 unreadable · checks: 2 hard and 2 soft failed in 1 report · 1.23 s, 2 jobs\n' +
        '  unreadable  b.doc  binary: NUL bytes.\n',
    )
  })

  test('should exit 1 for check with a failed hard check, else 3 for an unreadable file', () => {
    expect(decideExitCode(tally, 'check')).toBe(1)
    expect(decideExitCode(tally, 'parse')).toBe(3)
    expect(decideExitCode(createBatchTally(), 'check')).toBe(0)
  })
})

describe('renderProgressBar', () => {
  test('should fill the bar in proportion and show count and time', () => {
    expect(renderProgressBar(400, 1000, 1234, 20)).toBe('[########------------]  40% 400/1000 1.2s')
    expect(renderProgressBar(0, 3, 0, 4)).toBe('[----]   0% 0/3 0.0s')
    expect(renderProgressBar(3, 3, 50, 4)).toBe('[####] 100% 3/3 0.1s')
  })
})

describe('createProgressBar', () => {
  const stream = () => {
    const writes: string[] = []
    return { writes, stream: { write: (text: string) => writes.push(text) } as unknown as NodeJS.WritableStream }
  }

  test('should draw in place, always draw the last step, and erase itself', () => {
    const { writes, stream: out } = stream()
    const bar = createProgressBar(out, 2, true)
    bar.update(1)
    bar.update(2)
    bar.clear()
    expect(writes).toHaveLength(3)
    expect(writes[0]).toMatch(/^\r\[#{15}-{15}\] {2}50% 1\/2 /u)
    expect(writes[1]).toMatch(/^\r\[#{30}\] 100% 2\/2 /u)
    expect(writes[2]).toBe('\r\u001b[2K')
  })

  test('should write nothing when disabled (not a terminal, or a single input)', () => {
    const { writes, stream: out } = stream()
    const bar = createProgressBar(out, 2, false)
    bar.update(2)
    bar.clear()
    expect(writes).toEqual([])
  })
})
