import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { readText } from '../../src/read/read-text.js'
import { linePosition, lineSourceText } from '../../src/read/line-position.js'
import type { GridCell } from '../../src/model/grid.js'
import { cellOf, joinCells } from '../../src/tables/grid-cell.js'
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

describe('joinCells', () => {
  // The definition the one-walk join must agree with: the filled cells' texts joined, the position
  // from the first to the last filled cell (or the first to the last cell when none is filled).
  const reference = (cells: readonly GridCell[]): GridCell => {
    if (cells.length === 1) return cells[0]!
    const filled = cells.filter((cell) => cell.text !== '')
    const first = filled[0] ?? cells[0]
    const last = filled[filled.length - 1] ?? cells[cells.length - 1]
    if (!first || !last) return { text: '', position: null }
    return {
      text: filled.map((cell) => cell.text).join(''),
      position: first.position && last.position ? { start: first.position.start, end: last.position.end } : null,
    }
  }

  test('a wrapped label: texts joined, blank parts left out, from the first filled part to the last', () => {
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
    const at = (text: string, from: number, to: number): GridCell => ({ text, position: { start: point(from), end: point(to) } })
    expect(joinCells([at('（一）主动公开', 1, 8), at('', 10, 10), at('政府信息数', 12, 17), at('', 18, 18)])).toEqual({
      text: '（一）主动公开政府信息数',
      position: { start: point(1), end: point(17) },
    })
    expect(joinCells([at('', 3, 3), at('', 5, 5)])).toEqual({ text: '', position: { start: point(3), end: point(5) } })
    expect(joinCells([])).toEqual({ text: '', position: null })
  })

  test('answers as joining the filled cells does, on any cells', () => {
    const point = fc.nat({ max: 99 }).map((offset) => ({ line: 1, column: offset + 1, offset }))
    const position = fc.option(fc.record({ start: point, end: point }), { nil: null })
    const cell = fc.record({ text: fc.constantFrom('', '', '规章', '0', '（一）'), position })
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (cells) => {
        expect(joinCells(cells)).toEqual(reference(cells))
      }),
      settings,
    )
  })
})
