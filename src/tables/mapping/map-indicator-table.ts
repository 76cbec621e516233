import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { CellValue } from '../../model/cell.js'
import type { Grid, GridCell } from '../../model/grid.js'
import type { StatisticsTable } from '../../model/statistics-table.js'
import type { IndicatorDefinition, IndicatorVocabulary } from '../indicator-definition.js'
import { compactText as compact } from '../labels/compact-text.js'
import { normalizeLabel } from '../labels/normalize-label.js'
import { cellValue, type ValueSource } from './cell-value.js'
import { convertMoney } from './convert-money.js'
import { printedNumber, type AmbiguousCumulative } from './resolve-cumulative-splits.js'
import { indicatorResolver, type IndicatorResolver } from './indicator-resolver.js'
import { isValueText, parseCellValue } from './parse-cell-value.js'
import { digitText } from './value-cell.js'
import { partPositions } from './part-positions.js'
import { isBlankText, isWhiteSpace, trimStartIndex } from '../../util/is-white-space.js'

/** Which column of an indicator grid holds what. */
export interface ColumnRoles {
  header: number
  /** Cells of the grid's widest row. */
  width: number
  label: number
  unit: number | null
  thisYear: number | null
  cumulative: number | null
  /** Year → column, for year-by-year tables. */
  years: Map<number, number>
  /** Flattened text named a cumulative column but left no cell for it: values run together. */
  gluedCumulative: boolean
}

/** Where an indicator grid left off, for a grid that may continue it: its columns and last group. */
export interface IndicatorContinuation {
  roles: ColumnRoles
  group: IndicatorDefinition | undefined
}

const unitPattern = /^(?:条|件|个|次|人|人次|篇|期|份|元|万元|项|家|起)$/u

/** A new, empty statistics table. */
export function emptyStatistics(): StatisticsTable {
  return { cells: {}, cumulative: {}, unmapped: [], series: [] }
}

/**
 * Maps an indicator grid (G1/G2: 指标名称 / 单位 / 本年度 / 历年累计, or 统计指标 / 单位 / 统计数, or a
 * year-by-year table) onto the shared key vocabulary, adding to `into`. Rows that match no key are
 * kept as unmapped rows. Returns the number of rows mapped to a key, whether the grid has an
 * indicator header (指标名称 / 单位 / years), where it left off (`continuation`: the roles its
 * columns were read in and its last group, for a grid that continues it), the rows whose
 * run-together values split several ways (`ambiguous`), and whether any cell it mapped holds a value.
 *
 * `continues`: where the indicator grid this one continues left off (the table went on after a
 * page break or a blank line; `extractTables` decides): a grid with no header of its own is read in
 * its columns when as wide (its cumulative column is not lost with the header), and any such grid's
 * first rows are read under its last group (`其中：1.维持具体行政行为` after `五、政府信息公开被举报数量`).
 */
