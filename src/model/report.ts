import type { ActiveDisclosureTable2019, ActiveDisclosureTable2021 } from './active-disclosure-table.js'
import type { Check } from './check.js'
import type { Classification } from './classification.js'
import type { Diagnostic } from './diagnostic.js'
import type { TableResult } from './grid.js'
import type { ReportMeta } from './metadata.js'
import type { RequestsTable2019, RequestsTable2021 } from './requests-table.js'
import type { ReviewLitigationTable } from './review-litigation-table.js'
import type { Section } from './section.js'
import type { StatisticsTable } from './statistics-table.js'

/** Input format the reader used. */
export type InputFormat = 'text' | 'markdown' | 'html'

/** Where the result came from. */
export interface SourceInfo {
  format: InputFormat
  /** Encoding the bytes were decoded with; null for string input. */
  encoding: string | null
  /** Length of the (decoded) input in UTF-16 code units. */
  length: number
}

/** Fields every variant has. */
export interface ReportBase {
  classification: Classification
  meta: ReportMeta
  /** Top-level sections in order; each has its children. */
  sections: Section[]
  /** Every grid found, with how it was recovered and what it was mapped to. */
  tables: TableResult[]
  checks: Check[]
  diagnostics: Diagnostic[]
  source: SourceInfo
}

/** A report of the 2008 template generation (G1). */
export interface Report2008 extends ReportBase {
  generation: '2008'
  /** The indicator table, or null when the report has none. */
  statistics: StatisticsTable | null
}

/** A report of the 2014 statistics-table era (G2). */
export interface Report2014 extends ReportBase {
  generation: '2014'
  statistics: StatisticsTable | null
}

/** A report in the 2019 format (G3). Each table is null when the report does not have it. */
export interface Report2019 extends ReportBase {
  generation: '2019'
  activeDisclosure: ActiveDisclosureTable2019 | null
  requests: RequestsTable2019 | null
  reviewLitigation: ReviewLitigationTable | null
}

/** A report in the revised 2021 format (G4). */
export interface Report2021 extends ReportBase {
  generation: '2021'
  activeDisclosure: ActiveDisclosureTable2021 | null
  requests: RequestsTable2021 | null
  reviewLitigation: ReviewLitigationTable | null
}

/** Input that is not an annual report, or too damaged to tell. Still carries what was found. */
export interface UnrecognizedReport extends ReportBase {
  generation: 'unrecognized'
}

/** The result of `parseReport`, discriminated by `generation`. */
export type ParsedReport = Report2008 | Report2014 | Report2019 | Report2021 | UnrecognizedReport
