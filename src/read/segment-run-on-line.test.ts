import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { chineseNumeralCharacters } from '../util/chinese-numeral.js'
import { headingWordEnd } from '../util/heading-end.js'
import { hasTransitions, nestedMarkers, runOnCuts, segmentRunOnLine, topMarkers } from './segment-run-on-line.js'

// Characters that make markers and transitions likely: numerals, 第, 、, digits, Han inside and
// outside U+4E00–U+9FFF (㐀 U+3400, 豈 U+F900, 𠀀 U+20000), a lone surrogate, Latin, space.
const alphabet = [...chineseNumeralCharacters, '第', '、', '、', '1', '2', '0', '报', '告', '㐀', '豈', '𠀀', '\ud840', '\udc00', '々', 'a', ' ', '（', '）']
const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((characters) => characters.join(''))

describe('run-on line markers and transitions without regexes', () => {
  test('should find the top-level markers the look-behind regex finds', () => {
    expect(topMarkers('一、概述。二、主动公开第三、十二、x一二三四、')).toEqual([0, 5, 14])
    const pattern = new RegExp(`(?<![${chineseNumeralCharacters}第])[${chineseNumeralCharacters}]{1,3}、`, 'gu')
    fc.assert(
      fc.property(line, (text) => {
        expect(topMarkers(text)).toEqual(Array.from(text.matchAll(pattern), (match) => match.index))
      }),
      settings,
    )
  })

  test('should find the nested markers the regex finds', () => {
    expect(nestedMarkers('(一)概述 ( 二十 )x(一二三四)(五 (六)(七')).toEqual([0, 6, 22])
    // After 第 the bracket cites an item of an article (第二十条第(一)项): no marker.
    expect(nestedMarkers('第二十条第(一)项信息内容 (二)公开')).toEqual([14])
    const pattern = new RegExp(`(?<!第)\\( *[${chineseNumeralCharacters}]{1,3} *\\)`, 'gu')
    const parts = fc.constantFrom('(', ')', ' ', '一', '二', '十', '〇', '第', 'x', '(一)', '𠀀')
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(nestedMarkers(text)).toEqual(Array.from(text.matchAll(pattern), (match) => match.index))
      }),
      settings,
    )
  })

  test('should count Han characters running into digits as the Script=Han regex does', () => {
    expect(hasTransitions('收到1件，办结2件', 2)).toBe(true)
    expect(hasTransitions('收到1件，办结2件', 3)).toBe(false)
    expect(hasTransitions('𠀀1 〇2 a3', 2)).toBe(true)
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 6 }), (text, least) => {
        expect(hasTransitions(text, least)).toBe((text.match(/\p{Script=Han}\d/gu)?.length ?? 0) >= least)
      }),
      settings,
    )
  })
})

describe('runOnCuts', () => {
  // The cut rule as first written: a Set of the markers' starts, and at every run of white space
  // the text since the last cut sliced, trimmed and tested for a bare marker (`一、 概述`).
  const markerOnly = new RegExp(`^(?:[${chineseNumeralCharacters}]{1,3}、|\\( *[${chineseNumeralCharacters}]{1,3} *\\))$`, 'u')
  const nested = new RegExp(`\\( *[${chineseNumeralCharacters}]{1,3} *\\)`, 'gu')
  const cutsByDefinition = (text: string): number[] => {
    const markers = new Set([...topMarkers(text), ...Array.from(text.matchAll(nested), (match) => match.index)])
    const isSpace = (code: number) => code === 0x20 || code === 0x09
    const cuts: number[] = []
    let start = 0
    for (let i = 0; i < text.length; i++) {
      if ((markers.has(i) && i > start) || (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1)) && !markerOnly.test(text.slice(start, i).trim()))) {
        cuts.push(i)
        start = i
      }
    }
    return cuts
  }
  const piece = fc.constantFrom('一、', '二十、', '（三）', '(四)', '( 五 )', '(六 ) ', '第六、', '概述', '主动公开12条', ' ', '  ', '\t', '\u3000', '\u2028', '\u00a0', '、', ')', '(', '办结3件 ', '行政复议 1 2 0')

  test('cuts where the rule as first written cuts', () => {
    expect(runOnCuts('一、 概述 二、主动公开 (一) 规章 12', topMarkers('一、 概述 二、主动公开 (一) 规章 12'))).toEqual([5, 6, 12, 13, 19])
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(runOnCuts(text, topMarkers(text))).toEqual(cutsByDefinition(text))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })
})