export function mapIndicatorTable(
  grid: Grid,
  vocabulary: IndicatorVocabulary,
  year: number | null,
  into: StatisticsTable,
  diagnostics: DiagnosticList,
  continues: IndicatorContinuation | null = null,
): { mapped: number; header: boolean; continuation: IndicatorContinuation; ambiguous: AmbiguousCumulative[]; valued: boolean } {
  // A second header row starts another table read into the same grid (a year-by-year table, then
  // `公开渠道 | 公开信息数` after one blank line): the rows below it are read in its columns.
  const second = secondHeaderRow(grid, vocabulary)
  if (second > 0) {
    const above = mapIndicatorTable({ ...grid, rows: grid.rows.slice(0, second) }, vocabulary, year, into, diagnostics, continues)
    const below = mapIndicatorTable({ ...grid, rows: grid.rows.slice(second) }, vocabulary, year, into, diagnostics, above.continuation)
    return { mapped: above.mapped + below.mapped, header: above.header || below.header, continuation: below.continuation, ambiguous: [...above.ambiguous, ...below.ambiguous], valued: above.valued || below.valued }
  }
  const resolver = indicatorResolver(vocabulary)
  const roles = columnRoles(grid, vocabulary, resolver, continues?.roles ?? null)
  const money = moneyUnitsOf(vocabulary)
  // Each year column with its key in a series row's values, named once per grid, not once per row.
  const years: [key: string, column: number, year: number][] = []
  for (const [columnYear, column] of roles.years) years.push([String(columnYear), column, columnYear])
  // One value source for the grid, pointed at each row's key and path in turn: cellValue reads it
  // (and builds the path, for a diagnostic) only during the call.
  let key: string | null = null
  let seriesYear = 0
  let cumulativePath = false
  const seriesValue: ValueSource = { via: grid.via, path: () => `statistics.series.${key ?? '?'}.${seriesYear}`, kind: 'count' }
  const value: ValueSource = { via: grid.via, path: () => (cumulativePath ? `statistics.cumulative.${key}` : `statistics.${key}`), kind: 'money' }
  // A grid that continues another starts under its last group, with a header of its own too (the
  // header printed again after a page break).
  let group: IndicatorDefinition | undefined = continues?.group
  let mapped = 0
  // Whether any cell mapped holds a value (for `table.all-blank`, without reading the cells again).
  let valued = false
  const ambiguous: AmbiguousCumulative[] = []
  // The rows after the header; before it, only rows that name a key (the rows of the page before a
  // header printed again, in a grid read across the page break), and a header printed again among
  // the rows is passed (`统计指标 | 单位 | 统计数`).
  for (let r = roles.header > 0 ? 0 : roles.header + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]
    if (!row || r === roles.header) continue
    const labelCell = row[roles.label]
    if (!labelCell || labelCell.text === '' || isHeaderWord(labelCell.text, vocabulary.labelColumns)) continue
    const label = normalizeLabel(labelCell.text)
    const found = resolver.resolve(label, group)
    if (r < roles.header && !found?.definition.key) continue
    if (found && found.group === found.definition) group = found.group
    else if (found) group = found.group
    key = found?.definition.key ?? null

    if (years.length > 0) {
      const values: Record<string, CellValue> = {}
      for (let i = 0; i < years.length; i++) {
        const [yearKey, column, columnYear] = years[i] as [string, number, number]
        seriesYear = columnYear
        values[yearKey] = cellValue(row[column], seriesValue, diagnostics)
      }
      into.series.push({ key, label: labelCell.text, values })
      for (const yearKey in values) if (values[yearKey]?.value !== null) valued = true
      const current = year === null ? undefined : values[String(year)]
      if (key && current && !(key in into.cells)) {
        into.cells[key] = current
        mapped++
      }
      continue
    }

    // A row printed without its unit (`九、政府公报发行量4` in flattened text) is one cell short.
    const shortRow = roles.cumulative === null && roles.unit !== null && row.length === roles.unit + 1 && isValueText(row[roles.unit]?.text ?? '')
    const thisYear = shortRow ? row[roles.unit ?? 0] : roles.thisYear === null ? undefined : row[roles.thisYear]
    // The unit column's, else one printed in the label (`四、依申请提供信息收费数额（万元）`).
    const unit = (roles.unit === null || shortRow ? null : row[roles.unit]?.text.trim() || null) ?? unitInLabel(labelCell.text)
    const cumulative = roles.cumulative === null ? undefined : row[roles.cumulative]
    if (!key) {
      if (!found) into.unmapped.push(unmappedRow(labelCell, unit, [thisYear, cumulative], grid, diagnostics))
      continue
    }
    if (key in into.cells) {
      diagnostics.add('table.duplicate-row', 'tables', `Row ${JSON.stringify(labelCell.text)} maps to statistics.${key} again; the first value is kept.`, {
        position: labelCell.position,
        path: `statistics.${key}`,
      })
      continue
    }
    if (roles.gluedCumulative && thisYear && cumulative === undefined && /^\d[\d,]*\d$/u.test(digitText(thisYear.text))) {
      // Flattened: this year's value and the cumulative one run together (`294981916`).
      const split = splitCumulative(thisYear, grid, key, diagnostics)
      into.cells[key] = split[0]
      into.cumulative[key] = split[1]
      if (split[0].value !== null) valued = true
      if (split.length > 2) ambiguous.push(split[2] as AmbiguousCumulative)
      mapped++
      continue
    }
    const expected = money.get(key)
    cumulativePath = false
    const thisYearValue = convertMoney(cellValue(thisYear, value, diagnostics), `statistics.${key}`, unit, expected, diagnostics)
    into.cells[key] = thisYearValue
    if (thisYearValue.value !== null) valued = true
    if (roles.cumulative !== null) {
      cumulativePath = true
      const cumulativeValue = convertMoney(cellValue(cumulative, value, diagnostics), `statistics.cumulative.${key}`, unit, expected, diagnostics)
      into.cumulative[key] = cumulativeValue
      if (cumulativeValue.value !== null) valued = true
    }
    mapped++
  }
  return { mapped, header: roles.header >= 0, continuation: { roles, group }, ambiguous, valued }
}

