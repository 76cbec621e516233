// Functions
export { parseReport } from './parse-report.js'
export { formatDiagnostic } from './diagnostics/format-diagnostic.js'
export { listCells, isCellValue } from './list-cells.js'
export { checkReport } from './checks/check-report.js'
export { compareReports } from './checks/compare-reports.js'
export { checkAggregate } from './checks/check-aggregate.js'

// Stages, each usable alone
export { readText } from './read/read-text.js'
export { readMarkdown } from './read/read-markdown.js'
export { readHtml } from './read/read-html.js'
export { readDocument } from './read/read-document.js'
export { detectFormat } from './read/detect-format.js'
export { foldTraditional, foldTraditionalText } from './read/fold-traditional.js'
export { decodeInput } from './decode/decode-input.js'
export { sniffEncoding } from './decode/sniff-encoding.js'
export { detectMojibake } from './decode/detect-mojibake.js'
export { detectSections } from './sections/detect-sections.js'
export { classify } from './templates/classify.js'
export { DiagnosticList } from './diagnostics/diagnostic-list.js'
export { runChecks } from './checks/run-checks.js'
export { locateFaults } from './checks/locate-fault.js'

// Defaults and built-in plug-ins
export {
  defaultGridReaders,
  alignedColumns,
  blockTable,
  cellPerLine,
  pipeRows,
  runOnRows,
  tabCellPerLine,
  tabSeparatedRows,
} from './tables/readers/index.js'
export { findGrids } from './tables/find-grids.js'
export { normalizeLabel } from './tables/labels/normalize-label.js'
export {
  defaultSectionDetectors,
  arabicCommaHeading,
  arabicDotHeading,
  attachmentHeading,
  boldHeading,
  chineseNumeralHeading,
  markdownHeading,
  parenthesizedArabicHeading,
  parenthesizedChineseHeading,
  partHeading,
} from './sections/detectors/index.js'
export { matchNumbering, createNumberedHeadingDetector } from './sections/numbering.js'
export { defaultTemplates, template2008, template2014, template2019, template2021 } from './templates/index.js'
export { defineTemplate, defineTemplates } from './templates/template.js'
export { diagnosticCodes } from './diagnostics/codes.js'
export { defaultReaders } from './read/read-document.js'
export { defaultContentRoots } from './read/find-content-root.js'
export { defaultMojibakeDetectors, gbkReadAsLatin1, utf8ReadAsGbk } from './decode/detect-mojibake.js'
export { defaultRelations } from './checks/default-relations.js'
export { defaultCrossYearRelations } from './checks/default-cross-year-relations.js'
export { defaultProseFigurePatterns } from './checks/prose-figures.js'
export { compareSums, equalsSum, everyCell, everyTuple } from './templates/relation-builders.js'

// Types
export type { Options } from './options.js'
export type { GridReader } from './tables/grid-reader.js'
export type { ColumnDefinition, ColumnSum, RowDefinition, RowSum, TableDefinition, ValueKind } from './tables/table-definition.js'
export type { IndicatorDefinition, IndicatorVocabulary } from './tables/indicator-definition.js'
export type { ProseFigure, TableTemplate } from './tables/table-template.js'
export type { NormalizedLabel } from './tables/labels/normalize-label.js'
export type { DiagnosticCode } from './diagnostics/codes.js'
export type { DetectorContext, HeadingMatch, SectionDetector } from './sections/section-detector.js'
export type { NumberingMatch, NumberingStyle } from './sections/numbering.js'
export type { Signal, Template } from './templates/template.js'
export type { Block, Line, LineMarkup, OffsetMap, ReadDocument, SourceText } from './model/block.js'
export type { Reader } from './read/read-document.js'
export type { ReadFormat } from './read/detect-format.js'
export type { ReadHtmlOptions } from './read/read-html.js'
export type { ReadMarkdownOptions } from './read/read-markdown.js'
export type { ContentRoot, FoundRoot } from './read/find-content-root.js'
export type { DecodedInput } from './decode/decode-input.js'
export type { EncodingGuess, EncodingReason } from './decode/sniff-encoding.js'
export type { MojibakeDetector, MojibakeFinding } from './decode/detect-mojibake.js'
export type { CellEntry, CellValue } from './model/cell.js'
export type { CellReference, Check, CheckStatus, Relation, RelationSides } from './model/check.js'
export type { CheckReportOptions } from './checks/check-report.js'
export type { CompareReportsOptions } from './checks/compare-reports.js'
export type { RunChecksOptions } from './checks/run-checks.js'
export type { Fault, FaultReason, LocatableCheck } from './checks/locate-fault.js'
export type { ProseFigurePattern } from './checks/prose-figures.js'
export type { RelationHead } from './templates/relation-builders.js'
export type { Classification, Evidence, Generation } from './model/classification.js'
export type { Diagnostic, Severity, Stage } from './model/diagnostic.js'
export type { Grid, GridCell, TableResult } from './model/grid.js'
export type { Contacts, DeclaredParts, MetaField, Period, ReportMeta } from './model/metadata.js'
export type { Point, Position } from './model/position.js'
export type {
  InputFormat,
  ParsedReport,
  Report2008,
  Report2014,
  Report2019,
  Report2021,
  ReportBase,
  SourceInfo,
  UnrecognizedReport,
} from './model/report.js'
export type { RequestColumn, RequestRow, RequestsTable2019, RequestsTable2021, RequestsTableBase } from './model/requests-table.js'
export type { ReviewColumn, ReviewGroup, ReviewLitigationTable } from './model/review-litigation-table.js'
export type { ActiveDisclosureTable2019, ActiveDisclosureTable2021 } from './model/active-disclosure-table.js'
export type { IndicatorSeries, StatisticsTable, UnmappedRow } from './model/statistics-table.js'
export type { Section, SectionRole } from './model/section.js'
