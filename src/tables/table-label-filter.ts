import type { Line } from '../model/block.js'
import type { Grid } from '../model/grid.js'
import { normalizeLabel } from './labels/normalize-label.js'
import { memoizeByText } from '../util/memoize-by-text.js'
import type { TableTemplate } from './table-template.js'

interface LabelSets {
  /** Row and group labels of the G3/G4 tables: never headings, wherever they stand. */
  everywhere: Set<string>
  /** Their beginnings of four characters or more: a label cut by a space (`三、本年度办 理结果`). */
  beginnings: Set<string>
  /** Labels of the G1/G2 indicator vocabulary: table labels only inside a table's lines. */
  inTables: Set<string>
  /** What the sets say of a title, memoised (bounded): headings repeat from report to report. */
  verdict: (title: string) => Verdict
}

/** A title's verdict: never a table label, always one, or one only on a line inside a grid. */
type Verdict = typeof heading | typeof tableLabel | typeof tableLabelInGrid
const heading = 0
const tableLabel = 1
const tableLabelInGrid = 2

const cache = new WeakMap<readonly TableTemplate[], LabelSets>()

function labelSets(templates: readonly TableTemplate[]): LabelSets {
  let sets = cache.get(templates)
  if (sets) return sets
  const own: LabelSets = { everywhere: new Set(), beginnings: new Set(), inTables: new Set(), verdict: memoizeByText((title) => titleVerdict(own, title)) }
  sets = own
  for (const template of templates) {
    for (const table of template.tables) {
      for (const row of table.rows) for (const label of row.labels) sets.everywhere.add(normalizeLabel(label).text)
      for (const label of table.groupLabels) sets.everywhere.add(normalizeLabel(label).text)
    }
    const visit = (definitions: NonNullable<TableTemplate['statistics']>['indicators']) => {
      for (const definition of definitions) {
        for (const label of definition.labels) sets?.inTables.add(normalizeLabel(label).bare)
        if (definition.children) visit(definition.children)
      }
    }
    if (template.statistics) visit(template.statistics.indicators)
  }
  for (const label of sets.everywhere) for (let end = 4; end < label.length; end++) sets.beginnings.add(label.slice(0, end))
  cache.set(templates, sets)
  return sets
}

/**
 * A test for heading titles that are really row or group labels of a table: the labels of the
 * G3/G4 tables anywhere (`三、本年度办理结果`, `（七）总计`, `一、本年新收政府信息公开申请数量640020470`
 * in flattened text), and the labels of the G1/G2 indicator vocabulary on the lines a grid spans
 * (`一、主动公开情况` inside a flattened statistics table; outside a table, `（二）依申请公开情况`
 * is a heading). Digits run on after the label are ignored.
 */
export function tableLabelFilter(templates: readonly TableTemplate[], grids: readonly Grid[]): (title: string, line: Line) => boolean {
  const sets = labelSets(templates)
  // Grids sorted by their first line; a binary search finds the one that may hold a line.
  const sorted = [...grids].sort((a, b) => a.lines[0] - b.lines[0])
  const reach: number[] = []
  for (const grid of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, grid.lines[1]))
  const inGrid = (line: Line) => {
    let low = 0
    let high = sorted.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if ((sorted[middle]?.lines[0] ?? 0) <= line.index) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found >= 0 && (reach[found] ?? -1) >= line.index
  }
  return (title, line) => {
    const verdict = sets.verdict(title)
    return verdict === tableLabel || (verdict === tableLabelInGrid && inGrid(line))
  }
}

function titleVerdict(sets: LabelSets, title: string): Verdict {
  const label = normalizeLabel(title)
  const text = label.text.replace(/[\d.\s]+$/u, '')
  if (text === '') return heading
  if (sets.everywhere.has(text) || sets.beginnings.has(text)) return tableLabel
  return sets.inTables.has(label.bare.replace(/[\d.\s]+$/u, '')) || sets.inTables.has(text) ? tableLabelInGrid : heading
}
