import type { Generation } from '../../index.js'
import { layoutReport, type DocumentPart } from '../layout-report.js'
import type { PrintedTable } from '../printed-table.js'
import type { ReportData } from '../report-data.js'

/**
 * One form report text comes in: writes each table its way; titles, headings and paragraphs are
 * plain lines around them. Renderers are plain objects in `defaultRenderers`, so a test can run a
 * round trip form by form.
 */
export interface ReportRenderer {
  /** Stable name, equal to the file name: `tab-grid`. */
  name: string
  /** What the form looks like and where it was seen. */
  description: string
  /** Generations whose tables the form can write. */
  generations: readonly Generation[]
  /** Whether the form can write this data without losing information (flattened rows cannot keep blanks). */
  accepts(data: ReportData): boolean
  /** The lines of one table. */
  renderTable(table: PrintedTable): string[]
  /** The whole document, for forms with their own markup (Markdown, HTML); default: one line a part. */
  renderDocument?(parts: readonly DocumentPart[]): string
}

/** Writes report data as text in the form of `renderer`: the whole report, tables included. */
export function renderReport(data: ReportData, renderer: ReportRenderer): string {
  const parts = layoutReport(data)
  if (renderer.renderDocument) return renderer.renderDocument(parts)
  const lines: string[] = []
  for (const part of parts) {
    if (part.kind === 'table') lines.push(...renderer.renderTable(part.table), '')
    else lines.push(part.text, '')
  }
  return lines.join('\n')
}

/** A value as a report prints it: integers plain, negatives with `-`, decimals as they are. */
export const formatValue = (value: number): string => String(value)
