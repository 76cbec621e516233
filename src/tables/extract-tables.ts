import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { ReadDocument } from '../model/block.js'
import type { Grid, TableResult } from '../model/grid.js'
import type { StatisticsTable } from '../model/statistics-table.js'
import { documentText } from '../read/document-text.js'
import { pageNumberPattern } from '../read/page-number-line.js'
import { emptyStatistics, mapIndicatorTable, type IndicatorContinuation } from './mapping/map-indicator-table.js'
import { GridMemo } from './mapping/grid-memo.js'
import { mapTemplateTable, type TemplateTableMapping } from './mapping/map-template-table.js'
import { fillProseFigures, statedFigure } from './mapping/prose-figures.js'
import { resolveCumulativeSplits, type AmbiguousCumulative } from './mapping/resolve-cumulative-splits.js'
import type { TableTemplate } from './table-template.js'

/** The tables of a document read against one template. */
export interface TableExtraction {
  generation: string
  /** G1/G2: the indicator table (with prose figures), or null when there is none. */
  statistics: StatisticsTable | null
  /** G1/G2: whether any cell of `statistics` holds a value (false: every one is blank). */
  statisticsValued: boolean
  /** G3/G4: each template table found, by table id, rows merged from every grid that holds them. */
  tables: Map<string, TemplateTableMapping[]>
  /** How well the grids fit this template (rows and header columns matched). */
  fit: number
  /** Every grid, with the template table it was mapped to. */
  results: TableResult[]
  /** Diagnostics of this reading only; the caller keeps those of the chosen generation. */
  diagnostics: DiagnosticList
  /**
   * False for a generation read for its fit only (`fitOnly`): `fit` and `results` hold, but the
   * template tables have no values and no diagnostics were kept. Read it again to use it.
   */
  complete: boolean
}

/** How `extractTables` reads. */
export interface ExtractTablesOptions {
  /**
   * Generations whose template tables are matched for their fit only, without reading any value:
   * G3/G4 reports read their sibling generation only to let the tables decide between the two.
   */
  fitOnly?: readonly string[]
}

/**
 * Maps the grids found in a document onto each template's tables. Each template is read on its
 * own (with its own diagnostics), so the classifier can compare fits and the result keeps only
 * the chosen generation's reading.
 */
export function extractTables(document: ReadDocument, grids: readonly Grid[], templates: readonly TableTemplate[], year: number | null, options: ExtractTablesOptions = {}): Map<string, TableExtraction> {
  const extractions = new Map<string, TableExtraction>()
  const memo = new GridMemo()
  for (const template of templates) {
    const diagnostics = new DiagnosticList()
    const fitOnly = options.fitOnly?.includes(template.generation) === true && template.tables.length > 0
    const extraction: TableExtraction = { generation: template.generation, statistics: null, statisticsValued: false, tables: new Map(), fit: 0, results: [], diagnostics, complete: !fitOnly }
    // The last grid read as the indicator table, and where it left off: a grid right after it
    // (nothing but blank and left-out lines between: a page break) may continue it.
    let indicator: { lastLine: number; continuation: IndicatorContinuation } | null = null
    // Rows whose run-together this-year and cumulative values split in several ways.
    const ambiguous: AmbiguousCumulative[] = []
    for (const grid of grids) {
      let mappedTo: string | null = null
      for (const definition of template.tables) {
        const mapping = mapTemplateTable(grid, definition, diagnostics, memo, fitOnly)
        if (!mapping) continue
        const list = extraction.tables.get(definition.id) ?? []
        list.push(mapping)
        extraction.tables.set(definition.id, list)
        extraction.fit += mapping.fit
        mappedTo = mappedTo ? `${mappedTo}+${definition.id}` : definition.id
      }
      if (template.statistics) {
        const candidate = emptyStatistics()
        const scratch = new DiagnosticList()
        const continues = indicator && onlyGapBetween(document, indicator.lastLine, grid.lines[0]) ? indicator.continuation : null
        const { mapped, header, continuation, ambiguous: splits, valued } = mapIndicatorTable(grid, template.statistics, year, candidate, scratch, continues)
        if (mapped >= 2 || (header && mapped >= 1) || (continues && mapped >= 1)) {
          indicator = { lastLine: grid.lines[1], continuation }
          if (valued) extraction.statisticsValued = true
          ambiguous.push(...splits)
          extraction.statistics = mergeStatistics(extraction.statistics, candidate)
          diagnostics.items.push(...scratch.items)
          extraction.fit += mapped
          mappedTo = template.statistics.id
        }
      }
      extraction.results.push({ grid, template: mappedTo })
    }
    if (template.statistics && template.proseFigures.length > 0) {
      const statistics = extraction.statistics ?? emptyStatistics()
      const text = documentText(document)
      if (fillProseFigures(text, template.proseFigures, statistics, diagnostics, year) > 0) {
        extraction.statistics = statistics
        extraction.statisticsValued = true
      }
      if (ambiguous.length > 0 && resolveCumulativeSplits(statistics, ambiguous, (key) => statedFigure(text, template.proseFigures, key, year), diagnostics).length > 0) extraction.statisticsValued = true
    }
    extractions.set(template.generation, extraction)
  }
  return extractions
}

/** `（续表）`, `续上表`: a table goes on below. */
const continuedMark = /^\s*[（(]?\s*续\s*(?:上\s*)?表\s*[)）]?\s*$/u

/**
 * Whether the lines strictly between line `last` and line `first` are all blank, left out, or marks
 * of a table going on: `（续表）`, `续上表`, or a page number the reader kept (`第 3 页`, `- 3 -` in
 * Markdown or HTML).
 */
function onlyGapBetween(document: ReadDocument, last: number, first: number): boolean {
  if (first <= last) return false
  for (let index = last + 1; index < first; index++) {
    const line = document.lines[index]
    if (!line || !(line.blank || line.ignored || continuedMark.test(line.text) || pageNumberPattern.test(line.text))) return false
  }
  return true
}

function mergeStatistics(into: StatisticsTable | null, from: StatisticsTable): StatisticsTable {
  if (!into) return from
  for (const [key, cell] of Object.entries(from.cells)) if (!(key in into.cells)) into.cells[key] = cell
  for (const [key, cell] of Object.entries(from.cumulative)) if (!(key in into.cumulative)) into.cumulative[key] = cell
  into.unmapped.push(...from.unmapped)
  into.series.push(...from.series)
  return into
}
