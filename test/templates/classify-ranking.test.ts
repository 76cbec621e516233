import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { firstTwoByScore } from '../../src/templates/classify.js'
import { settings } from '../properties/fc-settings.js'

/** What the classifier did before: the scores sorted, highest first, by a stable sort. */
function sortedFirstTwo(scores: readonly number[]): [number, number] {
  const ranked = scores.map((score, index) => [index, score] as const).sort((a, b) => b[1] - a[1])
  return [ranked[0]?.[0] ?? -1, ranked[1]?.[0] ?? -1]
}

describe('firstTwoByScore', () => {
  test('should give the first two places of a stable sort by score, highest first', () => {
    // Few distinct scores, so ties (which decide between G3 and G4) are common.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 6 }), (scores) => {
        expect(firstTwoByScore(scores)).toEqual(sortedFirstTwo(scores))
      }),
      settings,
    )
  })

  test('should put the first of two equal highest scores first', () => {
    expect(firstTwoByScore([1, 5, 3, 5])).toEqual([1, 3])
    expect(firstTwoByScore([7])).toEqual([0, -1])
    expect(firstTwoByScore([])).toEqual([-1, -1])
  })
})
