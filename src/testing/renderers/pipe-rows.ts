import type { PrintedTable } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`
const cells = (table: PrintedTable, index: number) => {
  const row = table.rows[index]
  return row ? [...row.labels, ...row.values.map((value) => (value === null ? '' : formatValue(value)))] : []
}

/**
 * Pipe-delimited rows without a separator line, as text tools and some mirrors write tables.
 *
 *     | 规章 | 0 | 0 | 12 |
 */
export const pipeRows: ReportRenderer = {
  name: 'pipe-rows',
  description: 'pipe-delimited rows `| a | b |`, no separator line',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: (table) => table.rows.map((_, index) => pipeRow(cells(table, index))),
}

/**
 * Pipe rows with a `|---|` line after the first row, as in Markdown (GFM) tables.
 *
 *     | 统计指标 | 单位 | 统计数 |
 *     | --- | --- | --- |
 */
export const pipeTable: ReportRenderer = {
  name: 'pipe-table',
  description: 'pipe rows with a `|---|` separator line after the first row (Markdown tables)',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: (table) => {
    const lines = table.rows.map((_, index) => pipeRow(cells(table, index)))
    const width = Math.max(...table.rows.map((_, index) => cells(table, index).length))
    lines.splice(1, 0, pipeRow(Array.from({ length: width }, () => '---')))
    return lines
  },
}
