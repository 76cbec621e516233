import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { CellValue } from '../model/cell.js'
import { missingValue } from './mapping/cell-value.js'
import type { TemplateTableMapping } from './mapping/map-template-table.js'
import { mappedCell, rowSlots } from './mapping/row-slots.js'
import { rowColumns, type TableDefinition } from './table-definition.js'

/** The nested object of one template table: `{ denied: { thirdParty: { naturalPerson: CellValue … } } }`. */
export type AssembledTable = { [key: string]: AssembledTable | CellValue }

/**
 * Builds the typed table object of a template table from the grids that hold it: every template
 * row and column is present (null when the report does not give it), rows found in several grids
 * keep the first. Reports rows not found, and a table whose every value is blank.
 */
export function assembleTemplateTable(definition: TableDefinition, mappings: readonly TemplateTableMapping[], diagnostics: DiagnosticList): { table: AssembledTable; blank: boolean } {
  const table: AssembledTable = {}
  const missing: string[] = []
  let blank = true
  const via = mappings[0]?.grid.via ?? []
  const { byKey, plain } = rowSlots(definition)
  for (const row of definition.rows) {
    const slot = byKey.get(row.key) as number
    // The first mapping that found the row.
    let mapping: TemplateTableMapping | undefined
    let found: readonly CellValue[] | undefined
    for (let m = 0; m < mappings.length && !found; m++) {
      mapping = mappings[m] as TemplateTableMapping
      found = mapping.cells[slot]
    }
    if (!found) missing.push(row.key)
    const cells: AssembledTable = {}
    const columns = rowColumns(definition, row)
    for (let index = 0; index < columns.length; index++) {
      // A plain definition keeps a row's cells in its column order; any other is looked up by key.
      const column = columns[index] as (typeof columns)[number]
      const cell: CellValue = (found && (plain ? found[index] : mappedCell(mapping as TemplateTableMapping, row.key, column.key))) ?? missingValue(via)
      if (cell.value !== null || cell.raw.trim() !== '') blank = false
      cells[column.key] = cell
    }
    setPath(table, row.key, cells)
  }
  const position = mappings[0]?.grid.position
  if (missing.length > 0 && missing.length < definition.rows.length) {
    diagnostics.add('table.row-missing', 'tables', `${definition.path}: row(s) ${missing.join(', ')} not found; their values are null.`, { position, path: definition.path })
  }
  return { table, blank }
}

/** A row key's parts (`denied.thirdParty` → `denied`, `thirdParty`): template keys, split once each. */
const keyParts = new Map<string, readonly string[]>()

function setPath(target: AssembledTable, path: string, value: AssembledTable): void {
  let keys = keyParts.get(path)
  if (!keys) {
    keys = path.split('.')
    // Row keys come from the template definitions, a few hundred in all; bounded all the same.
    if (keyParts.size >= 10_000) keyParts.clear()
    keyParts.set(path, keys)
  }
  let node = target
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as string
    const next = node[key]
    if (next && !('via' in next)) node = next as AssembledTable
    else {
      const created: AssembledTable = {}
      node[key] = created
      node = created
    }
  }
  node[keys[keys.length - 1] ?? path] = value
}

/**
 * The typed tables of a template (by `definition.path`: `activeDisclosure`, `requests`,
 * `reviewLitigation`), null for a table not found. Reports tables not found and — once — when
 * every table found has only blank values (chongwen-2020).
 */
export function assembleTemplateTables(
  definitions: readonly TableDefinition[],
  found: ReadonlyMap<string, readonly TemplateTableMapping[]>,
  diagnostics: DiagnosticList,
): Record<string, AssembledTable | null> {
  const tables: Record<string, AssembledTable | null> = {}
  const blank: string[] = []
  let present = 0
  for (const definition of definitions) {
    const mappings = found.get(definition.id)
    if (!mappings || mappings.length === 0) {
      tables[definition.path] = null
      diagnostics.add('table.not-found', 'tables', `The template table ${definition.id} (${definition.path}) was not found.`, { path: definition.path })
      continue
    }
    present++
    const assembled = assembleTemplateTable(definition, mappings, diagnostics)
    tables[definition.path] = assembled.table
    if (assembled.blank) blank.push(definition.id)
  }
  if (blank.length > 0) {
    const all = blank.length === present
    diagnostics.add('table.all-blank', 'tables', `${all && present > 1 ? 'Every table' : `Table${blank.length > 1 ? 's' : ''} ${blank.join(', ')}`} found${all && present > 1 ? ` (${blank.join(', ')})` : ''} left every value cell blank: all values are null, not 0.`)
  }
  return tables
}
