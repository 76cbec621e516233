import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxHeadingTitleLength } from '../../src/sections/heading-title.js'
import { headingWordEnd, headingWords } from '../../src/util/heading-end.js'
import { settings } from '../properties/fc-settings.js'

/** The search as first written: the heading-word pattern run from `start` over the whole text. */
function wholeTextWordEnd(text: string, start: number, limit: number): number {
  const pattern = new RegExp(`(?:${headingWords})(?![统表的及和与、以报])`, 'gu')
  pattern.lastIndex = start
  const match = pattern.exec(text)
  if (!match || match.index + match[0].length - start > limit) return -1
  return match.index + match[0].length
}

// Heading words, their start and end cut off, the characters their lookahead rejects, filler of
// every width and an astral character: lines whose words end just inside, at and past the reach.
const pieces = ['总体情况', '情况', '事项', '概述', '概况', '措施', '思路', '附表', '统计表', '总体情', '体情况', '统', '表', '的', '、', '报', '况', '正', '一、', '😀', ' ']
const filler = fc.integer({ min: 0, max: 45 }).map((width) => '文'.repeat(width))
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 12 }).map((parts) => parts.join(''))

describe('headingWordEnd', () => {
  it('gives what a search of the whole line gives', () => {
    fc.assert(
      fc.property(line, fc.nat(6), (text, from) => {
        const start = Math.min(from, text.length)
        expect(headingWordEnd(text, start, maxHeadingTitleLength)).toBe(wholeTextWordEnd(text, start, maxHeadingTitleLength))
      }),
      settings,
    )
  })

  it('finds a word that ends at the reach and none past it', () => {
    const before = '文'.repeat(maxHeadingTitleLength - 2)
    expect(headingWordEnd(`一、${before}情况${'文'.repeat(50)}`, 2, maxHeadingTitleLength)).toBe(2 + maxHeadingTitleLength)
    expect(headingWordEnd(`一、${before}文情况${'文'.repeat(50)}`, 2, maxHeadingTitleLength)).toBe(-1)
    // Rejected by its lookahead (`情况统计表` goes on), the next word ends too late.
    expect(headingWordEnd(`一、${before}情况统${'文'.repeat(50)}`, 2, maxHeadingTitleLength)).toBe(-1)
  })

  it('agrees with a search of the whole line on words placed around the reach', () => {
    const words = ['总体情况', '情况', '统计表', '附表']
    const next = ['统', '表', '的', '、', '文', '😀', '']
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 45 }), fc.constantFrom(...words), fc.constantFrom(...next), line, (width, word, after, rest) => {
        const text = `一、${'文'.repeat(width)}${word}${after}${rest}`
        expect(headingWordEnd(text, 2, maxHeadingTitleLength)).toBe(wholeTextWordEnd(text, 2, maxHeadingTitleLength))
      }),
      settings,
    )
  })
})
