import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultTemplates } from '../../src/templates/index.js'
import { findSignalMatches } from '../../src/templates/find-signal-matches.js'
import { defineTemplate, type Template } from '../../src/templates/template.js'
import { settings } from '../properties/fc-settings.js'

/** What the classifier did before the one-pass scan: each signal's pattern on the whole text. */
function eachPattern(compact: string, templates: readonly Template[]): [number, string][] {
  return templates.flatMap((template) => template.signals.map((signal) => signal.pattern.exec(compact))).map((match) => (match ? [match.index, match[0]] : [-1, '']))
}

const found = (compact: string, templates: readonly Template[]): [number, string][] =>
  findSignalMatches(compact, templates).map((match) => (match ? [match.index, match.text] : [-1, '']))

// Pieces of the signals' wordings, so that random texts hold whole signals, broken ones and overlaps.
const pieces = [
  '本年新制作数量', '本年新', '本年增减', '本年增/减', '本年增', '国办发〔2014〕32号', '国办发[2014]32号', '国办发2014',
  '国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号', '否决公开答复总数', '否决公开答复数', '指标名称', '上一年项目数量',
  '收到和处理政府信息公开申请情况', '结转下年度继续办理', '无正当理由逾期不补正', '年', '本', '公', '数量', 'x', '😀', '〕',
]
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''))

describe('findSignalMatches', () => {
  test('should find the first match of every default signal where its pattern alone finds it', () => {
    fc.assert(
      fc.property(text, (compact) => {
        expect(found(compact, defaultTemplates)).toEqual(eachPattern(compact, defaultTemplates))
      }),
      settings,
    )
  })

  test('should give the match of a signal that occurs twice at its first place', () => {
    const compact = '本年增减…本年增/减…国办发〔2014〕32号'
    const matches = findSignalMatches(compact, defaultTemplates)
    const names = defaultTemplates.flatMap((template) => template.signals.map((signal) => signal.name))
    const change = matches[names.indexOf('g3.table2-change')]
    expect([change?.index, change?.text]).toEqual([0, '本年增减'])
    const notice = matches[names.indexOf('g2.notice-2014-32')]
    expect([notice?.index, notice?.text]).toEqual([11, '国办发〔2014〕32号'])
    expect(matches[names.indexOf('g4.table2-issued')]).toBeNull()
  })

  test('should run patterns without a literal start on their own, in signal order', () => {
    const custom = defineTemplate({
      ...defaultTemplates[0]!,
      signals: [
        { name: '2008.either-word', pattern: /(?:历年|本年)累计/u, weight: 1 },
        { name: '2008.short', pattern: /计量/u, weight: 1 },
        { name: '2008.optional-start', pattern: /a?历年/u, weight: 1 },
      ],
    })
    const compact = '计量单位本年累计历年累计'
    expect(found(compact, [custom])).toEqual([[4, '本年累计'], [0, '计量'], [8, '历年']])
  })

  test('should run a literal that ends inside a surrogate pair, which matches no pair', () => {
    const custom = defineTemplate({ ...defaultTemplates[0]!, signals: [{ name: '2008.half-pair', pattern: new RegExp('计量\uD83D', 'u'), weight: 1 }] })
    for (const compact of ['计量😀计量\uD83D。', '计量😀']) expect(found(compact, [custom])).toEqual(eachPattern(compact, [custom]))
    expect(found('计量😀计量\uD83D。', [custom])).toEqual([[4, '计量\uD83D']])
  })

  test('should give each of many template lists its own signals, in turn and again', () => {
    const lists = Array.from({ length: 10 }, (_, i) =>
      [defineTemplate({ ...defaultTemplates[0]!, signals: [{ name: `2008.word-${i}`, pattern: new RegExp(`词${i}`, 'u'), weight: 1 }] })],
    )
    for (const round of [0, 1]) {
      lists.forEach((templates, i) => {
        expect(found(`词0词1词2词3词4词5词6词7词8词9${round}`, templates)).toEqual([[2 * i, `词${i}`]])
      })
    }
  })

  test('should notice a signal given another pattern after its first use', () => {
    const signal = { name: '2008.edited', pattern: /统计指标/u, weight: 1 }
    const templates = [defineTemplate({ ...defaultTemplates[0]!, signals: [signal] })]
    expect(found('指标名称…统计指标', templates)).toEqual([[5, '统计指标']])
    signal.pattern = /指标名称/u
    expect(found('指标名称…统计指标', templates)).toEqual([[0, '指标名称']])
  })

  test('should notice a template list that was changed after its first use', () => {
    const templates: Template[] = [defaultTemplates[0]!]
    expect(findSignalMatches('统计指标', templates)).toHaveLength(defaultTemplates[0]!.signals.length)
    templates.push(defaultTemplates[1]!)
    const compact = '统计指标'
    expect(found(compact, templates)).toEqual(eachPattern(compact, templates))
  })
})