/** Finds the header row and the role of each column. */
function columnRoles(grid: Grid, vocabulary: IndicatorVocabulary, resolver: IndicatorResolver, continues: ColumnRoles | null): ColumnRoles {
  const width = Math.max(0, ...grid.rows.map((row) => row.length))
  const roles: ColumnRoles = { header: -1, width, label: 0, unit: null, thisYear: null, cumulative: null, years: new Map(), gluedCumulative: false }
  const matches = isHeaderWord
  for (let r = 0; r < Math.min(3, grid.rows.length); r++) {
    const row = grid.rows[r] ?? []
    // Consecutive years only: a data row whose two values fall in 2000–2099 (`条 | 2000 | 2050`) is no header.
    const years = yearColumns(row)
    if (consecutiveYears(years)) {
      roles.header = r
      for (const [value, index] of years) roles.years.set(value, index)
      return roles
    }
    const named = row.findIndex((cell) => matches(cell.text, vocabulary.labelColumns))
    if (named < 0 && !row.some((cell) => matches(cell.text, vocabulary.unitColumns))) continue
    roles.header = r
    roles.label = Math.max(0, named)
    row.forEach((cell, index) => {
      if (roles.unit === null && matches(cell.text, vocabulary.unitColumns)) roles.unit = index
      else if (roles.cumulative === null && matches(cell.text, vocabulary.cumulativeColumns)) roles.cumulative = index
      else if (roles.thisYear === null && index !== roles.label && matches(cell.text, vocabulary.thisYearColumns)) roles.thisYear = index
    })
    // 本年累计 beside a 本期 column is the cumulative one (data-model.md).
    const period = row.findIndex((cell) => compact(cell.text).startsWith('本期'))
    const yearToDate = row.findIndex((cell) => compact(cell.text).startsWith('本年累计'))
    if (period >= 0 && yearToDate >= 0) {
      roles.thisYear = period
      roles.cumulative = yearToDate
    }
    break
  }
  // No header of its own, and as wide as the table it continues: read in that table's columns.
  if (roles.header < 0 && continues && continues.width === width) return { ...continues, header: -1 }
  // Lines before the table may have been read into the grid (a page on one line: its section
  // heading, a caption cut at a number, `业务 | 1`): without a header, the table's rows start at the
  // first row whose label names a key.
  const firstKeyed = roles.header < 0 && (roles.unit === null || (roles.cumulative === null && roles.thisYear === null)) ? firstKeyedRow(grid, roles.label, resolver) : -1
  // Flattened text glues the header to the first label: `指标名称计量单位本年度历年累计主动公开…`.
  // No header cell names a value column, yet the first rows name a cumulative one: the first
  // three, or through the first keyed row, which the glued header is part of (three rows only read
  // each `540542` after such lines as this year's value alone).
  if (roles.cumulative === null && roles.thisYear === null) {
    const head = grid.rows.slice(0, Math.max(3, firstKeyed + 1)).flatMap((row) => row.map((cell) => compact(cell.text))).join('')
    roles.gluedCumulative = vocabulary.cumulativeColumns.some((label) => label.length > 2 && head.includes(label))
  }
  // Without a header, or a header that names no value column: infer from the cells of the table's rows.
  if (roles.unit === null) roles.unit = inferUnitColumn(grid, roles, Math.max(roles.header + 1, firstKeyed))
  if (roles.thisYear === null) {
    for (let column = 0; column < width; column++) {
      if (column === roles.label || column === roles.unit || column === roles.cumulative) continue
      roles.thisYear = column
      break
    }
  }
  return roles
}

/**
 * The second header row of the grid — a row whose label cell is a header word (`指标名称`,
 * `公开渠道`, `年份`) and which holds no value but consecutive years (`年份 | 2013 | 2014`) — or -1:
 * where a second table's header stands.
 */
