import type { GridReader } from '../grid-reader.js'
import { alignedColumns } from './aligned-columns.js'
import { blockTable } from './block-table.js'
import { cellPerLine } from './cell-per-line.js'
import { pipeRows } from './pipe-rows.js'
import { runOnRows } from './run-on-rows.js'
import { tabCellPerLine } from './tab-cell-per-line.js'
import { tabSeparatedRows } from './tab-separated-rows.js'

export { alignedColumns, blockTable, cellPerLine, pipeRows, runOnRows, tabCellPerLine, tabSeparatedRows }

/**
 * The built-in grid readers, in the order they claim lines: tables the reader recognised first,
 * then the explicit text forms, then the forms that need more guessing.
 */
export const defaultGridReaders: readonly GridReader[] = Object.freeze([
  blockTable,
  tabCellPerLine,
  tabSeparatedRows,
  pipeRows,
  alignedColumns,
  cellPerLine,
  runOnRows,
])
