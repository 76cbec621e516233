import type { ExpectedNumber, ExpectedValues } from './load-manifest.js'
import { parseExpectedNumber } from './parse-expected-number.js'
import { requestColumnKey, requestRowKey } from './request-row-key.js'
import { statisticsKey } from './statistics-key.js'

/** One value a correct parse must produce at a cell path (data-model.md). */
export interface ExpectedCell {
  path: string
  /** The number, or null for a blank cell (a parsed 0 there is wrong). */
  expected: number | null
  /** Where in the manifest it comes from, for messages (`table3.new_received.total`). */
  from: string
}

/** The expected cells of one manifest entry, and the manifest values that could not be mapped. */
export interface ExpectedCells {
  cells: ExpectedCell[]
  /** Manifest values the eval cannot turn into a path and number: reported, never scored. */
  problems: string[]
}

const table3Rows: Readonly<Record<string, string>> = {
  new_received: 'newReceived',
  carried_over: 'carriedOver',
  granted: 'granted',
  total_processed: 'totalProcessed',
  carried_forward: 'carriedForward',
}
const table3Columns: Readonly<Record<string, string>> = { total: 'total', natural_person: 'naturalPerson' }
const table4Groups: Readonly<Record<string, string>> = {
  review_total: 'review.total',
  litigation_direct_total: 'litigationDirect.total',
  litigation_after_review_total: 'litigationAfterReview.total',
}
/** Table 2 row names of the manifests and the data-model rows. // templates.md §5.2, §6.2 */
const table2Rows: Readonly<Record<string, string>> = { regulations: 'regulations', normative_documents: 'normativeDocuments', procurement: 'procurement' }
/** Table 2 column names: G3 (`new_made` …, `count`, `amount`) and G4 (`made`, `repealed`, `valid`). */
const table2Columns: Readonly<Record<string, string>> = {
  new_made: 'newlyMade',
  new_published: 'newlyPublished',
  total_published: 'totalPublished',
  made: 'issued',
  repealed: 'repealed',
  valid: 'inForce',
  count: 'projects',
  amount: 'amount',
}
/** G4 table-2 values the manifests keep at the top level. */
const table2Singles: Readonly<Record<string, string>> = {
  licensing_decisions: 'licensing.decisions',
  punishment_decisions: 'punishment.decisions',
  coercion_decisions: 'coercion.decisions',
  fees_wan_yuan: 'fees.amount',
}

/**
 * Turns a manifest's `expected` numbers into cell paths: `table3` and `table3_all_rows` →
 * `requests.<row>.<column>`, `table4` → `reviewLitigation.<group>.total`, `table2` →
 * `activeDisclosure.<row>.<column>`, G1/G2 `cells` → `statistics.<key>` and
 * `statistics.cumulative.<key>`. A path given twice is kept once; a disagreement is a problem.
 */
export function expectedCells(expected: ExpectedValues): ExpectedCells {
  const byPath = new Map<string, ExpectedCell>()
  const problems: string[] = []
  const add = (path: string, value: ExpectedNumber | undefined, from: string) => {
    const number = parseExpectedNumber(value)
    if (number === undefined) {
      problems.push(`${from}: cannot read ${JSON.stringify(value)} as a number`)
      return
    }
    const earlier = byPath.get(path)
    if (earlier === undefined) byPath.set(path, { path, expected: number, from })
    else if (earlier.expected !== number) problems.push(`${from} (${number}) disagrees with ${earlier.from} (${earlier.expected}) on ${path}`)
  }

  for (const [row, columns] of Object.entries(expected.table3 ?? {})) {
    const rowKey = table3Rows[row]
    for (const [column, value] of Object.entries(columns)) {
      const columnKey = table3Columns[column]
      if (rowKey && columnKey) add(`requests.${rowKey}.${columnKey}`, value, `table3.${row}.${column}`)
      else problems.push(`table3.${row}.${column}: no cell path for it`)
    }
  }

  const allRows = expected.table3_all_rows
  if (allRows) {
    const columnKeys = allRows.columns.map(requestColumnKey)
    allRows.columns.forEach((column, index) => {
      if (columnKeys[index] === null) problems.push(`table3_all_rows: unknown column “${column}”`)
    })
    for (const row of allRows.rows) {
      const rowKey = requestRowKey(row.label)
      if (rowKey === null) {
        problems.push(`table3_all_rows: unknown row “${row.label}”`)
        continue
      }
      row.values.forEach((value, index) => {
        const columnKey = columnKeys[index]
        if (columnKey) add(`requests.${rowKey}.${columnKey}`, value, `table3_all_rows “${row.label}” × ${allRows.columns[index]}`)
      })
    }
  }

  for (const [group, value] of Object.entries(expected.table4 ?? {})) {
    const key = table4Groups[group]
    if (key) add(`reviewLitigation.${key}`, value, `table4.${group}`)
    else problems.push(`table4.${group}: no cell path for it`)
  }

  for (const [name, value] of Object.entries(expected.table2 ?? {})) {
    const single = table2Singles[name]
    const row = table2Rows[name]
    if (single !== undefined && (typeof value !== 'object' || value === null)) {
      add(`activeDisclosure.${single}`, value, `table2.${name}`)
    } else if (row !== undefined && typeof value === 'object' && value !== null) {
      for (const [column, cell] of Object.entries(value)) {
        const columnKey = table2Columns[column]
        if (columnKey) add(`activeDisclosure.${row}.${columnKey}`, cell, `table2.${name}.${column}`)
        else problems.push(`table2.${name}.${column}: no cell path for it`)
      }
    } else {
      problems.push(`table2.${name}: no cell path for it`)
    }
  }

  for (const [label, values] of Object.entries(expected.cells ?? {})) {
    const key = statisticsKey(label)
    if (key === null) {
      problems.push(`cells “${label}”: no statistics key for this label`)
      continue
    }
    if ('this_year' in values) add(`statistics.${key}`, values.this_year, `cells “${label}”.this_year`)
    if ('cumulative' in values) add(`statistics.cumulative.${key}`, values.cumulative, `cells “${label}”.cumulative`)
  }

  return { cells: [...byPath.values()], problems }
}
