import { countSplits, type NumberKind } from '../count-splits.js'
import type { PrintedRow, PrintedTable } from '../printed-table.js'
import type { ReportData } from '../report-data.js'
import { printedTables } from '../printed-table.js'
import type { ReportRenderer } from './report-renderer.js'
import { formatValue } from './report-renderer.js'

const digits = (row: PrintedRow) => row.values.map((value) => (value === null ? '' : formatValue(value))).join('')
const rowText = (row: PrintedRow) => `${row.labels.join('')}${digits(row)}`
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** Table 2 value kinds by column header (templates.md §7.3 T2-1). */
const table2Kind = (header: string): NumberKind => (header === '本年增/减' ? 'signed' : header.startsWith('采购总金额') || header.startsWith('本年收费金额') ? 'amount' : 'count')

/**
 * Whether every data row of a table splits back into its numbers in exactly one way, given the
 * relations that hold within the row: table 3 总计 = the six columns (T3-3); table 4 each 总计 =
 * its four (T4-1..3); table 2 rows have no such relation, so only their number shapes decide.
 */
export function splitsUniquely(table: PrintedTable): boolean {
  let header: string[] = []
  return table.rows.every((row) => {
    if (row.kind === 'header') header = row.labels.slice(table.labelWidth)
    if (row.kind !== 'data') return true
    if (row.values.some((value) => value === null)) return false
    if (table.name === 'table3') return countSplits(digits(row), Array(7).fill('count'), (values) => values[6] === sum(values.slice(0, 6))) === 1
    if (table.name === 'table4') {
      return countSplits(digits(row), Array(15).fill('count'), (values) => [0, 5, 10].every((start) => values[start + 4] === sum(values.slice(start, start + 4)))) === 1
    }
    return countSplits(digits(row), header.map(table2Kind)) === 1
  })
}

/** Whether data prints no blank and every row of its tables splits in one way only. */
const acceptsFlattened = (data: ReportData): boolean =>
  Object.values(data.cells).every((value) => value !== null) && Object.values(printedTables(data)).every((table) => table === undefined || splitsUniquely(table))

/**
 * Each row on one line with its label and numbers run together, as HTML→text flattening leaves
 * them (templates.md §2): `行政许可396442278` is 396 | 442 | 278. Takes only data whose rows split
 * back uniquely; rows that do not are `table.row-split-ambiguous` by design.
 */
export const flattenedRows: ReportRenderer = {
  name: 'flattened-rows',
  description: 'one row a line, label and numbers run together (`行政许可396442278`)',
  generations: ['2019', '2021'],
  accepts: acceptsFlattened,
  renderTable: (table) => table.rows.map(rowText),
}

/**
 * A whole table on one line, labels and numbers run together, as in the Pingtan page.txt files:
 * `…（一）予以公开220000022（二）部分公开…`.
 */
export const flattenedPage: ReportRenderer = {
  name: 'flattened-page',
  description: 'the whole table on one line, labels and numbers run together (Pingtan page.txt)',
  generations: ['2019', '2021'],
  accepts: acceptsFlattened,
  renderTable: (table) => [table.rows.map(rowText).join('')],
}
