// `zfxxgk check`, run as the built bin.
import { beforeAll, describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { fixture } from '../fixture.js'
import { ensureBuilt, runBin } from './built-bin.js'

beforeAll(ensureBuilt, 180_000)

const qidu = fixture('qidu-2017.txt')
// 齐都镇's （二）从事政府信息公开工作人员数 is 2 = 1 专职 + 1 兼职 (templates.md §4.3, staffing.staff = fullTime + partTime);
// printing 5 instead breaks that hard relation and nothing else.
const staffRow = '从事政府信息公开工作人员数\n\t人\n\t2\n'
const brokenQidu = qidu.replace(staffRow, staffRow.replace('\t2\n', '\t5\n'))
// Until the checks land in parseReport there is nothing for `check` to fail on.
const checksRun = parseReport(qidu).checks.length > 0

describe('zfxxgk check', () => {
  test('should find the row it breaks in the fixture', () => {
    expect(qidu).toContain(staffRow)
    expect(brokenQidu).not.toBe(qidu)
  })

  test('should exit 0 and print no failed hard check for a consistent report', () => {
    const run = runBin(['check', 'fixtures/qidu-2017.txt'])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(/ {2}error {2}/u)
    expect(run.stderr).toMatch(/^zfxxgk: 1 file: 1 report \(2014: 1\), 0 unreadable · checks: 0 hard and \d+ soft failed · /u)
  })

  test.skipIf(!checksRun)('should exit 1 and name the failed hard check of a report whose staff do not add up', () => {
    const run = runBin(['check', '-'], brokenQidu)
    expect(run.status).toBe(1)
    // One line per failed check, prefixed with the input's name; below, indented, the checks' diagnostics.
    const [checkLines, diagnosticLines] = [run.stdout.split('\n').filter((line) => line.startsWith('-  ')), run.stdout.split('\n').filter((line) => line.startsWith('    -:'))]
    expect(checkLines.filter((line) => line.includes('  error  '))).toHaveLength(1)
    expect(checkLines[0]).toMatch(/^- {2}\S+ {2}error {2}.*: 5 = 2 does not hold \(difference 3\)$/u)
    // The diagnostics point at the printed 5 (line 358 of the fixture) and name the suspect cells.
    expect(diagnosticLines.some((line) => line.startsWith('    -:358:2-358:3  error  '))).toBe(true)
    expect(diagnosticLines.join('\n')).toContain('statistics.staffing.staff')
    expect(run.stderr).toMatch(/checks: [1-9]\d* hard and \d+ soft failed in 1 report · /u)
  })

  test('should exit 0 over every fixture, as published', () => {
    const run = runBin(['check', 'fixtures', '--jobs', '2'])
    expect(run.stdout).not.toMatch(/ {2}error {2}/u)
    expect(run.status).toBe(0)
  })

  test('should let a failed hard check outrank an unreadable input in the exit status', () => {
    if (!checksRun) {
      expect(runBin(['check', 'fixtures/qidu-2017.txt', 'no-such.txt', '--quiet']).status).toBe(3)
      return
    }
    expect(runBin(['check', '-', 'no-such.txt', '--quiet'], brokenQidu).status).toBe(1)
  })
})
