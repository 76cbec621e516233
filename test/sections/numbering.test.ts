import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchNumbering, type NumberingStyle } from '../../src/index.js'
import { chineseNumeralCharacters, parseChineseNumeral } from '../../src/util/chinese-numeral.js'
import { settings } from '../properties/fc-settings.js'

// The markers as regular expressions (templates.md §5): the reference the character reader must agree with.
const cn = `[${chineseNumeralCharacters}]{1,4}`
const reference: [NumberingStyle, RegExp, 'chinese' | 'arabic'][] = [
  ['chinese-numeral', new RegExp(`^ *(${cn}) *[、.]`, 'u'), 'chinese'],
  ['parenthesized-chinese', new RegExp(`^ *\\( *(${cn}) *\\)`, 'u'), 'chinese'],
  ['arabic-comma', /^ *(\d{1,2}) *、/u, 'arabic'],
  ['arabic-dot', /^ *(\d{1,2}) *\.(?!\d)/u, 'arabic'],
  ['parenthesized-arabic', /^ *\( *(\d{1,2}) *\)/u, 'arabic'],
]

function referenceMatch(text: string, from: number, style?: NumberingStyle) {
  for (const [name, pattern, numeral] of reference) {
    if (style && name !== style) continue
    const match = pattern.exec(text.slice(from))
    if (!match) continue
    const digits = match[1] ?? ''
    const ordinal = numeral === 'chinese' ? parseChineseNumeral(digits) : Number.parseInt(digits, 10)
    if (ordinal === null || !(ordinal > 0)) continue
    const markerEnd = from + match[0].length
    let titleStart = markerEnd
    while (text.charCodeAt(titleStart) === 0x20) titleStart++
    return { style: name, ordinal, numbering: [from + match[0].length - match[0].trimStart().length, markerEnd], titleStart }
  }
  return undefined
}

describe('matchNumbering', () => {
  it('reads the markers of templates.md §5', () => {
    expect(matchNumbering('三、收到和处理政府信息公开申请情况')).toEqual({ style: 'chinese-numeral', ordinal: 3, numbering: [0, 2], titleStart: 2 })
    expect(matchNumbering('  ( 十二 ) 其他')).toEqual({ style: 'parenthesized-chinese', ordinal: 12, numbering: [2, 8], titleStart: 9 })
    expect(matchNumbering('1.5万条')).toBeUndefined()
    expect(matchNumbering('12.强化')).toEqual({ style: 'arabic-dot', ordinal: 12, numbering: [0, 3], titleStart: 3 })
    expect(matchNumbering('123、概述')).toBeUndefined()
    expect(matchNumbering('一二三四五、概述')).toBeUndefined()
    expect(matchNumbering('二〇二一、概述')?.ordinal).toBe(2021)
    expect(matchNumbering('〇、概述')).toBeUndefined()
  })

  it('agrees with the marker patterns on any text', () => {
    const pieces = [' ', '  ', '(', ')', '、', '.', '1', '0', '12', '123', '一', '十', '〇', '两', '百', '拾', '零', '二〇二一', '十一', 'a', '情况', '\t']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''))
    const style = fc.option(fc.constantFrom(...reference.map(([name]) => name)), { nil: undefined })
    fc.assert(
      fc.property(text, fc.nat(3), style, (line, from, only) => {
        const start = Math.min(from, line.length)
        expect(matchNumbering(line, start, only)).toEqual(referenceMatch(line, start, only))
      }),
      settings,
    )
  })
})
