import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

/**
 * One row a line, cells separated by TAB, merged cells left empty: the grid a .docx or OCR export
 * gives (seed chongwen-2020). Blanks are empty cells.
 *
 *     三、本年度办理结果\t（一）予以公开\t\t22\t0\t0\t0\t0\t0\t22
 */
export const tabGrid: ReportRenderer = {
  name: 'tab-grid',
  description: 'TAB-separated grid, one row a line (chongwen-2020)',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: (table) => table.rows.map((row) => [...row.labels, ...row.values.map((value) => (value === null ? '' : formatValue(value)))].join('\t')),
}
