import fc from 'fast-check'
import type { Generation } from '../index.js'
import { indicatorForms, type IndicatorForm } from './indicator-forms.js'
import { table2Blocks, table3Columns, table3Rows, table4Cells } from './printed-table.js'
import type { IndicatorFormName, ReportData } from './report-data.js'

/** Which blanks generated data may have (templates.md §2: blank is "not reported", never 0). */
export type BlankMode =
  /** No blank cell. */
  | 'none'
  /** Blanks where real reports leave them: a whole table (chongwen-2020), the 总计 column of table 3's detail rows (长春二道区 2022), whole indicator groups (zhangcun-2011). */
  | 'template'

/** Options of {@link reportDataArbitrary}. */
export interface ReportDataOptions {
  blanks?: BlankMode
  /** Largest count; small values make flattened rows split uniquely more often. Default 500. */
  maxCount?: number
  /** G1/G2: the indicator forms to choose from. Default: both of the generation. */
  forms?: readonly IndicatorFormName[]
}

const years: Record<Generation, [number, number]> = { '2008': [2008, 2013], '2014': [2014, 2018], '2019': [2019, 2020], '2021': [2021, 2025] }
const organs = ['齐都镇', '张村镇', '崇文镇', '平潭综合实验区', '镇原县', '同江市', '城关街道办事处', '县自然资源局']
const formsOf: Record<'2008' | '2014', readonly IndicatorFormName[]> = { '2008': ['fujian-2009', 'zhangcun-2011'], '2014': ['national-2014', 'fujian-2014'] }

/** A stream of random numbers drawn once; builders take from it in order (so fast-check can shrink it). */
class Draws {
  private index = 0
  constructor(private readonly values: readonly number[]) {}
  next(): number {
    return this.values[this.index++ % this.values.length] ?? 0
  }
  count(max: number): number {
    return this.next() % (max + 1)
  }
}

const drawsArbitrary = (size: number, maxCount: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 9 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: maxCount }) }, { weight: 1, arbitrary: fc.constant(0) }), {
    minLength: size,
    maxLength: size,
  })

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** G3/G4 data: table 3 and table 4 totals derived from their parts, table 2 within its ranges. */
function buildTables(generation: '2019' | '2021', draws: Draws, maxCount: number, blanks: BlankMode): Record<string, number | null> {
  const cells: Record<string, number | null> = {}
  const rows = table3Rows(generation).map(([, , , key]) => key)
  const outcomes = rows.filter((key) => !['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(key))
  const parts = table3Columns.slice(0, 6)
  const set = (row: string, values: number[]) => {
    parts.forEach((column, index) => (cells[`requests.${row}.${column}`] = values[index] ?? 0))
    cells[`requests.${row}.total`] = sum(values)
  }
  // Most outcome rows are empty in real reports; a draw decides which rows have cases.
  for (const row of outcomes) set(row, parts.map(() => (draws.count(3) === 0 ? draws.count(maxCount) : 0)))
  const processed = parts.map((column) => sum(outcomes.map((row) => cells[`requests.${row}.${column}`] as number)))
  set('totalProcessed', processed)
  const forward = parts.map(() => draws.count(9))
  set('carriedForward', forward)
  const over = parts.map((_, index) => Math.min(draws.count(9), (processed[index] ?? 0) + (forward[index] ?? 0)))
  set('carriedOver', over)
  set('newReceived', parts.map((_, index) => (processed[index] ?? 0) + (forward[index] ?? 0) - (over[index] ?? 0)))

  for (const group of ['review', 'litigationDirect', 'litigationAfterReview']) {
    const four = ['upheld', 'corrected', 'other', 'pending'].map((column) => {
      const value = draws.count(9)
      cells[`reviewLitigation.${group}.${column}`] = value
      return value
    })
    cells[`reviewLitigation.${group}.total`] = sum(four)
  }

  for (const block of table2Blocks(generation)) {
    for (const [, row] of block.rows) {
      const values: Record<string, number> = {}
      for (const [, column] of block.columns) {
        const path = `activeDisclosure.${row}.${column}`
        const drawn = draws.count(maxCount)
        values[column] =
          column === 'change'
            ? drawn - Math.min(draws.count(maxCount), values['previousCount'] ?? 0)
            : column === 'totalPublished'
              ? (values['newlyPublished'] ?? 0) + drawn
              : column === 'amount'
                ? (draws.count(2) === 0 ? drawn : drawn + draws.count(99) / 100)
                : drawn
        cells[path] = values[column] as number
      }
    }
  }

  if (blanks === 'template') {
    const mode = draws.count(3)
    if (mode === 1) for (const row of outcomes) cells[`requests.${row}.total`] = null
    if (mode === 2) {
      const prefix = ['requests.', 'reviewLitigation.', 'activeDisclosure.'][draws.count(2)] as string
      for (const path of Object.keys(cells)) if (path.startsWith(prefix)) cells[path] = null
    }
  }
  return cells
}

/** G1/G2 data of one indicator form: its rules applied in order, cumulative ≥ this year. */
function buildIndicators(form: IndicatorForm, draws: Draws, maxCount: number, blanks: BlankMode): Record<string, number | null> {
  const values = new Map<string, number>()
  for (const [key] of form.rows) if (key !== null) values.set(key, draws.count(maxCount))
  const get = (key: string) => values.get(key) ?? 0
  for (const rule of form.rules) {
    if (rule[0] === 'sum') values.set(rule[1], sum(rule[2].map(get)))
    else if (rule[0] === 'split') {
      const first = Math.min(get(rule[2]), get(rule[1]))
      values.set(rule[2], first)
      values.set(rule[3], get(rule[1]) - first)
    } else if (rule[0] === 'atMost') values.set(rule[1], Math.min(get(rule[1]), ...rule[2].map(get)))
    else if (rule[0] === 'atMostSum') values.set(rule[1], Math.min(get(rule[1]), sum(rule[2].map(get))))
    else values.set(rule[1], sum(rule[2].map(get)) + draws.count(9))
  }
  const cells: Record<string, number | null> = {}
  for (const [key, value] of values) {
    cells[`statistics.${key}`] = value
    if (form.cumulative) cells[`statistics.cumulative.${key}`] = value + draws.count(maxCount)
  }
  if (blanks === 'template') {
    // Blank whole groups: the keys one rule ties together, or a row no rule reads.
    for (const group of indicatorGroups(form)) {
      if (draws.count(3) !== 0) continue
      for (const key of group) {
        cells[`statistics.${key}`] = null
        if (form.cumulative) cells[`statistics.cumulative.${key}`] = null
      }
    }
  }
  return cells
}

/** The keys of a form that relations tie together, as connected groups (each free row alone). */
function indicatorGroups(form: IndicatorForm): string[][] {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    const up = parent.get(key) ?? key
    return up === key ? key : find(up)
  }
  for (const [key] of form.rows) if (key !== null) parent.set(key, key)
  for (const rule of form.rules) {
    const keys = rule[0] === 'split' ? [rule[1], rule[2], rule[3]] : [rule[1], ...rule[2]]
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0] as string))
  }
  const groups = new Map<string, string[]>()
  for (const key of parent.keys()) groups.set(find(key), [...(groups.get(find(key)) ?? []), key])
  return [...groups.values()]
}

