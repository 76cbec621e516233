import { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { CellValue } from '../../model/cell.js'
import type { Grid, GridCell } from '../../model/grid.js'
import type { Position } from '../../model/position.js'
import { LabelChain } from '../labels/label-chain.js'
import { isAsciiDigits, LabelIndex } from '../labels/label-index.js'
import { normalizeLabel, type NormalizedLabel } from '../labels/normalize-label.js'
import { resolveByColumnSums, type AmbiguousRow } from '../recoverers/resolve-by-column-sums.js'
import { splitDigits, sumsForColumns, type DigitSplit } from '../recoverers/split-digits.js'
import { rowColumns, type ColumnDefinition, type RowDefinition, type TableDefinition } from '../table-definition.js'
import { cellValue, type ValueSource } from './cell-value.js'
import { convertMoney } from './convert-money.js'
import { GridMemo, headerCells, type RowShape, joinedLabels, labelText, solidLabelLength, valueRegion, type HeaderCell, type ValueRegion } from './grid-memo.js'
import { placeColumns } from './place-columns.js'
import { partPositions } from './part-positions.js'
import { rowSlots, type MappedRows } from './row-slots.js'
import { singleRowFitKey, type SingleRowFit } from './single-row-fit.js'
import { digitRun, digitText, isValueCell } from './value-cell.js'

/**
 * A template table read off one grid: its cells by row slot and column (arrays, not maps by key:
 * a table holds dozens of rows; `mappedCell` finds one by key).
 */
export interface TemplateTableMapping extends MappedRows {
  grid: Grid
  /** How many template rows were found (slots with cells). */
  found: number
  /** Rows and header columns the grid matched: how well it fits the template. */
  fit: number
}

const splitName = 'split-flattened-row'
/** A template row as the row index holds it: with its slot, so a row found is placed with no lookup. */
interface SlottedRow {
  row: RowDefinition
  /** See `rowSlots`: the index of the first template row with the row's key. */
  slot: number
}

const indexCache = new WeakMap<TableDefinition, { rows: LabelIndex<SlottedRow>; groups: LabelIndex<string>; columns: LabelIndex<ColumnDefinition> }>()

function indexes(definition: TableDefinition) {
  let cached = indexCache.get(definition)
  if (!cached) {
    const columns = new Map<string, ColumnDefinition>()
    for (const column of definition.columns) columns.set(column.key, column)
    for (const row of definition.rows) for (const column of row.columns ?? []) columns.set(column.key, column)
    cached = {
      rows: new LabelIndex(definition.rows.map((row) => ({ labels: row.labels, value: { row, slot: rowSlots(definition).byKey.get(row.key) as number } }))),
      groups: new LabelIndex(definition.groupLabels.map((label) => ({ labels: [label], value: label }))),
      columns: new LabelIndex([...columns.values()].map((column) => ({ labels: column.labels, value: column }))),
    }
    indexCache.set(definition, cached)
  }
  return cached
}

/**
 * Reads a template table (G3/G4 tables 2, 3, 4) off a grid: finds header rows and the column each
 * header names (vertical words and OCR-shifted headers are placed by the template's column order),
 * matches row labels through the label index (a label wrapped over two rows is joined, the tail of
 * one is skipped), and reads each row's values by header column or, without a header, in order.
 * Run-together digits are split with the row sums. Returns undefined when the grid is not this table.
 * With `fitOnly`, no value is read: the mapping says whether the grid is this table and how well it
 * fits (the same `fit`), at a fraction of the cost — for a generation the tables only compete for;
 * its `cells` then hold each matched row (table 4: none), all with one shared empty list of cells.
 */
export function mapTemplateTable(grid: Grid, definition: TableDefinition, diagnostics: DiagnosticList, memo: GridMemo = new GridMemo(), fitOnly = false): TemplateTableMapping | undefined {
  // Diagnostics count only when the grid turns out to be this table.
  const scratch = new DiagnosticList()
  const mapping = definition.layout === 'single-row' ? mapSingleRow(grid, definition, scratch, memo, fitOnly) : mapRows(grid, definition, scratch, memo, fitOnly)
  if (mapping) diagnostics.items.push(...scratch.items)
  return mapping
}

/**
 * Characters (not white space) of pending label text past which no normalised join can match a
 * template label: normalisation at most halves a text (NFKC composition, OCR repairs) and drops a
 * numbering marker; template labels are far shorter than a thousand characters.
 */
const hopelessPendingLength = 2000

/** The columns of a row that names none (shared, never changed). */
const noColumns: ReadonlyMap<string, number> = new Map()

/**
 * A matched row's cells in a mapping made for its fit only: one empty list for every row (never
 * changed; such a mapping is read for its fit, never for values).
 */
const noCells: readonly CellValue[] = []

/** The one unmatched row the label names exactly, else the longest one it ends with. */
function exactOrSuffix(rowIndex: LabelIndex<SlottedRow>, label: NormalizedLabel, unmatched: (candidate: SlottedRow) => boolean): SlottedRow | undefined {
  const candidates = rowIndex.exact(label)
  let exact: SlottedRow | undefined
  let hits = 0
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as SlottedRow
    if (!unmatched(candidate)) continue
    exact = candidate
    hits++
  }
  if (hits === 1 && exact) return exact
  return rowIndex.suffix(label, unmatched)
}

