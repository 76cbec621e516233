import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { CellValue } from '../../model/cell.js'
import type { GridCell } from '../../model/grid.js'
import type { ValueKind } from '../table-definition.js'
import { parseCellValue, plainCount } from './parse-cell-value.js'

/** How a mapped value came about, for its provenance. */
export interface ValueSource {
  via: readonly string[]
  /** The cell path, or how to build it (only a diagnostic needs it). */
  path: string | (() => string)
  kind: ValueKind
  confidence?: 'high' | 'low'
}

/**
 * The value of a grid cell for a template path: a number, or null for a blank cell and for text
 * that is not a number (reported as `table.cell-unreadable`, never turned into 0).
 */
export function cellValue(cell: GridCell | undefined, source: ValueSource, diagnostics: DiagnosticList): CellValue {
  const via = source.via.slice()
  const confidence = source.confidence ?? 'high'
  if (!cell) return { value: null, raw: '', position: null, via, confidence }
  // Most cells are plain counts: read without the reading object parseCellValue would make for them.
  const plain = plainCount(cell.text)
  if (plain >= 0) return { value: plain, raw: cell.text, position: cell.position, via, confidence }
  const reading = parseCellValue(cell.text, source.kind)
  if (reading.kind === 'number') {
    const value: CellValue = { value: reading.value, raw: cell.text, position: cell.position, via, confidence }
    if (reading.unit) value.unit = reading.unit
    return value
  }
  if (reading.kind === 'unreadable') {
    const path = typeof source.path === 'string' ? source.path : source.path()
    diagnostics.add('table.cell-unreadable', 'tables', `Cannot read ${JSON.stringify(cell.text)} as a number for ${path}; kept as null.`, {
      position: cell.position,
      path,
      actual: cell.text,
    })
  }
  return { value: null, raw: cell.text, position: cell.position, via, confidence }
}

/** An absent cell: the template has it, the input does not. */
export function missingValue(via: readonly string[]): CellValue {
  return { value: null, raw: '', position: null, via: [...via], confidence: 'high' }
}