/**
 * Valid report data of a generation: every hard relation of templates.md §3.3, §4.3 and §7 holds,
 * and so do the soft ones within a report (T2-2, 答复 = Σ answers, channels ≥ total), so that
 * unmutated data fails no check. Blanks only where the template allows them (`blanks: 'template'`).
 */
export function reportDataArbitrary(generation: Generation, options: ReportDataOptions = {}): fc.Arbitrary<ReportData> {
  const maxCount = options.maxCount ?? 500
  const blanks = options.blanks ?? 'none'
  const forms = generation === '2008' || generation === '2014' ? (options.forms ?? formsOf[generation]) : []
  return fc
    .record({
      year: fc.integer({ min: years[generation][0], max: years[generation][1] }),
      organ: fc.constantFrom(...organs),
      form: forms.length > 0 ? fc.constantFrom(...forms) : fc.constant(undefined),
      draws: drawsArbitrary(600, maxCount),
    })
    .map(({ year, organ, form, draws }): ReportData => {
      const stream = new Draws(draws)
      if (generation === '2019' || generation === '2021') return { generation, year, organ, cells: buildTables(generation, stream, maxCount, blanks) }
      const name = form ?? (generation === '2008' ? 'zhangcun-2011' : 'national-2014')
      return { generation, year, organ, form: name, cells: buildIndicators(indicatorForms[name], stream, maxCount, blanks) }
    })
}

/** Every cell path of G3/G4 data, in print order: table 2, table 3, table 4. */
export function tablePaths(generation: '2019' | '2021'): string[] {
  return [
    ...table2Blocks(generation).flatMap((block) => block.rows.flatMap(([, row]) => block.columns.map(([, column]) => `activeDisclosure.${row}.${column}`))),
    ...table3Rows(generation).flatMap(([, , , row]) => table3Columns.map((column) => `requests.${row}.${column}`)),
    ...table4Cells,
  ]
}