/**
 * Labels of label-only rows not matched yet: the first half of a wrapped label. Once it holds more
 * text than any template label could match (prefix and fuzzy matches allow a few characters, a
 * prefix at most 1/0.6 of the label), no join with it matches again until it is cleared: it is then
 * only marked, not grown, so a long run of label-only rows stays linear. The pending text is the
 * labels of every labelled row appended since the last clear (a labelled row that is not appended
 * clears it; a row without a label adds nothing), kept as a label chain: joined with the next row
 * by one step, found by that row's text, whichever definition asks.
 */
class PendingLabel {
  /** The labels pending, run together; undefined when nothing is pending. */
  chain: LabelChain | undefined = undefined
  /** Characters of the pending text that are not white space. */
  solid = 0
  /** Grown past anything a template label could match: marked, no longer grown, until cleared. */
  hopeless = false
  /** The pending chain extended by the labels of row {@link #triedRow}: its {@link joined} label. */
  #tried: LabelChain | undefined = undefined
  #triedRow = -1

  clear(): void {
    this.chain = undefined
    this.#tried = undefined
    this.solid = 0
    this.hopeless = false
  }

  /** Appends row `rowNumber`'s labels, unless the pending text is hopeless already. */
  append(rowNumber: number, shape: RowShape): void {
    if (this.hopeless) return
    if (this.chain === undefined) this.chain = LabelChain.start(labelText(shape))
    else this.chain = this.#triedRow === rowNumber && this.#tried ? this.#tried : this.chain.extend(labelText(shape))
    this.#tried = undefined
    this.solid += solidLabelLength(shape)
    if (this.solid > hopelessPendingLength) {
      this.chain = undefined
      this.hopeless = true
    }
  }

  /** The pending labels and row `rowNumber`'s run together, normalised; the row's own when nothing is pending. */
  joined(shape: RowShape, rowNumber: number): NormalizedLabel {
    if (this.chain === undefined) return joinedLabels(shape)
    this.#tried = this.chain.extend(labelText(shape))
    this.#triedRow = rowNumber
    return this.#tried.label
  }
}

