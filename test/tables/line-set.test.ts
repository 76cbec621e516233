import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSet } from '../../src/tables/line-set.js'
import { nextUnclaimed } from '../../src/tables/scan-grids.js'
import { settings } from '../properties/fc-settings.js'

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
  it('answers as a Set of the same numbers, on every side of a 32-line word, and finds the next line it does not hold', () => {
    // Lines are kept as bits, 32 a word: counts and lines around word ends (31, 32, 63, 64) and
    // numbers that are no line of the document.
    const number = fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constantFrom(31, 32, 63, 64, 0.5, -0, Number.NaN))
    // Runs of lines, so whole 32-line words are held too.
    const run = fc.tuple(fc.nat(97), fc.nat(70)).map(([start, length]) => Array.from({ length }, (_, k) => start + k))
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 97 }), fc.array(number, { maxLength: 60 }), fc.array(run, { maxLength: 3 }), (lineCount, single, runs) => {
        const added = [...single, ...runs.flat()]
        const lines = new LineSet(lineCount)
        const reference = new Set<number>()
        for (const value of added) {
          lines.add(value)
          reference.add(value)
        }
        const ascending = [...reference].filter((value) => Number.isInteger(value) && value >= 0 && value < lineCount).sort((a, b) => a - b)
        const others = [...reference].filter((value) => !ascending.includes(value))
        expect([...lines]).toEqual([...ascending, ...others])
        expect(lines.size).toBe(reference.size)
        for (let value = -2; value <= 101; value++) expect(lines.has(value)).toBe(reference.has(value))
        // The first line from each line on that the set does not hold, as a walk line by line finds it.
        for (let from = 0; from <= lineCount; from++) {
          let outside = from
          while (outside < lineCount && reference.has(outside)) outside++
          expect(lines.nextLineOutside(from)).toBe(outside)
          expect(nextUnclaimed(lines, from, lineCount)).toBe(outside)
          expect(nextUnclaimed(reference, from, lineCount)).toBe(outside)
        }
      }),
      settings,
    )
  })
})