describe('segmentRunOnLine', () => {
  // The segments as first written: trimmed pieces between the cuts, each then cut after its
  // heading word by regexes (`/^[N]{1,3}、/u` on the next five characters, `/^[。，,；;：:]/u`).
  const startsWithMarker = new RegExp(`^[${chineseNumeralCharacters}]{1,3}、`, 'u')
  const splitAfterHeading = (text: string, from: number, to: number): [number, number][] => {
    if (!startsWithMarker.test(text.slice(from, from + 5))) return [[from, to]]
    const end = headingWordEnd(text, from, 45)
    if (end < 0 || end >= to || /^[。，,；;：:]/u.test(text[end] ?? '')) return [[from, to]]
    return [
      [from, end],
      [end, to],
    ]
  }
  const segmentsAsFirstWritten = (text: string): [number, number][] => {
    const segments: [number, number][] = []
    let start = 0
    const close = (end: number) => {
      const from = start + (text.slice(start, end).length - text.slice(start, end).replace(/^[ \t]+/u, '').length)
      const to = from + text.slice(from, end).replace(/[ \t]+$/u, '').length
      if (to > from) segments.push([from, to])
    }
    for (const cut of runOnCuts(text, topMarkers(text))) {
      close(cut)
      start = cut
    }
    close(text.length)
    return segments.flatMap(([from, to]) => splitAfterHeading(text, from, to))
  }
  const piece = fc.constantFrom('一、', '二十、', '一二三四、', '五、总体情况', '六、主动公开情况行政许可', '情况。', '情况，', '事项:', '概述 ', '(一)', '第七、', '行政处罚12 ', '收到3件', ' ', '\t', '报告', '情况统计表', '、')
  test('cuts where the segments as first written are cut', () => {
    const page = `${'前言'.repeat(760)}一、总体情况本年 二、主动公开情况行政许可12 三、依申请公开情况，收到3件`
    expect(segmentRunOnLine(page)?.map(([from, to]) => page.slice(from, to))).toEqual(['前言'.repeat(760), '一、总体情况', '本年', '二、主动公开情况', '行政许可12', '三、依申请公开情况，收到3件'])
    fc.assert(
      fc.property(fc.array(piece, { minLength: 60, maxLength: 200 }), (pieces) => {
        const text = pieces.join('')
        const segments = segmentRunOnLine(text)
        if (segments !== null) expect(segments).toEqual(segmentsAsFirstWritten(text))
      }),
      settings,
    )
  })

  test('a bracketed item after 第 (第二十条第(一)项) is no heading to cut before', () => {
    const page = `${'前言'.repeat(760)}一、总体情况 二、主动公开政府信息情况 第二十条第(一)项信息内容本年制发件数规章0行政规范性文件693665第二十条第(五)项信息内容本年处理决定数量行政许可2293 三、收到和处理申请情况(一)予以公开7`
    expect(segmentRunOnLine(page)?.map(([from, to]) => page.slice(from, to))).toEqual([
      '前言'.repeat(760),
      '一、总体情况',
      '二、主动公开政府信息情况',
      '第二十条第(一)项信息内容本年制发件数规章0行政规范性文件693665第二十条第(五)项信息内容本年处理决定数量行政许可2293',
      '三、收到和处理申请情况',
      '(一)予以公开7',
    ])
  })
})
