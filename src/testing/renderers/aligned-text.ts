import type { PrintedRow, PrintedTable } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

/** Display width: CJK and full-width characters take two columns. */
const width = (text: string) => [...text].reduce((sum, character) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1), 0)
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)))
const cellTexts = (row: PrintedRow) => [...row.labels, ...row.values.map((value) => (value === null ? '-' : formatValue(value)))]

/** Table 3 breaks its page before this row, as long tables do in PDFs (Pingtan 2019/2020). */
const pageBreakBefore = '1.本机关不掌握相关政府信息'

/**
 * Columns aligned with spaces, as text extracted from a PDF: a blank is `-`, and table 3 runs over
 * a page break with a page footer `— 3 —` and its group label `三、本年度办理结果` printed again
 * (templates.md §2).
 *
 *     规章          0     0     12
 */
export const alignedText: ReportRenderer = {
  name: 'aligned-text',
  description: 'space-aligned columns as extracted from a PDF, with a page footer and a repeated group label',
  generations: ['2008', '2014', '2019', '2021'],
  accepts: () => true,
  renderTable: (table: PrintedTable) => {
    // Table 3's header note (勾稽关系) wraps above the columns in a PDF: it gets a
    // line of their own and do not widen the label columns.
    const rows = table.rows.flatMap((row): PrintedRow[] => {
      const note = row.kind === 'header' && table.name === 'table3' ? row.labels.slice(0, table.labelWidth).join('') : ''
      if (note === '') return [row]
      return [
        { kind: 'caption', labels: [note], values: [] },
        { ...row, labels: row.labels.map((label, index) => (index < table.labelWidth ? '' : label)) },
      ]
    })
    const widths: number[] = []
    for (const row of rows) if (row.kind !== 'caption') cellTexts(row).forEach((text, index) => (widths[index] = Math.max(widths[index] ?? 0, width(text))))
    const lines: string[] = []
    for (const row of rows) {
      if (table.name === 'table3' && row.labels.includes(pageBreakBefore)) lines.push('', '— 3 —', '', '三、本年度办理结果')
      lines.push(
        cellTexts(row)
          .map((text, index) => pad(text, row.kind === 'caption' ? 0 : (widths[index] ?? 0)))
          .join('  ')
          .trimEnd(),
      )
    }
    return lines
  },
}
