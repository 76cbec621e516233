import type { PrintedTable } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

/**
 * A GFM table: the first printed row is the header row, every row padded to the widest, blanks
 * empty; merged cells are empty cells, as Word → Markdown converters write them.
 *
 *     | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
 *     | --- | --- | --- | --- |
 *     | 规章 | 0 | 0 | 12 |
 */
function markdownTable(table: PrintedTable): string[] {
  const rows = table.rows.map((row) => [...row.labels, ...row.values.map((value) => (value === null ? '' : formatValue(value)))])
  const width = Math.max(...rows.map((cells) => cells.length))
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`
  const [header = [], ...body] = rows
  return [line(header), line(Array<string>(width).fill('---')), ...body.map(line)]
}

/** A Markdown document: `#` title, `##` section headings, paragraphs, GFM tables. */
export const markdown: ReportRenderer = {
  name: 'markdown',
  description: 'Markdown: # title, ## headings, GFM tables (Word → Markdown conversions)',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: markdownTable,
  renderDocument: (parts) =>
    parts
      .map((part) => (part.kind === 'table' ? markdownTable(part.table).join('\n') : part.kind === 'title' ? `# ${part.text}` : part.kind === 'heading' ? `## ${part.text}` : part.text))
      .join('\n\n') + '\n',
}
