/**
 * zfxxgk/testing: fast-check arbitraries of valid report data for each template generation,
 * renderers that write that data as report text in every form the parser reads, and a mutator
 * that breaks one relation and says which. For downstream test suites; see docs/testing.md.
 */
export { reportDataArbitrary, tablePaths } from './arbitraries.js'
export { reportFromData, dataCells } from './report-from-data.js'
export { mutateOneCell, mutationArbitrary } from './mutate-one-cell.js'
export { countSplits } from './count-splits.js'
export { layoutReport } from './layout-report.js'
export { printedTables } from './printed-table.js'
export { indicatorForms } from './indicator-forms.js'
export { renderReport, formatValue } from './renderers/report-renderer.js'
export { splitsUniquely } from './renderers/flattened.js'
export { defaultRenderers, alignedText, cellPerLine, flattenedPage, flattenedRows, html, markdown, ocrNoisy, pipeRows, pipeTable, tabGrid } from './renderers/index.js'

export type { BlankMode, ReportDataOptions } from './arbitraries.js'
export type { IndicatorFormName, ReportData } from './report-data.js'
export type { Mutation, MutationOptions } from './mutate-one-cell.js'
export type { NumberKind } from './count-splits.js'
export type { DocumentPart } from './layout-report.js'
export type { PrintedRow, PrintedTable } from './printed-table.js'
export type { IndicatorForm, IndicatorRow, IndicatorRule } from './indicator-forms.js'
export type { ReportRenderer } from './renderers/report-renderer.js'
