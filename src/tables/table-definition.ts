/** Kind of value a template column holds (templates.md §2 "Numbers"). */
export type ValueKind = 'count' | 'signed' | 'money'

/** A column of a template table. */
export interface ColumnDefinition {
  /** Last segment of the cell path: `naturalPerson`, `upheld`, `newlyMade`. */
  key: string
  /** Printed header labels that name this column (first = official). */
  labels: readonly string[]
  kind: ValueKind
  /** Unit the template states for money columns (`万元`); values in another unit are converted. */
  unit?: string
}

/** A data row of a template table. */
export interface RowDefinition {
  /** Path of the row inside the table: `newReceived`, `denied.thirdParty`. */
  key: string
  /** Printed labels, without numbering (first = official): `保护第三方合法权益`. */
  labels: readonly string[]
  /** The row's own columns when they differ from the table's (table 2 blocks). */
  columns?: readonly ColumnDefinition[]
}

/**
 * A row sum the table must satisfy, used to choose among the splits of a flattened row of digits
 * (templates.md §2, §7): `sum(parts) = total`, as column keys of one row.
 */
export interface RowSum {
  total: string
  parts: readonly string[]
}

/**
 * A relation between rows that holds in every column (templates.md §7.1 T3-1, T3-2):
 * `sum(left rows) = sum(right rows)`. Used to choose among the splits of ambiguous flattened rows.
 */
export interface ColumnSum {
  left: readonly string[]
  right: readonly string[]
}

/**
 * A template table as data (templates.md §5.2–§5.4, §6.2–§6.4). Provided by `templates/`, used by
 * the table mapper, which knows nothing about generations.
 */
export interface TableDefinition {
  /** `g3.table3`, `g4.table2`. */
  id: string
  /** Root of the cell paths: `requests`, `reviewLitigation`, `activeDisclosure`. */
  path: string
  /**
   * `rows`: one printed row per data row, columns across. `single-row`: every value on one printed
   * row, row after row (table 4: 15 cells = 3 groups × 5 columns).
   */
  layout: 'rows' | 'single-row'
  rows: readonly RowDefinition[]
  columns: readonly ColumnDefinition[]
  /** Labels that identify the table (header words, group labels); used to find it. */
  cues: readonly string[]
  /** Group labels printed in the table that carry no values (`（三）不予公开`, `三、本年度办理结果`). */
  groupLabels: readonly string[]
  /** Sums within a row that hold for every row (table 3: 总计 = the six applicant columns). */
  rowSums: readonly RowSum[]
  /** Sums across rows that hold in every column (table 3: T3-1, T3-2). */
  columnSums: readonly ColumnSum[]
}

/** The columns of a row: its own or the table's. */
export function rowColumns(table: TableDefinition, row: RowDefinition): readonly ColumnDefinition[] {
  return row.columns ?? table.columns
}
