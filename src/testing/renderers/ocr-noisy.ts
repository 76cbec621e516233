import type { PrintedRow, PrintedTable } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { tabGrid } from './tab-grid.js'

/** Writes each header word of a row top to bottom, one character a row (a vertical header cell). */
function vertical(row: PrintedRow): PrintedRow[] {
  const height = Math.max(...row.labels.map((label) => [...label].length))
  return Array.from({ length: height }, (_, index) => ({ kind: 'header' as const, labels: row.labels.map((label) => [...label][index] ?? ''), values: [] }))
}

/** The OCR damage seen in chongwen-2020, applied to one table. */
function damage(table: PrintedTable): PrintedTable {
  if (table.name === 'table4') {
    // 结果维持 → 结/果/维/持 down one column, for the five 行政复议 headers and the ten 行政诉讼
    // ones below 未经复议直接起诉 / 复议后起诉, which keep a row of their own.
    const [groups, first, second, ...rest] = table.rows
    if (!groups || !first || !second) return table
    const upper: PrintedRow = { ...first, labels: first.labels.map((label, index) => (index < 5 ? '' : label)) }
    const words: PrintedRow = { ...first, labels: first.labels.map((label, index) => (index < 5 ? label : (second.labels[index] ?? ''))) }
    return { ...table, rows: [groups, upper, ...vertical(words), ...rest] }
  }
  if (table.name !== 'table3') return table
  let groupRow = 0
  const group = ['三、本', '年', '度', '办理结果']
  return {
    ...table,
    rows: table.rows.map((row) => {
      if (row.kind === 'header') return { ...row, labels: row.labels.map((label) => label.replace('科研', '科 研 ').replace('社会公益', '社 会 公 益 ').replace('法律服务', '法律服务 ')) }
      const [first = '', second = '', third = ''] = row.labels
      // 本 read as 才 + 卜, split over two cells.
      if (first.startsWith('一、本')) return { ...row, labels: ['一、才', `卜${first.slice(3, 7)}`, first.slice(7) + second + third] }
      if (first === '三、本年度办理结果' || (first === '' && groupRow > 0 && groupRow < group.length)) {
        const labels = [group[groupRow] ?? '', second, third]
        groupRow++
        return { ...row, labels }
      }
      return row
    }),
  }
}

/**
 * A TAB grid with OCR damage (seed chongwen-2020): a glyph split in two (本 → 才 + 卜), letters
 * spaced out inside header words (`科 研 机构`), the table 4 header written vertically, and the
 * group label 三、本年度办理结果 spread down its column. Values are not damaged.
 */
export const ocrNoisy: ReportRenderer = {
  name: 'ocr-noisy',
  description: 'TAB grid with OCR damage: split glyphs, spaced letters, vertical header words (chongwen-2020)',
  generations: ['2019', '2021'],
  accepts: () => true,
  renderTable: (table) => tabGrid.renderTable(damage(table)),
}
