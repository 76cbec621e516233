import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

/**
 * Each cell on its own line behind a TAB, rows separated by an empty line; a blank cell is TAB +
 * NBSP (seed qidu-2017's statistics table, text from a .docx). Empty label cells are left out.
 *
 *     \t（二）从事政府信息公开工作人员数
 *     \t人
 *     \t2
 */
export const cellPerLine: ReportRenderer = {
  name: 'cell-per-line',
  description: 'one cell a line with a leading TAB, rows separated by an empty line (qidu-2017)',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: (table) =>
    table.rows.flatMap((row) => [
      // Indicator tables keep every cell (a group row's unit is a blank cell); merged label cells of table 3 vanish.
      ...row.labels.filter((label) => label !== '' || table.name === 'indicator').map((label) => `\t${label === '' ? '\u00a0' : label}`),
      ...row.values.map((value) => `\t${value === null ? '\u00a0' : formatValue(value)}`),
      '',
    ]),
}
