// Pathological inputs: 100,000 repetitions of a heading marker, of a digit run, of a table row and
// of nested brackets; an HTML table whose spans would build a grid of millions of slots. Each must finish and give the right output (sections, cells, grids); nothing
// here measures time (the bench does: docs/performance.md). A parse of 100,000 repetitions takes
// seconds, so each property runs FC_NUM_RUNS / 200 times (at least once): the default 200 gives one
// run of each, FC_NUM_RUNS=2000 ten. FC_SEED replays a failure.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList, listCells, parseReport, readMarkdown, type ParsedReport, type Section } from '../../src/index.js'
import { fixture } from '../fixture.js'

const repetitions = 100_000
const numRuns = Math.max(1, Math.floor(Number(process.env.FC_NUM_RUNS ?? 200) / 200))
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const settings = { numRuns, ...(seed === undefined ? {} : { seed }) }
/** Per-test limit for vitest only: a hang must end the run; no assertion depends on time. */
const timeout = 300_000

const codes = (report: ParsedReport, code: string) => report.diagnostics.filter((diagnostic) => diagnostic.code === code)

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section
    yield* walk(section.children)
  }
}

describe('100,000 repetitions of a heading marker', () => {
  test(
    'should read a line of bare markers as no heading at all',
    () => {
      fc.assert(
        fc.property(fc.constantFrom('一、', '十一、', '（一）', '(二)', '1、', '2.', '附件：'), (marker) => {
          const text = marker.repeat(repetitions)
          const report = parseReport(text)
          expect(report.source.length).toBe(text.length)
          expect(report.sections).toEqual([])
          expect(codes(report, 'section.none-found')).toHaveLength(1)
          expect(report.tables).toEqual([])
        }),
        settings,
      )
    },
    timeout,
  )

  test(
    'should make every one of 100,000 heading lines a top-level section at its own line',
    () => {
      fc.assert(
        fc.property(fc.constantFrom('一、', '（一）', '1.', '第一部分'), fc.constantFrom('\n', '\r\n'), (marker, lineEnd) => {
          const line = `${marker}总体情况`
          const text = `${line}${lineEnd}`.repeat(repetitions)
          const report = parseReport(text)
          expect(report.sections).toHaveLength(repetitions)
          report.sections.forEach((section, index) => {
            expect(section.level).toBe(1)
            expect(section.title).toBe('总体情况')
            expect(section.children).toEqual([])
            expect(section.position.start.line).toBe(index + 1)
            expect(section.position.start.offset).toBe(index * (line.length + lineEnd.length))
          })
          // Every heading after the first repeats the number of the one before it.
          expect(codes(report, 'section.numbering-repeated')).toHaveLength(repetitions - 1)
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('a run of 100,000 digits', () => {
  test(
    'should be no heading and give no value as the whole input',
    () => {
      fc.assert(
        fc.property(fc.constantFrom('1', '9', '０', '1 '), (digit) => {
          const report = parseReport(digit.repeat(repetitions))
          expect(report.sections).toEqual([])
          expect(report.generation).toBe('unrecognized')
          // The run-on-rows reader may see a lone value row; no template may take a number from it.
          expect(report.tables.every((table) => table.template === null)).toBe(true)
          expect(listCells(report)).toEqual([])
        }),
        settings,
      )
    },
    timeout,
  )

  test(
    'should leave a table cell that holds it blank, with a diagnostic, never a wrong number',
    () => {
      // zhangcun-2011 prints 一、主动公开信息数量 / 条 / 264 as one TAB cell per line; the other cells
      // of that group keep their values (6, 59, 132, 26, 2, 39).
      const text = fixture('zhangcun-2011.txt')
      const printed = '\t264\n'
      expect(text.split(printed)).toHaveLength(2)
      fc.assert(
        // 16 to 20 digits are past exact doubles: read as a number they would come out rounded.
        fc.property(fc.constantFrom('9', '1', '９'), fc.constantFrom(repetitions, 16, 17, 20), (digit, length) => {
          const report = parseReport(text.replace(printed, `\t${digit.repeat(length)}\n`))
          expect(report.generation).toBe('2008')
          const cells = new Map(listCells(report).map((cell) => [cell.path, cell.value]))
          expect(cells.get('statistics.active.total')).toBeNull()
          expect(cells.get('statistics.active.categories.work')).toBe(132)
          expect(codes(report, 'table.cell-unreadable').some((diagnostic) => diagnostic.path === 'statistics.active.total')).toBe(true)
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('100,000 repetitions of a table row', () => {
  test(
    'should give one grid of 100,000 rows and no heading inside it',
    () => {
      const rows = [
        { line: '规章\t0\t0\t12', cells: ['规章', '0', '0', '12'] },
        // A label that would be a heading anywhere else.
        { line: '一、总体情况\t1\t2', cells: ['一、总体情况', '1', '2'] },
        { line: '| （一）规章 | 0 | 12 |', cells: ['（一）规章', '0', '12'] },
      ]
      fc.assert(
        fc.property(fc.constantFrom(...rows), (row) => {
          const report = parseReport(`${row.line}\n`.repeat(repetitions))
          expect(report.tables).toHaveLength(1)
          const grid = report.tables[0]?.grid
          expect(grid?.rows).toHaveLength(repetitions)
          expect(grid?.lines).toEqual([0, repetitions - 1])
          for (const cells of grid?.rows ?? []) expect(cells.map((cell) => cell.text)).toEqual(row.cells)
          expect([...walk(report.sections)]).toEqual([])
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('100,000 rows of a Markdown pipe table', () => {
  test(
    'should give one table of 100,000 rows between the headings around it',
    () => {
      // Plain rows, read without remark-parse (docs/inputs.md, plain blocks); the same rows with
      // inline markup go through remark-parse as one paragraph, which micromark reads in time
      // growing with the square of its length (docs/performance.md).
      const rows = [
        { line: '| （一）规章 | 1\\.2 | 12 |', cells: ['（一）规章', '1.2', '12'], last: '12' },
        { line: '|规章\\|规范性文件|0|12|', cells: ['规章|规范性文件', '0', '12'], last: '12' },
      ]
      fc.assert(
        fc.property(fc.constantFrom(...rows), (row) => {
          const markdown = `## 二、主动公开政府信息情况\n\n| 指标 | 本年 | 累计 |\n| --- | --- | --- |\n${`${row.line}\n`.repeat(repetitions)}\n## 三、其他需要报告的事项\n`
          const report = parseReport(markdown, { format: 'markdown' })
          expect(report.tables).toHaveLength(1)
          const grid = report.tables[0]?.grid
          expect(grid?.rows).toHaveLength(repetitions + 1)
          expect(grid?.rows[0]?.map((cell) => cell.text)).toEqual(['指标', '本年', '累计'])
          for (const cells of grid?.rows.slice(1) ?? []) expect(cells.map((cell) => cell.text)).toEqual(row.cells)
          const last = grid?.rows[repetitions]?.[2]?.position
          expect(last && markdown.slice(last.start.offset, last.end.offset)).toBe(row.last)
          expect(last?.start.line).toBe(repetitions + 4)
          expect([...walk(report.sections)].map((section) => section.title)).toEqual(['主动公开政府信息情况', '其他需要报告的事项'])
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('100,000 lines of plain Markdown', () => {
  test(
    'should read every line, in one paragraph or in paragraphs of their own',
    () => {
      fc.assert(
        fc.property(fc.constantFrom('\n', '\n\n', '\r\n'), fc.constantFrom('本机关主动公开政府信息情况良好。', '第二段1\\.2万条'), (separator, line) => {
          const markdown = `${line}${separator}`.repeat(repetitions)
          const lines = readMarkdown(markdown, new DiagnosticList()).lines
          expect(lines).toHaveLength(repetitions)
          const printed = line.replace('\\', '')
          for (const read of lines) expect(read.text).toBe(printed)
          const last = lines[repetitions - 1]?.position
          expect(last?.start.offset).toBe((repetitions - 1) * (line.length + separator.length))
          expect(last?.end.offset).toBe(repetitions * (line.length + separator.length) - separator.length)
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('100,000 label-only rows in a report of the 2019 template', () => {
  test(
    'should read them as one grid that maps onto no table (the pending wrapped label stops growing)',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(['甲乙丙', '戊己庚'], ['说明', '备注'], ['（一）其他', '另行说明']), (cells) => {
          const text = `某县人民政府2020年政府信息公开工作年度报告\n${`${cells.join('\t')}\n`.repeat(repetitions)}`
          const report = parseReport(text)
          if (report.generation !== '2019' && report.generation !== '2021') throw new Error(`generation ${report.generation}`)
          expect(report.tables).toHaveLength(1)
          expect(report.tables[0]?.grid.rows).toHaveLength(repetitions)
          expect(report.tables[0]?.template).toBeNull()
          expect(report.requests).toBeNull()
          expect(listCells(report)).toEqual([])
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('100,000 nested brackets', () => {
  test(
    'should keep the headings around them and make none of the bracket line',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(['（', '）'], ['(', ')'], ['[', ']'], ['【', '】'], ['《', '》'], ['[bookmark: ', ']']), fc.boolean(), ([open, close], closed) => {
          const brackets = `${open.repeat(repetitions)}政府信息${closed ? close.repeat(repetitions) : ''}`
          const text = `一、总体情况\n${brackets}\n二、主动公开政府信息情况\n`
          const report = parseReport(text)
          expect(report.sections.map((section) => [section.numbering, section.title, section.position.start.line])).toEqual([
            ['一、', '总体情况', 1],
            ['二、', '主动公开政府信息情况', 3],
          ])
          expect(report.source.length).toBe(text.length)
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('a line of 100,000 white-space characters', () => {
  test(
    'should be a blank line between two headings',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(' ', '\u00a0', '\u3000', '\t'), (space) => {
          const report = parseReport(`一、总体情况\n${space.repeat(repetitions)}\n二、主动公开政府信息情况\n`)
          expect(report.sections.map((section) => section.title)).toEqual(['总体情况', '主动公开政府信息情况'])
          expect(report.tables).toEqual([])
        }),
        settings,
      )
    },
    timeout,
  )
})

describe('an HTML table whose spans push every row further right', () => {
  test(
    'should build a grid no wider than 500 columns, and say the rest was left out',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 600, max: 2000 }), fc.integer({ min: 1, max: 100 }), (rows, colspan) => {
          // Each row's cell spans every row after it: without a bound the grid grows with rows × rows × colspan.
          const page = `<html><body><div id="zoom"><p>一、总体情况</p><table>${`<tr><td rowspan="${rows}" colspan="${colspan}">x</td><td>1</td></tr>`.repeat(rows)}</table></div></body></html>`
          const report = parseReport(page, { format: 'html' })
          const widths = report.tables.flatMap((table) => table.grid.rows.map((row) => row.length))
          expect(Math.max(...widths)).toBeLessThanOrEqual(500)
          expect(widths.length).toBe(rows)
          expect(codes(report, 'read.table-too-wide')).toHaveLength(1)
        }),
        settings,
      )
    },
    timeout,
  )
})
