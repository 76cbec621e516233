import { describe, expect, test } from 'vitest'
import type { EntryScore } from '../../scripts/eval/score-entry.js'
import { formatTally, percent, sumTallies } from '../../scripts/eval/tally.js'
import { totalScores } from '../../scripts/eval/total-scores.js'

describe('tally arithmetic', () => {
  test('should sum and give percentages to one decimal', () => {
    expect(sumTallies([{ right: 1, of: 3 }, { right: 1, of: 3 }])).toEqual({ right: 2, of: 6 })
    expect(percent({ right: 2, of: 3 })).toBe(66.7)
    expect(percent({ right: 0, of: 0 })).toBeNull()
    expect(formatTally({ right: 14, of: 15 })).toBe('14/15 (93.3%)')
    expect(formatTally({ right: 0, of: 0 })).toBe('0/0 (n/a)')
  })
})

const entry = (overrides: Partial<EntryScore>): EntryScore => ({
  folder: 'corpus',
  id: 'x',
  file: 'x.txt',
  input: 'string',
  error: null,
  generation: null,
  isReport: null,
  organ: null,
  year: null,
  headings: null,
  cells: { right: 0, of: 0, byTable: {}, wrong: [] },
  problems: [],
  ...overrides,
})

describe('totalScores', () => {
  test('should count each answer only over the entries that state it', () => {
    const report = entry({
      generation: { expected: '2021', got: '2021', right: true },
      isReport: { expected: true, got: true, right: true },
      organ: { expected: '某县', aliases: [], got: '某县人民政府', right: false },
      year: { expected: 2022, got: 2022, right: true },
      headings: { expected: ['一、a', '二、b', '三、c'], got: ['一、a', '三、c'], found: 2, exact: false, missing: ['二、b'] },
      cells: { right: 3, of: 4, byTable: { requests: { right: 2, of: 3 }, reviewLitigation: { right: 1, of: 1 } }, wrong: [] },
    })
    const notice = entry({
      error: 'parseReport threw: boom',
      generation: { expected: 'unrecognized', got: null, right: false },
      isReport: { expected: false, got: null, right: false },
    })
    const other = entry({
      headings: { expected: ['一、a'], got: ['一、a'], found: 1, exact: true, missing: [] },
      cells: { right: 1, of: 2, byTable: { statistics: { right: 1, of: 2 } }, wrong: [] },
    })
    expect(totalScores([report, notice, other])).toEqual({
      entries: 3,
      errors: 1,
      generation: { right: 1, of: 2 },
      isReport: { right: 1, of: 2 },
      organ: { right: 0, of: 1 },
      year: { right: 1, of: 1 },
      headingsExact: { right: 1, of: 2 },
      headingsFound: { right: 3, of: 4 },
      cells: { right: 4, of: 6 },
      cellsByTable: { requests: { right: 2, of: 3 }, reviewLitigation: { right: 1, of: 1 }, statistics: { right: 1, of: 2 } },
    })
  })

  test('should total nothing as zeros', () => {
    expect(totalScores([]).cells).toEqual({ right: 0, of: 0 })
  })
})