function secondHeaderRow(grid: Grid, vocabulary: IndicatorVocabulary): number {
  const opening = headerOpeningsOf(vocabulary)
  let seen = false
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] as GridCell[]
    // Most rows open with a label no header word opens (`一、…`, `其中：…`): one character tells.
    const code = row.length > 0 ? (row[0] as GridCell).text.charCodeAt(0) : Number.NaN
    if (code === code && !isWhiteSpace(code) && !foldsUnderNfkc(code) && !opening.has(code)) continue
    let first: GridCell | undefined
    for (let i = 0; i < row.length && !first; i++) if (!isBlankText((row[i] as GridCell).text)) first = row[i]
    if (!first) continue
    if (!(isHeaderWord(first.text, vocabulary.labelColumns) || isHeaderWord(first.text, yearsLabel)) || (!consecutiveYears(yearColumns(row)) && row.some((cell) => cell !== first && !isBlankText(cell.text) && isValueText(cell.text)))) continue
    if (seen) return r
    seen = true
  }
  return -1
}

/** CJK radicals and compatibility ideographs (`⼀` in PDF text), which NFKC folds to other characters. */
const foldsUnderNfkc = (code: number) => (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)

const headerOpenings = new WeakMap<IndicatorVocabulary, ReadonlySet<number>>()

/** The characters a header word (label column or 年份) opens with, made once per vocabulary. */
function headerOpeningsOf(vocabulary: IndicatorVocabulary): ReadonlySet<number> {
  let set = headerOpenings.get(vocabulary)
  if (!set) {
    set = new Set([...vocabulary.labelColumns, ...yearsLabel].map((label) => label.charCodeAt(0)))
    headerOpenings.set(vocabulary, set)
  }
  return set
}

/** The label of a row of years (`年份 | 2013 | 2014`). */
const yearsLabel: readonly string[] = ['年份']

/** The cells of a row that name a year (2000–2099), with their column: `2013`, `2017年`, `2017年度`. */
function yearColumns(row: readonly GridCell[]): (readonly [year: number, column: number])[] {
  return row.map((cell, index) => [yearOfHeader(cell.text), index] as const).filter(([value]) => value >= 2000 && value <= 2099)
}

/** Whether a row's years are two or more consecutive ones (`2013 | 2014 | 2015`), not values that look like years. */
function consecutiveYears(years: readonly (readonly [year: number, column: number])[]): boolean {
  return years.length >= 2 && years.every(([value], index) => index === 0 || value === (years[index - 1] as readonly [number, number])[0] + 1)
}

/** The year a year-by-year header cell names (`2017`, `2017年`, `2017年度`), or NaN. */
function yearOfHeader(text: string): number {
  const match = /^(\d{4})(?:年度?)?$/u.exec(compact(text))
  return match ? Number(match[1]) : Number.NaN
}

/** A money unit printed in brackets in a row label (`收费数额（万元）`, `（单位：元）`), or null. */
function unitInLabel(label: string): string | null {
  return /[（(](?:单位[:：])?\s*(万元|元)\s*[）)]/u.exec(label)?.[1] ?? null
}

/** Whether a cell names a header column: the word alone or with a short gloss; a label glued to it in flattened text does not. */
function isHeaderWord(text: string, labels: readonly string[]): boolean {
  // The compact form (NFKC, no white space) opens with the text's first character that is not white
  // space, unless NFKC changes it: a header word's first character is there, or it is none (asked
  // by one character, not by a compact copy of every row's label). Radicals and compatibility
  // ideographs (`⼀` in PDF text) are folded by NFKC: those take the compact form.
  const opening = text.charCodeAt(0)
  const first = isWhiteSpace(opening) ? text.charCodeAt(trimStartIndex(text)) : opening
  if (!foldsUnderNfkc(first)) {
    let opens = false
    for (let i = 0; i < labels.length && !opens; i++) opens = (labels[i] as string).charCodeAt(0) === first
    if (!opens) return false
  }
  const compacted = compact(text)
  return labels.some((label) => compacted === label || (compacted.startsWith(label) && compacted.length <= label.length + 6))
}

/** Lines before a table read into its grid are a few (a heading, a caption cut at numbers): no more are looked through. */
const leadingRowLimit = 12

/** Index of the first row (of the first {@link leadingRowLimit}) whose label (in column `label`) names a key of the vocabulary, or -1. */
function firstKeyedRow(grid: Grid, label: number, resolver: IndicatorResolver): number {
  for (let r = 0; r < Math.min(grid.rows.length, leadingRowLimit); r++) {
    const text = grid.rows[r]?.[label]?.text ?? ''
    if (text !== '' && resolver.resolve(normalizeLabel(text), undefined)?.definition.key) return r
  }
  return -1
}