function mapRows(grid: Grid, definition: TableDefinition, diagnostics: DiagnosticList, memo: GridMemo, fitOnly: boolean): TemplateTableMapping | undefined {
  const { rows: rowIndex, groups, columns: columnIndex } = indexes(definition)
  const cells: (readonly CellValue[] | undefined)[] = new Array(definition.rows.length)
  const matched: (RowDefinition | undefined)[] = new Array(definition.rows.length)
  let foundRows = 0
  // Made by the first row of run-together digits with several splits (rare).
  let ambiguous: Map<string, AmbiguousRow> | undefined
  // Made by the first header row: many grids tried have none.
  let header: Map<string, number> | undefined
  /** Columns a header cell named (placed columns are only inferred from their neighbours). */
  let named: Set<string> | undefined
  let fit = 0
  const pending = new PendingLabel()
  // Whether the header places a row's columns out of the template's order, by row columns (most
  // rows of a table share one list): asked once for each until the header changes.
  let order: Map<readonly ColumnDefinition[], boolean> | undefined
  const outOfOrder = (columns: readonly ColumnDefinition[]): boolean => {
    if (header === undefined || header.size < 2) return false
    order ??= new Map()
    let known = order.get(columns)
    if (known === undefined) {
      known = reordered(columns, header)
      order.set(columns, known)
    }
    return known
  }
  const unmatched = (candidate: SlottedRow) => cells[candidate.slot] === undefined
  const shapes = memo.shapes(grid)
  for (let rowNumber = 0; rowNumber < grid.rows.length; rowNumber++) {
    const row = grid.rows[rowNumber] as GridCell[]
    const shape = shapes[rowNumber] as RowShape
    const { labelEnd, holdsValue, hasValues, last } = shape
    // A row holding a number is data, never a header.
    const headerColumns = holdsValue ? noColumns : readHeader(headerCells(shape, row), columnIndex, groups)
    if (headerColumns.size >= 1) {
      // The placed columns serve only to read values: a reading for its fit places none.
      if (!fitOnly) {
        named ??= new Set()
        placeColumns(headerColumns, definition, (header ??= new Map()), named)
        for (const key of headerColumns.keys()) named.add(key)
        order = undefined
      }
      fit += headerColumns.size
      pending.clear()
      continue
    }
    if (!last) continue
    // The labels tried beyond the last one, worked out on first use (at most once a row). Nothing
    // pending: the row's own labels, normalised once for every definition.
    // A label the index knows no candidate for finds nothing, and a label tried already (the same
    // object: the row's own labels when nothing is pending) finds what it found: neither is asked.
    let joined: NormalizedLabel | undefined
    const hasPending = pending.chain !== undefined || pending.hopeless
    let found = rowIndex.knows(last) ? (exactOrSuffix(rowIndex, last, unmatched) ?? rowIndex.match(last, unmatched)?.value) : undefined
    if (!found && !pending.hopeless) {
      joined ??= pending.joined(shape, rowNumber)
      if (joined !== last && rowIndex.knows(joined)) found = rowIndex.match(joined, unmatched)?.value
    }
    if (!found && hasPending) {
      const own = joinedLabels(shape)
      if (own !== last && own !== joined && rowIndex.knows(own)) found = rowIndex.match(own, unmatched)?.value
    }
    // A row with no cell after its label is a header or group line of flattened text
    // (`自然人法人或其他组织总计`): it never takes a template row.
    if (found && row.length === labelEnd) {
      pending.clear()
      continue
    }
    if (!found) {
      // A label-only row that is no group label may be the first half of a wrapped label; a row
      // with values clears the pending label whatever its labels (no group test for it).
      if (hasValues) {
        pending.clear()
        continue
      }
      let isGroup = false
      if (!pending.hopeless) {
        joined ??= pending.joined(shape, rowNumber)
        isGroup = groups.knows(joined) && groups.match(joined) !== undefined
      }
      if (!isGroup && joined !== last) isGroup = groups.knows(last) && groups.match(last) !== undefined
      if (isGroup) pending.clear()
      else pending.append(rowNumber, shape)
      continue
    }
    pending.clear()
    fit++
    const { row: foundRow, slot } = found
    foundRows++
    matched[slot] = foundRow
    if (fitOnly) {
      cells[slot] = noCells
      continue
    }
    const columns = rowColumns(definition, foundRow)
    cells[slot] = readRowValues(row, labelEnd, valueRegion(shape, row), columns, header ?? noColumns, outOfOrder(columns), definition, foundRow, grid, diagnostics, (ambiguous ??= new Map()))
  }
  if (foundRows < 2 && !(foundRows === 1 && fit >= 2)) return undefined
  const mapping: TemplateTableMapping = { definition, grid, cells, matched, found: foundRows, fit }
  if (fitOnly) return mapping
  const resolved = ambiguous === undefined ? [] : resolveByColumnSums(mapping, ambiguous, definition.columnSums)
  if (resolved.length > 0) {
    // The ambiguity diagnostics of rows the column sums settled no longer hold.
    diagnostics.withdraw('table.row-split-ambiguous', resolved.map((key) => `${definition.path}.${key}`))
  }
  return mapping
}

