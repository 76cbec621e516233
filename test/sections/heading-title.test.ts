import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundedHeadingWordEnd, maxHeadingTitleLength } from '../../src/sections/heading-title.js'
import { headingWordEnd } from '../../src/util/heading-end.js'
import { settings } from '../properties/fc-settings.js'

// Heading words, their start and end cut off, the characters their lookahead rejects, filler of
// every width and an astral character: lines whose words end just inside, at and past the reach.
const pieces = ['总体情况', '情况', '事项', '概述', '概况', '措施', '思路', '附表', '统计表', '总体情', '体情况', '统', '表', '的', '、', '报', '况', '正', '一、', '😀', ' ']
const filler = fc.integer({ min: 0, max: 45 }).map((width) => '文'.repeat(width))
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 12 }).map((parts) => parts.join(''))

describe('boundedHeadingWordEnd', () => {
  it('gives what headingWordEnd gives on the whole line', () => {
    fc.assert(
      fc.property(line, fc.nat(6), (text, from) => {
        const start = Math.min(from, text.length)
        expect(boundedHeadingWordEnd(text, start)).toBe(headingWordEnd(text, start, maxHeadingTitleLength))
      }),
      settings,
    )
  })

  it('finds a word that ends at the reach and none past it', () => {
    const before = '文'.repeat(maxHeadingTitleLength - 2)
    expect(boundedHeadingWordEnd(`一、${before}情况${'文'.repeat(50)}`, 2)).toBe(2 + maxHeadingTitleLength)
    expect(boundedHeadingWordEnd(`一、${before}文情况${'文'.repeat(50)}`, 2)).toBe(-1)
    // Rejected by its lookahead (`情况统计表` goes on), the next word ends too late.
    expect(boundedHeadingWordEnd(`一、${before}情况统${'文'.repeat(50)}`, 2)).toBe(-1)
  })

  it('agrees with headingWordEnd on words placed around the reach', () => {
    const words = ['总体情况', '情况', '统计表', '附表']
    const next = ['统', '表', '的', '、', '文', '😀', '']
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 45 }), fc.constantFrom(...words), fc.constantFrom(...next), line, (width, word, after, rest) => {
        const text = `一、${'文'.repeat(width)}${word}${after}${rest}`
        expect(boundedHeadingWordEnd(text, 2)).toBe(headingWordEnd(text, 2, maxHeadingTitleLength))
      }),
      settings,
    )
  })
})
