// A table broken over two pages (PDF and Word exports): a page number between two rows, with blank
// lines around it or the header printed again. The reading of the table must not change.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { listCells, parseReport, type Generation } from '../../src/index.js'
import { alignedText, cellPerLine, dataCells, pipeRows, renderReport, reportDataArbitrary, tabGrid, type ReportData, type ReportRenderer } from '../../src/testing/index.js'
import { settings } from './fc-settings.js'

/** What a page break leaves between two rows; `HEADER` stands for the table's header printed again. */
const breaks = ['- 3 -', '\n- 3 -\n', '第 3 页 共 5 页', '- 3 -\nHEADER', '\n- 3 -\n\nHEADER', 'HEADER'] as const

/**
 * The table the break goes into — the G1/G2 indicator table (after its caption), or G3/G4 table 3
 * (after its section heading) — as its header's lines and where each data row after the first starts.
 */
function tableOf(lines: readonly string[], renderer: ReportRenderer, generation: Generation): { header: string[]; rowStarts: number[] } | null {
  const modern = generation === '2019' || generation === '2021'
  const before = lines.findIndex((line) => (modern ? line.startsWith('三、收到和处理') : /^附表[:：]|统计表$/u.test(line.trim())))
  if (before < 0) return null
  let first = before + 1
  while (first < lines.length && lines[first] === '') first++
  // Table 3 ends at the next section's heading; the indicator table is the report's last part.
  let end = modern ? lines.findIndex((line) => line.startsWith('四、政府信息公开')) : lines.length
  if (end < 0) end = lines.length
  while (end > first && lines[end - 1] === '') end--
  // One cell a line: a row is the lines up to an empty one; any other form: a row a line.
  const oneCellALine = renderer === cellPerLine
  const rowStarts: number[] = []
  for (let index = first; index < end; index++) if (oneCellALine ? index === first || lines[index - 1] === '' : lines[index] !== '') rowStarts.push(index)
  // The header: the lines before the first data row (G3/G4: 本年新收…; G1/G2: the first row).
  const firstRow = modern ? rowStarts.findIndex((start, row) => lines.slice(start, rowStarts[row + 1] ?? end).some((line) => line.includes('本年新收'))) : 1
  if (firstRow < 1) return null
  const headerEnd = rowStarts[firstRow] as number
  return { header: lines.slice(first, headerEnd).filter((line, index, all) => !(oneCellALine && index === all.length - 1 && line === '')), rowStarts: rowStarts.slice(firstRow + 1) }
}

function withBreak(data: ReportData, renderer: ReportRenderer, pick: number, pageBreak: string): string | null {
  const lines = renderReport(data, renderer).split('\n')
  const table = tableOf(lines, renderer, data.generation)
  if (!table || table.rowStarts.length === 0) return null
  const at = table.rowStarts[pick % table.rowStarts.length] as number
  const inserted = pageBreak.replace('HEADER', table.header.join('\n') + (renderer === cellPerLine ? '\n' : ''))
  return [...lines.slice(0, at), ...inserted.split('\n'), ...lines.slice(at)].join('\n')
}

const renderers = [tabGrid, cellPerLine, alignedText, pipeRows]

describe.each(renderers.map((renderer) => [renderer.name, renderer] as const))('a table in %s broken over two pages', (_name, renderer) => {
  test.each(['2008', '2014', '2019', '2021'] as const)('should read a %s table as if unbroken', (generation: Generation) => {
    fc.assert(
      fc.property(reportDataArbitrary(generation, { maxCount: 999 }), fc.nat(), fc.constantFrom(...breaks), (data, pick, pageBreak) => {
        const text = withBreak(data, renderer, pick, pageBreak)
        fc.pre(text !== null)
        expect(dataCells(listCells(parseReport(text as string)))).toEqual(data.cells)
      }),
      settings,
    )
  })
})