/**
 * Columns named by the cells of a header row (column key → grid index): a row where two cells
 * name columns, or one does and the rest are group labels (`信息内容 | 本年处理决定数量`).
 * Empty for any other row.
 */
function readHeader(cells: readonly HeaderCell[], columnIndex: LabelIndex<ColumnDefinition>, groups: LabelIndex<string>): ReadonlyMap<string, number> {
  // The first column found is kept aside, the map made by a second: most rows tried name none,
  // and many name one column beside other text (no header).
  let firstKey: string | undefined
  let firstIndex = -1
  let found: Map<string, number> | undefined
  for (let i = 0; i < cells.length; i++) {
    const { index, label, isValue } = cells[i] as HeaderCell
    const key = columnOf(label, isValue, columnIndex)
    if (key === undefined) continue
    if (found) {
      if (!found.has(key)) found.set(key, index)
    } else if (firstKey === undefined) {
      firstKey = key
      firstIndex = index
    } else if (key !== firstKey) {
      found = new Map([
        [firstKey, firstIndex],
        [key, index],
      ])
    }
  }
  if (found) return found
  if (firstKey === undefined) return noColumns
  // One column named: a header only if every other cell is a group label. Asked only now (the
  // cells are read again, the same way): most rows name no column, and then no group matters.
  for (let i = 0; i < cells.length; i++) {
    const { label, isValue } = cells[i] as HeaderCell
    if (columnOf(label, isValue, columnIndex) === undefined && groups.exact(label).length === 0) return noColumns
  }
  return new Map([[firstKey, firstIndex]])
}

/** The key of the column a header cell names, if any. */
function columnOf(label: NormalizedLabel, isValue: boolean, columnIndex: LabelIndex<ColumnDefinition>): string | undefined {
  // A numbered cell (`（七）总计`) is a row label, never a column header. A subtotal column a report
  // adds (`小计` of 法人或其他组织) is none of the template's (templates.md §5.3: derived), though it
  // reads one character away from `总计`.
  return isValue || label.numbering || label.text === '小计' || !columnIndex.knows(label) ? undefined : columnIndex.match(label)?.value.key
}

