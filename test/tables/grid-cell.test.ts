import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { readText } from '../../src/read/read-text.js'
import { linePosition, lineSourceText } from '../../src/read/line-position.js'
import { cellOf } from '../../src/tables/grid-cell.js'
import { settings } from '../properties/fc-settings.js'

describe('cellOf', () => {
  test('a cell of a line printed as written: trimmed text and its source span', () => {
    const document = readText('标题\n规章\t 12 \t\t3', new DiagnosticList())
    const line = document.lines[1]!
    expect(cellOf(document, line, 3, 7)).toEqual({ text: '12', position: { start: { line: 2, column: 5, offset: 7 }, end: { line: 2, column: 7, offset: 9 } } })
    // A blank cell: an empty span where it stands, one point for both ends.
    const blank = cellOf(document, line, 8, 8)
    expect(blank).toEqual({ text: '', position: { start: { line: 2, column: 9, offset: 11 }, end: { line: 2, column: 9, offset: 11 } } })
    expect(blank.position?.start).toBe(blank.position?.end)
  })

  test('answers as lineSourceText and linePosition do, on any line', () => {
    const piece = fc.constantFrom('规', '章', ' ', '\t', '1', '（', '１', '\u3000', '\u200b', '\r\n', '\n', '[bookmark: x]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), (pieces, pick, a, b) => {
        const document = readText(pieces.join(''), new DiagnosticList())
        const line = document.lines[pick % document.lines.length]!
        const start = a % (line.text.length + 1)
        const end = start + (b % (line.text.length - start + 1))
        let from = start
        let to = end
        while (from < to && (line.text[from] === ' ' || line.text[from] === '\t')) from++
        while (to > from && (line.text[to - 1] === ' ' || line.text[to - 1] === '\t')) to--
        expect(cellOf(document, line, start, end)).toEqual({ text: lineSourceText(document.source, line, from, to), position: linePosition(document.source, line, from, to) })
      }),
      settings,
    )
  })
})
