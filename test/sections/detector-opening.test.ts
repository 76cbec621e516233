import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DiagnosticList, createNumberedHeadingDetector, defaultSectionDetectors, detectSections, readText } from '../../src/index.js'
import { detectorGate, lineOpening, openingKind, openingKinds, passesGate } from '../../src/sections/detector-opening.js'
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
})