function readRowValues(
  row: readonly GridCell[],
  labelEnd: number,
  { region, filled }: ValueRegion,
  columns: readonly ColumnDefinition[],
  header: ReadonlyMap<string, number>,
  /** Whether `header` places the columns out of the template's order (see `reordered`). */
  headerReordered: boolean,
  definition: TableDefinition,
  rowDefinition: RowDefinition,
  grid: Grid,
  diagnostics: DiagnosticList,
  ambiguous: Map<string, AmbiguousRow>,
): CellValue[] {
  // One cell per column, in column order.
  const result = new Array<CellValue>(columns.length)
  // The header decides where the values do not number the row's columns, and where it names them
  // in another order than the template's (`科研机构 | 商业企业`): read in order, they would be swapped.
  const useHeader = (region.length !== columns.length && filled.length !== columns.length) || headerReordered ? headerPlaces(columns, header, labelEnd) : false

  // One cell of run-together digits where the row needs several values.
  const only = filled[0]
  const onlyDigits = only && columns.length > 1 && filled.length === 1 ? digitText(only.text) : ''
  // Thousands separators in a run of several values (`1,2340012,34…`): a run all the same, but not
  // one the splitter reads (a comma is no border it knows), so none is cut rather than the first
  // column given the whole run.
  const runDigits = onlyDigits.includes(',') ? onlyDigits.replace(/(?<=\d),(?=\d)/gu, '') : onlyDigits
  if (only && runDigits !== '' && digitRun.test(runDigits) && runDigits.replace(/\D/gu, '').length >= columns.length) {
    const split: DigitSplit = runDigits !== onlyDigits ? { kind: 'none' } : splitDigits(onlyDigits.split(/ +/u), columns.length, sumsForColumns(columns, definition.rowSums), columns.map((column) => column.kind))
    if (split.kind === 'unique') {
      const positions = partPositions(only, split.texts)
      for (let index = 0; index < columns.length; index++) {
        result[index] = {
          value: split.values[index] ?? null,
          raw: split.texts[index] ?? '',
          position: positions[index] ?? only.position,
          via: [...grid.via, splitName],
          confidence: 'high',
        }
      }
      return result
    }
    if (split.kind === 'ambiguous' && split.candidates.length > 0) {
      ambiguous.set(rowDefinition.key, { cell: only, columns, candidates: split.candidates, via: [...grid.via, splitName] })
    }
    diagnostics.add(split.kind === 'ambiguous' ? 'table.row-split-ambiguous' : 'table.row-split-unsolvable', 'tables', `Cannot split ${JSON.stringify(only.text)} into the ${columns.length} values of ${definition.path}.${rowDefinition.key} ${split.kind === 'ambiguous' ? 'in one way only' : 'in any way that fits'}; kept as null.`, {
      position: only.position,
      path: `${definition.path}.${rowDefinition.key}`,
      actual: only.text,
    })
    for (let index = 0; index < columns.length; index++) result[index] = { value: null, raw: only.text, position: only.position, via: [...grid.via, splitName], confidence: 'low' }
    return result
  }

  // Without a header: the cells after the label, blanks included when the count fits exactly.
  const source = region.length === columns.length ? region : filled
  if (!useHeader) {
    if (source.length < columns.length && filled.length > 0) {
      diagnostics.add('table.row-incomplete', 'tables', `Row ${definition.path}.${rowDefinition.key} has ${source.length} of ${columns.length} values.`, {
        position: filled[0]?.position ?? undefined,
        path: `${definition.path}.${rowDefinition.key}`,
      })
    } else if (filled.length > columns.length) {
      diagnostics.add('table.row-extra-cells', 'tables', `Row ${definition.path}.${rowDefinition.key} has ${filled.length} values for ${columns.length} columns; the first ${columns.length} are kept.`, {
        position: filled[columns.length]?.position ?? undefined,
        path: `${definition.path}.${rowDefinition.key}`,
      })
    }
  }
  // One value source for the row, pointed at each column in turn: cellValue reads it (and builds
  // the path, for a diagnostic) only during the call.
  let column = columns[0] as ColumnDefinition
  const value: ValueSource = { via: grid.via, path: () => `${definition.path}.${rowDefinition.key}.${column.key}`, kind: column.kind }
  for (let index = 0; index < columns.length; index++) {
    column = columns[index] as ColumnDefinition
    value.kind = column.kind
    result[index] = cellValue(useHeader ? row[header.get(column.key) ?? -1] : source[index], value, diagnostics)
    // A money column the template keeps in one unit (G4 fees, 万元): a cell printed in another
    // (`40000元`) is converted and told.
    if (column.unit !== undefined) result[index] = convertMoney(result[index] as CellValue, `${definition.path}.${rowDefinition.key}.${column.key}`, null, column.unit, diagnostics)
  }
  return result
}

/**
 * Whether the header places the row's columns each in a cell of its own, but not in the template's
 * order (a header that places none, or only some, leaves the order to the template).
 */
