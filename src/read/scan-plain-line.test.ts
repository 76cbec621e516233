import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { foldTraditional, foldTraditionalText } from './fold-traditional.js'
import { foldCharacter } from './normalize-line.js'
import { readText } from './read-text.js'
import { type PlainLineScan, scanPlainLine } from './scan-plain-line.js'
import { recordedScriptCount } from './script-count.js'
import { lineFactsOfText } from './line-facts.js'
import { createSourceText, lineContentEnd } from './source-text.js'

const newScan = (): PlainLineScan => ({ end: -1, firstFoldable: -2, foldables: new Int32Array(1), foldableCount: -1, bracket: true, han: -1, folding: -1, facts: -1 })
/** What the scan found, with the offsets of the foldable characters as an array. */
const found = ({ end, firstFoldable, foldables, foldableCount, han, folding, bracket }: PlainLineScan) => ({ end, firstFoldable, foldables: [...foldables.subarray(0, foldableCount)], han, folding, ...(bracket ? { bracket } : {}) })

/** The count `foldTraditional` takes of the lines when no reader recorded one: by character, as first written. */
function countLines(lines: readonly { text: string }[]): { han: number; folding: number } {
  let han = 0
  let folding = 0
  for (const { text } of lines) {
    for (const character of text) {
      const code = character.charCodeAt(0)
      if (character.length !== 1 || code < 0x3400 || code > 0x9fff) continue
      han++
      if (foldTraditionalText(character) !== character) folding++
    }
  }
  return { han, folding }
}

describe('scanPlainLine', () => {
  test('classes every code unit as the line breaks, foldCharacter, the traditional fold and the line facts do', () => {
    const wrong: number[] = []
    const scan = newScan()
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      scanPlainLine(`${character}a`, 0, scan)
      const han = code >= 0x3400 && code <= 0x9fff ? 1 : 0
      const folding = han && foldTraditionalText(character) !== character ? 1 : 0
      const end = code === 10 || code === 13 ? 0 : 2
      const firstFoldable = end > 0 && foldCharacter(code) !== code ? 0 : -1
      // The facts of the line as it is in the input, less a character the fold changes.
      const facts = end === 0 ? 0 : lineFactsOfText(firstFoldable < 0 ? `${character}a` : 'a')
      if (scan.bracket !== (code === 0x5b) || scan.end !== end || scan.firstFoldable !== firstFoldable || scan.han !== han || scan.folding !== folding || scan.facts !== facts) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  test('stops at the line break, finds the first foldable character from the start given', () => {
    const scan = newScan()
    scanPlainLine('國（一）\r\n中１', 0, scan)
    expect(found(scan)).toEqual({ end: 4, firstFoldable: 1, foldables: [1, 3], han: 2, folding: 1 })
    scanPlainLine('國（一）\r\n中１', 6, scan)
    expect(found(scan)).toEqual({ end: 8, firstFoldable: 7, foldables: [7], han: 1, folding: 0 })
    scanPlainLine('', 0, scan)
    expect(found(scan)).toEqual({ end: 0, firstFoldable: -1, foldables: [], han: 0, folding: 0 })
    scanPlainLine('中\n[bookmark: _GoBack]報告', 2, scan)
    expect(found(scan)).toEqual({ end: 23, firstFoldable: -1, foldables: [], han: 2, folding: 1, bracket: true })
    // More foldable characters than the array holds: it grows.
    scanPlainLine('a１２３４５b', 0, scan)
    expect(found(scan)).toEqual({ end: 7, firstFoldable: 1, foldables: [1, 2, 3, 4, 5], han: 0, folding: 0 })
  })

  test('counts a line longer than one counting chunk exactly', () => {
    const scan = newScan()
    scanPlainLine(`${'國'.repeat(70_000)}${'中'.repeat(1_000)}（\n們`, 0, scan)
    expect(found(scan)).toEqual({ end: 71_001, firstFoldable: 71_000, foldables: [71_000], han: 71_000, folding: 70_000 })
  })
})

describe('readText: one walk of the text', () => {
  // Simplified and traditional Han, full-width and zero-width characters, Word residue holding Han
  // characters, every line break, page numbers, and run-on lines the reader cuts into segments.
  const runOn = `一、總體情況 ${'收到申請12件 辦理3件 '.repeat(30)}二、主动公开 （一）規章 ${'國'.repeat(20)} 三、其他 ${'本年度5件 '.repeat(40)}`
  const fragment = fc.constantFrom('中', '國', '们', '們', '（一）', '１２', '\u3000', '\u200b', '\ufeff', ' ', '\t', 'a', '3', '、', '[bookmark: 國家]', '[bookmark: _GoBack]', '\n', '\r', '\r\n', '\n\n', '- 3 -', '第2页', runOn)
  const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''))

  test('the recorded script count is the count of the lines, the line starts those of createSourceText', () => {
    fc.assert(
      fc.property(text, (input) => {
        const document = readText(input, new DiagnosticList())
        const source = createSourceText(input)
        expect(document.source.lineStarts).toEqual(source.lineStarts)
        expect(recordedScriptCount(document)).toMatchObject(countLines(document.lines))
        // A source line read as one line (not cut into segments) ends where `lineContentEnd` says.
        const perSourceLine = new Map<number, number>()
        for (const line of document.lines) perSourceLine.set(line.position.start.line, (perSourceLine.get(line.position.start.line) ?? 0) + 1)
        for (const line of document.lines) {
          const index = line.position.start.line - 1
          const end = lineContentEnd(source, index)
          if (line.position.end.offset > end) throw new Error(`line ${index} ends at ${line.position.end.offset}, after ${end}`)
          if (perSourceLine.get(index + 1) !== 1 || line.position.start.column !== 1) continue
          if (line.raw !== input.slice(line.position.start.offset, end)) throw new Error(`line ${index}: ${line.raw}`)
          // The folds found by the walk make the text `foldCharacter` makes of each character.
          if (line.raw.includes('[bookmark:')) continue
          const codes = [...line.raw].flatMap((character) => [...character].map((unit) => foldCharacter(unit.charCodeAt(0))))
          expect(line.text).toBe(String.fromCharCode(...codes.filter((code) => code >= 0)))
          expect(line.map === null).toBe(!codes.includes(-1))
        }
      }),
      settings,
    )
  })

  test('a count is its own document\'s, and not used after a line changed', () => {
    const document = readText('國家\n中國', new DiagnosticList())
    expect(recordedScriptCount(readText('另一份', new DiagnosticList()))).toMatchObject({ han: 3, folding: 0 })
    expect(recordedScriptCount(document)).toMatchObject({ han: 4, folding: 2 })
    const again = readText('國家\n中國', new DiagnosticList())
    const line = again.lines[1]
    if (line) line.text = '中国'
    expect(recordedScriptCount(again)).toBeNull()
    // A line more or less than were counted: no count either.
    const longer = readText('國家', new DiagnosticList())
    longer.lines.push({ ...(longer.lines[0] as (typeof longer.lines)[number]) })
    expect(recordedScriptCount(longer)).toBeNull()
    // foldTraditional then counts the lines themselves: 1 of 4 folds, under the 10-character minimum.
    const folded = readText('國'.repeat(12), new DiagnosticList())
    folded.lines.push({ ...(folded.lines[0] as (typeof folded.lines)[number]), text: '中'.repeat(300) })
    const diagnostics = new DiagnosticList()
    foldTraditional(folded, diagnostics)
    expect(diagnostics.items.map((item) => item.code)).toEqual([])
  })
})
