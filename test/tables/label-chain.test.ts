import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LabelChain } from '../../src/tables/labels/label-chain.js'
import { normalizeLabel } from '../../src/tables/labels/normalize-label.js'
import { settings } from '../properties/fc-settings.js'

/** Parts of wrapped labels: brackets, numbering, quotes, OCR-split glyphs, white space, full-width forms. */
const part = fc.oneof(
  fc.constantFrom('（一）', '(二)', '1.', '其中：', '部分公开', '（区分处理的，', '只计这一情形）', '“三安全', '一稳定”', '才', '卜', '放', '府', '政', ' ', '　', '\t', 'ａ１', ':', '2.没有现成信息需要', '另行制作', '其他'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
)

describe('LabelChain', () => {
  test('should normalise the parts run together, step after step', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        let chain = LabelChain.start(parts[0] as string)
        expect(chain.label).toEqual(normalizeLabel(parts[0] as string))
        for (let i = 1; i < parts.length; i++) {
          chain = chain.extend(parts[i] as string)
          expect(chain.label).toEqual(normalizeLabel(parts.slice(0, i + 1).join('')))
        }
      }),
      settings,
    )
  })

  test('should find a step again by its part, and tell chains of other parts apart', () => {
    const chain = LabelChain.start('2.没有现成信息需要').extend('另行制作')
    expect(LabelChain.start('2.没有现成信息需要').extend('另行制作')).toBe(chain)
    expect(chain.label.text).toBe('没有现成信息需要另行制作')
    expect(chain.label.numbering).toBe('2.')
    // The same text cut in other places is another chain with the same label.
    const other = LabelChain.start('2.没有现成').extend('信息需要另行制作')
    expect(other).not.toBe(chain)
    expect(other.label).toEqual(chain.label)
  })

  test('should keep a chain held across a start-over correct, and stay bounded', () => {
    const held = LabelChain.start('（三）不予').extend('公开')
    // Far more steps than the chains keep: the tree starts over on the way.
    for (let i = 0; i < 30_000; i++) LabelChain.start(`行${i}`).extend('政许可')
    expect(held.extend('（续）').label).toEqual(normalizeLabel('（三）不予公开（续）'))
    LabelChain.clear()
    expect(held.extend('其他').label.text).toBe('不予公开其他')
    expect(LabelChain.start('（三）不予').extend('公开').label.bare).toBe('不予公开')
  })
})
