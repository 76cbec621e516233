import type { PrintedRow, PrintedTable } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
const cellText = (row: PrintedRow, column: number) =>
  column < row.labels.length ? (row.labels[column] ?? '') : ((value) => (value === null || value === undefined ? '' : formatValue(value)))(row.values[column - row.labels.length])

/**
 * Cells with their spans, as the official template merges them (templates.md §5.3, §5.4): a label
 * spans the empty cells to its right and the empty cells below it, within header rows or within
 * the label columns of data rows (there only while the cells to its left are empty too). Values never span;
 * a short row's last cell spans to the table's width (table 2's one-value blocks, colspan 3).
 */
function spannedRows(table: PrintedTable): { text: string; colspan: number; rowspan: number }[][] {
  const widths = table.rows.map((row) => row.labels.length + row.values.length)
  const width = Math.max(...widths)
  const taken = table.rows.map((_, index) => Array<boolean>(widths[index] ?? 0).fill(false))
  const spans = (row: number) => (table.rows[row]?.kind === 'header' ? (widths[row] ?? 0) : table.rows[row]?.kind === 'data' ? table.labelWidth : 0)
  return table.rows.map((row, r) => {
    const cells: { text: string; colspan: number; rowspan: number }[] = []
    const rowWidth = widths[r] ?? 0
    for (let c = 0; c < rowWidth; c++) {
      if (taken[r]?.[c]) continue
      const text = cellText(row, c)
      let colspan = 1
      let rowspan = 1
      if (text !== '' && c < spans(r)) {
        while (c + colspan < spans(r) && cellText(row, c + colspan) === '' && !taken[r]?.[c + colspan]) colspan++
        for (let below = r + 1; below < table.rows.length && table.rows[below]?.kind === row.kind && c + colspan <= spans(below); below++) {
          const under = table.rows[below] as PrintedRow
          const free = (column: number) => cellText(under, column) === ''
          const spanned = Array.from({ length: colspan }, (_, offset) => c + offset)
          if (!spanned.every((column) => free(column) && !taken[below]?.[column])) break
          // In the label columns of data rows a label also stops where a label starts to its left
          // (（七）总计 never runs into 四、结转下年度继续办理).
          if (row.kind === 'data' && !Array.from({ length: c }, (_, column) => column).every((column) => free(column) || taken[below]?.[column])) break
          rowspan++
        }
        for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) if (taken[r + dr]) (taken[r + dr] as boolean[])[c + dc] = true
      }
      if (c + colspan === rowWidth && rowWidth < width && rowspan === 1) colspan += width - rowWidth
      cells.push({ text, colspan, rowspan })
    }
    return cells
  })
}

function htmlTable(table: PrintedTable): string[] {
  const attribute = (name: string, value: number) => (value > 1 ? ` ${name}="${value}"` : '')
  return [
    '<table border="1" cellspacing="0">',
    '<tbody>',
    ...spannedRows(table).map((cells) => `<tr>${cells.map((cell) => `<td${attribute('colspan', cell.colspan)}${attribute('rowspan', cell.rowspan)}>${cell.text === '' ? '&nbsp;' : escape(cell.text)}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ]
}

/**
 * A government web page: the report in a TRS CMS article container (`.TRS_Editor`), headings and paragraphs as `<p>`,
 * tables with the template's merged cells (rowspan/colspan) and `&nbsp;` in blank cells.
 */
export const html: ReportRenderer = {
  name: 'html',
  description: 'an HTML page with the template tables as <table> with rowspan/colspan and &nbsp; blanks',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: htmlTable,
  renderDocument: (parts) => {
    const title = parts.find((part) => part.kind === 'title')
    const body = parts.map((part) =>
      part.kind === 'table' ? htmlTable(part.table).join('\n') : part.kind === 'title' ? `<h1>${escape(part.text)}</h1>` : part.kind === 'heading' ? `<p><strong>${escape(part.text)}</strong></p>` : `<p>${escape(part.text)}</p>`,
    )
    return [
      '<!DOCTYPE html>',
      '<html lang="zh-CN">',
      `<head><meta charset="utf-8"><title>${escape(title?.kind === 'title' ? title.text : '')}</title></head>`,
      '<body>',
      '<div class="TRS_Editor">',
      ...body,
      '</div>',
      '</body>',
      '</html>',
      '',
    ].join('\n')
  },
}