function reordered(columns: readonly ColumnDefinition[], header: ReadonlyMap<string, number>): boolean {
  let previous = -1
  let outOfOrder = false
  const seen = new Set<number>()
  for (let i = 0; i < columns.length; i++) {
    const index = header.get((columns[i] as ColumnDefinition).key)
    if (index === undefined || seen.has(index)) return false
    seen.add(index)
    if (index < previous) outOfOrder = true
    previous = index
  }
  return outOfOrder
}

/** Whether the header places every column of the row, one of them past the row's labels. */
function headerPlaces(columns: readonly ColumnDefinition[], header: ReadonlyMap<string, number>, labelEnd: number): boolean {
  let past = false
  for (let i = 0; i < columns.length; i++) {
    const index = header.get((columns[i] as ColumnDefinition).key)
    if (index === undefined) return false
    if (index >= labelEnd) past = true
  }
  return past
}

/**
 * Table 4's cues found in the grid's text and, when two are, the cells naming one of its rows or
 * columns (its fit before any value is read).
 */
function readSingleRowFit(grid: Grid, definition: TableDefinition, memo: GridMemo): SingleRowFit {
  // Table 4's own words must be there (行政复议, 未经复议直接起诉 …): a 总计 column is not enough.
  const cues = memo.text(grid)
  let cued = 0
  for (let i = 0; i < definition.cues.length; i++) if (cues.includes(definition.cues[i] as string)) cued++
  if (cued < 2) return { cued, fit: 0 }
  const { columns: columnIndex, rows: rowIndex } = indexes(definition)
  // A run of ASCII digits normalises to itself: it names a row or column only if a key is digits.
  const skipDigits = !rowIndex.hasDigitKey && !columnIndex.hasDigitKey
  let fit = 0
  const shapes = memo.shapes(grid)
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] as GridCell[]
    const shape = shapes[r] as RowShape
    if (!shape.holdsValue) {
      // A row without a value: its non-blank cells, normalised once per grid (tables 2 and 3 were
      // tried on it first). A blank cell, or one of white space only, normalises to nothing.
      const cells = headerCells(shape, row)
      for (let i = 0; i < cells.length; i++) {
        const { index, label } = cells[i] as HeaderCell
        if (row.indexOf(row[index] as GridCell) !== index || label.text === '') continue
        if (rowIndex.exact(label).length > 0 || columnIndex.exact(label).length > 0) fit++
      }
      continue
    }
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] as GridCell
      // A blank cell normalises to nothing.
      if (cell.text === '' || (skipDigits && isAsciiDigits(cell.text))) continue
      // A spanning cell counts once (its first slot).
      if (row.indexOf(cell) !== i) continue
      // The row's last label cell was normalised by its shape already.
      const text = i === shape.labelEnd - 1 && shape.last ? shape.last : normalizeLabel(cell.text)
      if (text.text === '') continue
      if (rowIndex.exact(text).length > 0 || columnIndex.exact(text).length > 0) fit++
    }
  }
  return { cued, fit }
}

/**
 * The first row of the grid that holds one of table 4's cues in a cell of its own (`行政复议`, the
 * heading or the header above the values), or 0 when none does (the cue is split over cells). The
 * row of values is looked for from there first: a grid that holds table 3 before table 4 (a report
 * flattened onto one line, read as one run) has rows of 15 digits and more there too
 * (`一、本年新收…5802649367073144913292`), and the first of them is not table 4's.
 */
function firstCuedRow(grid: Grid, cues: readonly string[]): number {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] as GridCell[]
    for (let i = 0; i < row.length; i++) {
      const text = (row[i] as GridCell).text
      for (let c = 0; c < cues.length; c++) if (text.includes(cues[c] as string)) return r
    }
  }
  return 0
}

