import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { documentText } from './document-text.js'
import { readText } from './read-text.js'
import type { Line } from '../model/block.js'

describe('documentText', () => {
  test('keeps the lines in full and drops only spaces and TABs in compact', () => {
    const document = readText('  统 计\t指 标  \n\n（一）收到申请 12 件\n', new DiagnosticList())
    const text = documentText(document)
    expect(text.full).toBe(document.lines.map((line) => line.text).join('\n'))
    expect(text.compact).toBe('统计指标(一)收到申请12件')
    // `指` is compact character 2, printed at column 7 of line 1 (offset 6).
    expect(text.compactPosition(2, 3).start).toEqual({ line: 1, column: 7, offset: 6 })
  })

  test('builds the same text from the input as from the lines, and follows lines edited after reading', () => {
    // A document read from plain text with LF breaks has its full text from the input; a copy of
    // it (no recorded facts) has it from its lines: every answer must be the same.
    const piece = fc.constantFrom(' ', '\t', '统计', '國', '12', '１２', '　', '\u00a0', '\u200b', '\n', '\n', '\r\n', '- 3 -', '[bookmark: x]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const document = readText(pieces.join(''), new DiagnosticList())
        const text = documentText(document)
        const reference = documentText({ ...document })
        expect(text.full).toBe(reference.full)
        expect(text.compact).toBe(reference.compact)
        for (let index = -1; index <= document.lines.length + 1; index++) expect(text.fullLineStart(index)).toBe(reference.fullLineStart(index))
        for (let at = 0; at < text.full.length; at += 3) expect(text.fullPosition(at, at + 2)).toEqual(reference.fullPosition(at, at + 2))
      }),
      settings,
    )
    const edited = readText('一\n二　三\n四', new DiagnosticList())
    const ignored = readText('一\n二　三\n四', new DiagnosticList())
    ;(edited.lines[1] as Line).text = '二'
    ;(ignored.lines[2] as Line).ignored = 'page-number'
    expect(documentText(edited).full).toBe('一\n二\n四')
    expect(documentText(ignored).full).toBe('一\n二 三')
  })

  test('gives the texts a join of the lines and a replace of their space runs give', () => {
    // The compact text is squeezed in an array of code units: the reference is the plain
    // definition, lines joined by a line break and /[ \t]+/g replaced by nothing. Surrogates, paired
    // and lone, must come back as they were.
    const piece = fc.constantFrom(' ', '  ', '\t', ' \t ', '统', '计', '指标', '12', 'a', '　', '\u00a0', '１', '\n', '\r\n', '😀', '\ud800', '\udfff', 'é')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const document = readText(pieces.join(''), new DiagnosticList())
        const text = documentText(document)
        const kept = document.lines.filter((line) => !line.ignored).map((line) => line.text)
        expect(text.full).toBe(kept.join('\n'))
        expect(text.compact).toBe(kept.map((line) => line.replace(/[ \t]+/gu, '')).join(''))
      }),
      settings,
    )
  })

  test('gives where each line starts in the full text, lines left out taking the next kept one', () => {
    // `- 3 -` lines are left out as page numbers: the text before line `i` is the kept lines before it.
    const piece = fc.constantFrom(' ', '统', '计', '12', '\n', '\n\n', '\n- 3 -\n', '\n- 4 -')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const document = readText(pieces.join(''), new DiagnosticList())
        const text = documentText(document)
        for (let index = 0; index <= document.lines.length + 1; index++) {
          const before = document.lines.slice(0, index).filter((line) => !line.ignored).map((line) => line.text)
          expect(text.full.slice(0, Math.max(0, text.fullLineStart(index) - 1))).toBe(before.join('\n'))
          const next = document.lines.slice(index).find((line) => !line.ignored)
          if (next) expect(text.full.startsWith(next.text, text.fullLineStart(index))).toBe(true)
        }
      }),
      settings,
    )
  })

  test('leads a compact span back to the source from its first character to its last', () => {
    // A span's end is counted on from its start when both are on one line, else looked up anew.
    const piece = fc.constantFrom(' ', '  ', '\t', '统', '计', '指标', '12', 'a', '\n', '\n\n', '\n- 3 -\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = documentText(readText(pieces.join(''), new DiagnosticList()))
        if (text.compact.length === 0) return
        const start = a % text.compact.length
        const end = start + 1 + (b % (text.compact.length - start))
        expect(text.compactPosition(start, end)).toEqual({ start: text.compactPosition(start, start + 1).start, end: text.compactPosition(end - 1, end).end })
      }),
      settings,
    )
  })

  test('leads every compact character back to the source character it is', () => {
    // Pieces the reader keeps as they are, so each compact character is one source character;
    // `- 3 -` lines are left out as page numbers, so the kept lines are not all the lines.
    const piece = fc.constantFrom(' ', '  ', '\t', '统', '计', '指标', '12', 'a', '\n', '\n\n', '\n- 3 -\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const source = pieces.join('')
        const text = documentText(readText(source, new DiagnosticList()))
        for (let index = 0; index < text.compact.length; index++) {
          const { start, end } = text.compactPosition(index, index + 1)
          expect(source.slice(start.offset, end.offset)).toBe(text.compact[index])
        }
      }),
      settings,
    )
  })
})