/** The column whose cells from row `from` on are mostly units (`条`, `件`), if any. */
function inferUnitColumn(grid: Grid, roles: ColumnRoles, from: number): number | null {
  const width = Math.max(0, ...grid.rows.map((row) => row.length))
  for (let column = 0; column < width; column++) {
    if (column === roles.label) continue
    const texts = grid.rows.slice(from).map((row) => compact(row[column]?.text ?? '')).filter((text) => text !== '')
    if (texts.length > 0 && texts.filter((text) => unitPattern.test(text)).length >= texts.length * 0.6) return column
  }
  return null
}

function unmappedRow(label: GridCell, unit: string | null, cells: (GridCell | undefined)[], grid: Grid, diagnostics: DiagnosticList) {
  return {
    label: label.text,
    unit: unit === '' ? null : unit,
    values: cells
      .filter((cell): cell is GridCell => cell !== undefined)
      .filter((cell) => isValueText(cell.text))
      .map((cell) => cellValue(cell, { via: grid.via, path: 'statistics.unmapped', kind: 'money' }, diagnostics)),
    position: label.position,
  }
}

const moneyUnitsCache = new WeakMap<IndicatorVocabulary, ReadonlyMap<string, string>>()

/**
 * The vocabulary's money units as a map, made once per vocabulary: asked for every mapped row with
 * a different key, a lookup in the record was a megamorphic property load (profile of the bench).
 */
function moneyUnitsOf(vocabulary: IndicatorVocabulary): ReadonlyMap<string, string> {
  let units = moneyUnitsCache.get(vocabulary)
  if (units === undefined) {
    units = new Map(Object.entries(vocabulary.moneyUnits))
    moneyUnitsCache.set(vocabulary, units)
  }
  return units
}

export { parseCellValue }

/** A count grouped by thousands separators as printed, with no leading zero: `7`, `3,957`, `10,539`. */
const thousandsGrouped = /^(?:0|[1-9]\d{0,2}(?:,\d{3})*)$/u

/**
 * Splits this year's value and the cumulative one printed together (`294981916`) with the G1
 * relation 历年累计 ≥ 本年度 (templates.md §3.3). Only a unique split is taken; otherwise both stay
 * null with `table.row-split-ambiguous`, and the splits that fit come third, for
 * `resolveCumulativeSplits` to choose among with what else the report states.
 */
function splitCumulative(cell: GridCell, grid: Grid, key: string, diagnostics: DiagnosticList): [CellValue, CellValue] | [CellValue, CellValue, AmbiguousCumulative] {
  const digits = digitText(cell.text)
  // Printed with thousands separators (`63,957`), each part must be grouped by them as printed:
  // 6 | 3,957, not 63 | ,957.
  const grouped = digits.includes(',')
  const candidates: [string, string][] = []
  for (let cut = 1; cut < digits.length; cut++) {
    const left = digits.slice(0, cut)
    const right = digits.slice(cut)
    if (grouped ? !thousandsGrouped.test(left) || !thousandsGrouped.test(right) : (left.length > 1 && left.startsWith('0')) || (right.length > 1 && right.startsWith('0'))) continue
    if (printedNumber(right) >= printedNumber(left)) candidates.push([left, right])
  }
  const via = [...grid.via, 'split-flattened-row']
  const only = candidates.length === 1 ? candidates[0] : undefined
  if (only) {
    const [left, right] = partPositions(cell, only)
    return [
      { value: printedNumber(only[0]), raw: only[0], position: left ?? null, via, confidence: 'high' },
      { value: printedNumber(only[1]), raw: only[1], position: right ?? null, via, confidence: 'high' },
    ]
  }
  diagnostics.add(candidates.length > 1 ? 'table.row-split-ambiguous' : 'table.row-split-unsolvable', 'tables', `Cannot split ${JSON.stringify(digits)} into this year's and the cumulative value of statistics.${key} ${candidates.length > 1 ? 'in one way only' : 'in any way that fits'}; kept as null.`, {
    position: cell.position,
    path: `statistics.${key}`,
    actual: digits,
  })
  const blank: CellValue = { value: null, raw: digits, position: cell.position, via, confidence: 'low' }
  if (candidates.length < 2) return [blank, { ...blank }]
  return [blank, { ...blank }, { key, cell, via, candidates }]
}
