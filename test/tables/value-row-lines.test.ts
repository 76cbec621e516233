import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { readText } from '../../src/read/read-text.js'
import { readDocument } from '../../src/read/read-document.js'
import { parseReport } from '../../src/parse-report.js'
import { spanPosition } from '../../src/read/source-text.js'
import { valueRowLines } from '../../src/tables/value-row-lines.js'
import { findGrids } from '../../src/tables/find-grids.js'
import { defaultGridReaders } from '../../src/tables/readers/index.js'
import { isValueText } from '../../src/tables/mapping/parse-cell-value.js'
import { settings } from '../properties/fc-settings.js'

/** The lines a value row's cells cover, by definition: every line whose span meets a cell's first to last character. */
function reference(lines: { start: number }[], grids: Grid[]): number[] {
  const covered = new Set<number>()
  const lineOf = (offset: number) => {
    let found = 0
    lines.forEach((line, index) => {
      if (line.start <= offset) found = index
    })
    return found
  }
  for (const grid of grids) {
    for (const row of grid.rows) {
      if (!row.slice(1).some((cell) => cell.text === '1')) continue
      for (const cell of row) {
        if (!cell.position) continue
        const first = lineOf(cell.position.start.offset)
        const last = lineOf(Math.max(cell.position.start.offset, cell.position.end.offset - 1))
        for (let line = first; line <= last; line++) covered.add(line)
      }
    }
  }
  return [...covered].sort((a, b) => a - b)
}

describe('valueRowLines', () => {
  test('marks the lines of rows with values, not those of a header row', () => {
    const text = '项目\t数量\n规章\t1\n规范性文件\t2\n'
    const document = readText(text, new DiagnosticList())
    const cell = (from: number, to: number): GridCell => ({ text: text.slice(from, to), position: spanPosition(document.source, from, to) })
    const rows = [[cell(0, 2), cell(3, 5)], [cell(6, 8), cell(9, 10)], [cell(11, 16), cell(17, 18)]]
    const grid: Grid = { via: ['test'], rows, position: spanPosition(document.source, 0, 18), lines: [0, 2] }
    expect([...valueRowLines(document, [grid])]).toEqual([1, 2])
  })

  test('agrees with the lines each cell covers, cells in any order and spanning lines', () => {
    const lineText = fc.string({ unit: fc.constantFrom('a', '中', ' '), maxLength: 6 })
    fc.assert(
      fc.property(
        fc.array(lineText, { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.record({ from: fc.nat(60), length: fc.nat(12), blank: fc.boolean(), value: fc.boolean() }), { maxLength: 5 }), { maxLength: 6 }),
        (texts, rowSpecs) => {
          const text = texts.join('\n')
          const document = readText(text, new DiagnosticList())
          const rows = rowSpecs.map((specs) =>
            specs.map(({ from, length, blank, value }): GridCell => {
              const start = Math.min(from, text.length)
              const end = Math.min(text.length, start + length)
              return blank ? { text: '', position: null } : { text: value ? '1' : '项目', position: spanPosition(document.source, start, end) }
            }),
          )
          const grid: Grid = { via: ['test'], rows, position: spanPosition(document.source, 0, text.length), lines: [0, document.lines.length - 1] }
          const lines = document.lines.map((line) => ({ start: line.position.start.offset }))
          expect([...valueRowLines(document, [grid])]).toEqual(reference(lines, [grid]))
        },
      ),
      settings,
    )
  })
  test('takes a row for a value row exactly when a later cell reads as a value or, trimmed, as a run of digits', () => {
    // The run-of-digits test first looks at the text's first character; this holds it to the
    // pattern it stands for, on texts that open with white space, signs, dots, digits and labels.
    const digitRun = /^[-+]?[\d.]+(?:[-+ ][-+]?[\d.]+)*$/u
    const unit = fc.constantFrom('1', '0', '9', '.', '-', '+', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\ufeff', '条', '无', 'a', '%', '—')
    const text = '规章\t1\n'
    const document = readText(text, new DiagnosticList())
    const label: GridCell = { text: '规章', position: spanPosition(document.source, 0, 2) }
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 6 }), (cellText) => {
        const cell: GridCell = { text: cellText, position: spanPosition(document.source, 3, 4) }
        const grid: Grid = { via: ['test'], rows: [[label, cell]], position: spanPosition(document.source, 0, 4), lines: [0, 0] }
        const expected = isValueText(cellText) || digitRun.test(cellText.trim())
        expect([...valueRowLines(document, [grid])]).toEqual(expected ? [0] : [])
      }),
      settings,
    )
  })
  test('the row lines a TAB reader notes give the lines its cells cover', () => {
    // `findGrids` hands the row lines the TAB reader noted to `valueRowLines`; a copy of the grids
    // array carries none, so there every cell's position is read. Both must agree, on TAB rows with
    // blank, padded and value cells, captions, blank lines and prose between them.
    const cellText = fc.constantFrom('', ' ', '1', '0', '23', ' 4 ', '-', '—', '条', '件', '无', '规章', '（一）收到申请数', '1.2', '5 6')
    const row = fc.array(cellText, { minLength: 2, maxLength: 6 }).map((cells) => cells.join('\t'))
    const line = fc.oneof(row, row, row, fc.constantFrom('', '  ', '第二十条第（五）项', '一、概述', '本年度未收取费用。', '\t条', '项目\t'))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const document = readText(lines.join(newline), new DiagnosticList())
        const grids = findGrids(document, defaultGridReaders)
        expect([...valueRowLines(document, grids)]).toEqual([...valueRowLines(document, [...grids])])
      }),
      settings,
    )
  })
  test('an input with no line at all, with a plug-in reader that still yields positioned cells, is parsed without a crash', () => {
    const point = { line: 1, column: 1, offset: 0 }
    const position = { start: point, end: { line: 1, column: 2, offset: 1 } }
    const reader = {
      name: 'plug-in',
      read: (): Grid[] => [{ via: ['plug-in'], rows: [[{ text: '项目', position }, { text: '1', position }]], position, lines: [0, 0] }],
    }
    for (const format of ['html', 'markdown'] as const) {
      expect(readDocument('', format, new DiagnosticList()).lines).toEqual([])
      const report = parseReport('', { format, gridReaders: [reader] })
      expect(report.generation).toBe('unrecognized')
      expect(report.tables.map((table) => table.grid.via)).toEqual([['plug-in']])
    }
  })
})