/** Table 4: the 15 values on one printed row (or one run of digits), groups in template order. */
function mapSingleRow(grid: Grid, definition: TableDefinition, diagnostics: DiagnosticList, memo: GridMemo, fitOnly: boolean): TemplateTableMapping | undefined {
  // G3 and G4 print table 4 alike: the second of the two readings of a grid finds the fit made.
  const { cued, fit } = memo.singleRowFit(grid, singleRowFitKey(definition), () => readSingleRowFit(grid, definition, memo))
  if (cued < 2) return undefined
  const cells: (readonly CellValue[] | undefined)[] = new Array(definition.rows.length)
  const matched: (RowDefinition | undefined)[] = new Array(definition.rows.length)
  if (fitOnly) return { definition, grid, cells, matched, found: 0, fit: fit + cued }
  const width = definition.rows.length * definition.columns.length
  const shapes = memo.shapes(grid)
  let data: (GridCell | undefined)[] | undefined
  // The values of a run of digits split in one way only: each as printed, and where it is printed.
  let split: { values: readonly number[]; texts: readonly string[]; positions: readonly (Position | null)[] } | undefined
  let splitCell: GridCell | undefined
  // From the first row holding a cue to the end, then the rows before it (a header printed below its values).
  const from = firstCuedRow(grid, definition.cues)
  for (let k = 0; k < grid.rows.length; k++) {
    const r = (from + k) % grid.rows.length
    const row = grid.rows[r] as GridCell[]
    // The row's non-blank and value cells, counted by its shape (slot by slot, as a filter of the
    // row would): the list of values is made only for the row that holds them.
    const { filledCount, valueCount, lastFilled } = shapes[r] as RowShape
    if (valueCount >= 12 && valueCount >= filledCount * 0.8) {
      data = valueCount === width ? row.filter((cell) => cell.text.trim() !== '' && isValueCell(cell)) : row.slice(row.length - width)
      break
    }
    const last = lastFilled < 0 ? undefined : row[lastFilled]
    const lastDigits = last ? digitText(last.text) : ''
    if (last && digitRun.test(lastDigits) && lastDigits.replace(/\D/gu, '').length >= width) {
      const result = splitDigits(lastDigits.split(/ +/u), width, sumsForColumns(definition.columns, definition.rowSums, definition.rows.length))
      splitCell = last
      if (result.kind === 'unique') split = { values: result.values, texts: result.texts, positions: partPositions(last, result.texts) }
      else {
        diagnostics.add(result.kind === 'ambiguous' ? 'table.row-split-ambiguous' : 'table.row-split-unsolvable', 'tables', `Cannot split ${JSON.stringify(last.text)} into the ${width} values of ${definition.path} ${result.kind === 'ambiguous' ? 'in one way only' : 'in any way that fits'}; kept as null.`, {
          position: last.position,
          path: definition.path,
          actual: last.text,
        })
      }
      break
    }
  }
  const slots = rowSlots(definition)
  let found = 0
  definition.rows.forEach((rowDefinition, group) => {
    const row = new Array<CellValue>(definition.columns.length)
    definition.columns.forEach((column, index) => {
      const position = group * definition.columns.length + index
      const path = () => `${definition.path}.${rowDefinition.key}.${column.key}`
      if (splitCell) {
        const value = split?.values[position]
        row[index] = {
          value: value ?? null,
          raw: value === undefined ? splitCell.text : (split?.texts[position] ?? String(value)),
          position: value === undefined ? splitCell.position : (split?.positions[position] ?? splitCell.position),
          via: [...grid.via, splitName],
          confidence: split ? 'high' : 'low',
        }
      } else row[index] = cellValue(data?.[position], { via: grid.via, path, kind: column.kind }, diagnostics)
    })
    // A later row of the same key takes its slot, as it took its key in a map.
    const slot = slots.byKey.get(rowDefinition.key) as number
    if (cells[slot] === undefined) found++
    cells[slot] = row
    matched[slot] = rowDefinition
  })
  return { definition, grid, cells, matched, found, fit: fit + cued }
}
