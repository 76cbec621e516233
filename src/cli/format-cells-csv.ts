import type { CellEntry } from '../index.js'

/** The header line of `parse --format cells`, printed once before the rows of every report. */
export const cellsCsvHeader = 'file,path,value,raw,line,column\n'

/**
 * One CSV row (RFC 4180 quoting, `\n` line ends) for each cell of a report, in `listCells` order.
 * A blank cell has an empty `value` and its printed `raw` (`—`, `/`, or nothing); a cell the
 * input lacks has empty `line` and `column` too.
 */
export function formatCellsCsv(name: string, entries: readonly CellEntry[]): string {
  return entries
    .map((entry) => [name, entry.path, entry.value ?? '', entry.raw, entry.line ?? '', entry.column ?? ''].map(csvField).join(',') + '\n')
    .join('')
}

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces. */
function csvField(value: string | number): string {
  const text = String(value)
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
