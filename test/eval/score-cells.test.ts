import { describe, expect, test } from 'vitest'
import { sameValue, scoreCells } from '../../scripts/eval/score-cells.js'

describe('sameValue', () => {
  test('should never take a blank for a zero, either way', () => {
    expect(sameValue(null, null)).toBe(true)
    expect(sameValue(null, 0)).toBe(false)
    expect(sameValue(0, null)).toBe(false)
  })

  test('should compare money to the last printed decimal', () => {
    expect(sameValue(24252.311082, 24252.311082)).toBe(true)
    expect(sameValue(24252.311082, 24252.31108)).toBe(false)
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true)
  })
})

describe('scoreCells', () => {
  const expected = [
    { path: 'requests.newReceived.total', expected: 5, from: 'a' },
    { path: 'requests.carriedOver.total', expected: 0, from: 'b' },
    { path: 'requests.other.total', expected: null, from: 'c' },
    { path: 'reviewLitigation.review.total', expected: 2, from: 'd' },
  ]

  test('should count right cells, a wrong value, a 0 for a blank and a missing path', () => {
    const score = scoreCells(expected, [
      { path: 'requests.newReceived.total', value: 5 },
      { path: 'requests.carriedOver.total', value: 1 },
      { path: 'requests.other.total', value: 0 },
      { path: 'requests.granted.total', value: 7 },
    ])
    expect(score.right).toBe(1)
    expect(score.of).toBe(4)
    expect(score.wrong).toEqual([
      { path: 'requests.carriedOver.total', expected: 0, got: 1 },
      { path: 'requests.other.total', expected: null, got: 0 },
      { path: 'reviewLitigation.review.total', expected: 2, got: 'missing' },
    ])
    expect(score.byTable).toEqual({ requests: { right: 1, of: 3 }, reviewLitigation: { right: 0, of: 1 } })
  })

  test('should score a produced blank as right where the report left the cell blank', () => {
    const score = scoreCells([{ path: 'requests.other.total', expected: null, from: 'c' }], [{ path: 'requests.other.total', value: null }])
    expect(score).toMatchObject({ right: 1, of: 1, wrong: [] })
  })

  test('should give 0 of 0 when nothing is expected', () => {
    expect(scoreCells([], [{ path: 'x', value: 1 }])).toEqual({ right: 0, of: 0, byTable: {}, wrong: [] })
  })
})
