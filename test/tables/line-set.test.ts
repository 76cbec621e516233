import { describe, expect, it } from 'vitest'
import { LineSet } from '../../src/tables/line-set.js'

describe('LineSet', () => {
  it('holds line indexes like a Set, in ascending order, and other numbers besides', () => {
    const lines = new LineSet(10)
    lines.add(7).add(2).add(7).add(-1).add(12).add(2.5).add(-0)
    expect(lines.size).toBe(6)
    expect([...lines]).toEqual([0, 2, 7, -1, 12, 2.5])
    expect([...lines.entries()][1]).toEqual([2, 2])
    expect([2, 7, 0, -1, 12, 2.5].every((value) => lines.has(value))).toBe(true)
    expect([1, 9, 10, 3, Number.NaN].some((value) => lines.has(value))).toBe(false)
    const seen: number[] = []
    lines.forEach((value, again, set) => {
      expect(again).toBe(value)
      expect(set).toBe(lines)
      seen.push(value)
    })
    expect(seen).toEqual([...lines.keys()])
  })
})
