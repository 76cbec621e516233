import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DiagnosticList, createNumberedHeadingDetector, defaultSectionDetectors, detectSections, readText } from '../../src/index.js'
import type { SectionDetector } from '../../src/index.js'
import { detectorGate, detectorGates, hasGateMarkup, lineOpening, openingKind, openingKinds, passesGate } from '../../src/sections/detector-opening.js'
import { settings } from '../properties/fc-settings.js'
import { chineseNumeralCharacters } from '../../src/util/chinese-numeral.js'

describe('detector openings', () => {
  it('sorts first characters into the kinds built-in headings start with', () => {
    expect(openingKind('一'.charCodeAt(0))).toBe(openingKinds.chineseNumeral)
    expect(openingKind('十'.charCodeAt(0))).toBe(openingKinds.chineseNumeral)
    expect(openingKind('('.charCodeAt(0))).toBe(openingKinds.bracket)
    expect(openingKind('7'.charCodeAt(0))).toBe(openingKinds.digit)
    expect(openingKind('第'.charCodeAt(0))).toBe(openingKinds.part)
    expect(openingKind('附'.charCodeAt(0))).toBe(openingKinds.attachment)
    expect(openingKind('#'.charCodeAt(0))).toBe(openingKinds.hash)
    expect(openingKind('_'.charCodeAt(0))).toBe(openingKinds.emphasis)
    expect(openingKind('本'.charCodeAt(0))).toBe(0)
    expect(lineOpening('   三、情况')).toBe(openingKinds.chineseNumeral)
    expect(lineOpening('')).toBe(0)
  })

  it('lets through every character a built-in heading can start with', () => {
    // Each character of the patterns' first position, as the start of a real heading (`〇一、` is
    // 1, `百一、` 101), after zero to two spaces.
    const headings: [string, string][] = []
    for (const numeral of chineseNumeralCharacters) {
      headings.push([`${numeral}一、总体情况`, 'chinese-numeral'], [`(${numeral}一)主动公开`, 'parenthesized-chinese'])
    }
    for (const digit of '0123456789') {
      headings.push([`${digit}1、概述`, 'arabic-comma'], [`${digit}1.强化组织保障`, 'arabic-dot'], [`(${digit}1)行政复议`, 'parenthesized-arabic'])
    }
    headings.push(['第一部分 概述', 'part'], ['附件1：统计表', 'attachment'], ['## 说明', 'markdown-2'], ['**说明**', 'bold'], ['__说明__', 'bold'])
    for (const [text, style] of headings) {
      for (const indent of ['', ' ', '  ']) {
        const diagnostics = new DiagnosticList()
        const sections = detectSections(readText(indent + text, diagnostics), defaultSectionDetectors, diagnostics)
        expect([text, sections[0]?.style]).toEqual([text, style])
      }
    }
  })

  it('never keeps a built-in detector from a line it would match', () => {
    // Lines made of the characters the built-in patterns look at, and a few others. Each built-in
    // tests its opening itself too; this holds the declared gates to the same.
    const pieces = [' ', '  ', '\t', '#', '##', '*', '**', '_', '__', '第', '附', '件', '表', '部分', '一', '十', '二〇', '(', ')', '1', '12', '、', '.', ':', '：', '本', '情况', 'a']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (line) => {
        const document = readText(line, new DiagnosticList())
        for (const readLine of document.lines) {
          for (const detector of defaultSectionDetectors) {
            const gate = detectorGate(detector)
            expect(gate).toBeDefined()
            if (gate && !passesGate(gate, lineOpening(readLine.text), readLine)) expect(detector.match(readLine, { document })).toBeUndefined()
          }
        }
      }),
      settings,
    )
  })

  it('offers every line to a detector whose match was replaced', () => {
    const detector = createNumberedHeadingDetector('lenticular-heading', 'chinese-numeral', 1)
    expect(detectorGate(detector)).toBeDefined()
    detector.match = (line) => {
      const match = /^【([一二三])】/u.exec(line.text)
      return match ? { style: 'lenticular', ordinal: '一二三'.indexOf(match[1] ?? '') + 1, numbering: [0, 3], titleStart: 3 } : undefined
    }
    expect(detectorGate(detector)).toBeUndefined()
    const diagnostics = new DiagnosticList()
    const sections = detectSections(readText('【一】总体情况\n正文。\n【二】主动公开情况', diagnostics), [detector], diagnostics)
    expect(sections.map((section) => [section.numbering, section.title])).toEqual([
      ['【一】', '总体情况'],
      ['【二】', '主动公开情况'],
    ])
  })

  it('offers a line without markup to the detectors whose gates it passes, in list order', () => {
    const { unmarked } = detectorGates(defaultSectionDetectors)
    const names = (opening: number) => (unmarked[opening] ?? []).map((index) => defaultSectionDetectors[index]?.name)
    expect(names(openingKinds.chineseNumeral)).toEqual(['chinese-numeral-heading'])
    expect(names(openingKinds.bracket)).toEqual(['parenthesized-chinese-heading', 'parenthesized-arabic-heading'])
    expect(names(openingKinds.digit)).toEqual(['arabic-comma-heading', 'arabic-dot-heading'])
    expect(names(0)).toEqual([])
    const pieces = [' ', '#', '**', '_', '第', '附', '一', '(', '1', '、', '本', '情况']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join('')), (line) => {
        for (const readLine of readText(line, new DiagnosticList()).lines) {
          if (hasGateMarkup(readLine)) continue
          const opening = lineOpening(readLine.text)
          const passing = defaultSectionDetectors.flatMap((detector, index) => (passesGate(detectorGate(detector)!, opening, readLine) ? [index] : []))
          expect(unmarked[opening]).toEqual(passing)
        }
      }),
      settings,
    )
  })

  it('sees a detector replaced in a list, or its match replaced, after the list was used', () => {
    const lenticular = (line: { text: string }) => {
      const match = /^【([一二三])】/u.exec(line.text)
      return match ? { style: 'lenticular', ordinal: '一二三'.indexOf(match[1] ?? '') + 1, numbering: [0, 3] as [number, number], titleStart: 3 } : undefined
    }
    const text = '【一】总体情况\n正文。\n【二】主动公开情况'
    const titles = (detectors: readonly SectionDetector[]) => {
      const diagnostics = new DiagnosticList()
      return detectSections(readText(text, diagnostics), detectors, diagnostics).map((section) => section.title)
    }
    const detector = createNumberedHeadingDetector('lenticular-heading', 'chinese-numeral', 1)
    const list: SectionDetector[] = [detector]
    expect(titles(list)).toEqual([])
    detector.match = lenticular
    expect(titles(list)).toEqual(['总体情况', '主动公开情况'])
    const other = createNumberedHeadingDetector('other-heading', 'chinese-numeral', 1)
    list[0] = other
    expect(titles(list)).toEqual([])
    list[0] = { name: 'lenticular-heading', rank: 1, match: lenticular }
    expect(titles(list)).toEqual(['总体情况', '主动公开情况'])
  })
})
