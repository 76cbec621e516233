import { runChecks } from './checks/run-checks.js'
import { DiagnosticList } from './diagnostics/diagnostic-list.js'
import { extractMetadata } from './metadata/extract-metadata.js'
import type { Classification } from './model/classification.js'
import type { ParsedReport, ReportBase } from './model/report.js'
import { resolveOptions, type Options } from './options.js'
import { documentText, releaseDocumentText } from './read/document-text.js'
import { decodeInput } from './decode/decode-input.js'
import { detectFormat } from './read/detect-format.js'
import { foldTraditional } from './read/fold-traditional.js'
import { readDocument } from './read/read-document.js'
import { detectSections } from './sections/detect-sections.js'
import { classify, lowConfidence } from './templates/classify.js'
import { reviseWithTables } from './templates/revise-with-tables.js'
import type { Template } from './templates/template.js'
import { assembleTemplateTables } from './tables/assemble-template-table.js'
import { extractTables, type TableExtraction } from './tables/extract-tables.js'
import { findGrids } from './tables/find-grids.js'
import { tableLabelFilter } from './tables/table-label-filter.js'
import { valueRowLines } from './tables/value-row-lines.js'
import type { ActiveDisclosureTable2019, ActiveDisclosureTable2021 } from './model/active-disclosure-table.js'
import type { RequestsTable2019, RequestsTable2021 } from './model/requests-table.js'
import type { ReviewLitigationTable } from './model/review-litigation-table.js'

/**
 * Parses a 政府信息公开工作年度报告 into a typed result discriminated by `generation`.
 * `input` is text (plain, Markdown or HTML; `options.format`) or bytes in any Chinese encoding
 * (`Uint8Array`, `Buffer`; sniffed, or `options.encoding`). Never throws on any string or bytes:
 * problems become `diagnostics`. Throws a `TypeError` only when `input` is neither a string nor a
 * `Uint8Array`, or `options` are malformed.
 */
export function parseReport(input: string | Uint8Array, options?: Options): ParsedReport {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`parseReport: \`input\` must be a string or a Uint8Array, got ${input === null ? 'null' : typeof input}`)
  }
  const settings = resolveOptions(options)
  const diagnostics = new DiagnosticList()
  const decoded = decodeInput(input, settings.encoding, diagnostics)
  const document = readDocument(decoded.text, settings.format === 'auto' ? detectFormat(decoded.text) : settings.format, diagnostics)
  foldTraditional(document, diagnostics)
  const grids = findGrids(document, settings.gridReaders)
  const sections = detectSections(document, settings.sectionDetectors, diagnostics, {
    skipLines: valueRowLines(document, grids),
    isTableLabel: tableLabelFilter(settings.templates, grids),
  })
  const metadata = extractMetadata(document, sections, diagnostics)
  const textClassification = classify(
    {
      text: documentText(document),
      title: metadata.title?.compact ?? null,
      firstLine: metadata.firstLine,
      sections,
      year: metadata.meta.year,
    },
    settings.templates,
  )
  // Only the generation the text points to is read off the grids — and, for G3/G4, its sibling,
  // since the tables decide between those two (templates.md §1): for its fit only, and in full
  // only when the tables do choose it.
  const candidates = tableCandidates(textClassification.generation)
  const fitOnly = candidates.filter((generation) => generation !== textClassification.generation)
  const tableTemplates = settings.templates.filter((template) => candidates.includes(template.generation))
  // The searchable text (two strings the size of the input) is read by the tables stage only for
  // the figures G1/G2 reports state in prose, and by nothing after it: let it go as soon as it can.
  const tablesReadText = tableTemplates.some((template) => template.proseFigures.length > 0)
  if (!tablesReadText) releaseDocumentText(document)
  const extractions = extractTables(document, grids, tableTemplates, metadata.meta.year, { fitOnly })
  if (tablesReadText) releaseDocumentText(document)
  const classification = reviseWithTables(textClassification, new Map([...extractions].map(([generation, extraction]) => [generation, extraction.fit])))
  if (classification !== textClassification) {
    diagnostics.add('table.generation-revised', 'tables', `The tables fit the ${classification.generation} template better than the ${textClassification.generation} one the text suggests; the tables decide.`)
  }
  reportClassification(classification, diagnostics)
  let extraction = extractions.get(classification.generation)
  // The other generation's reading is garbage from here on: let it go before the result is built.
  extractions.clear()
  if (extraction && !extraction.complete) {
    const chosen = tableTemplates.filter((template) => template.generation === classification.generation)
    extraction = extractTables(document, grids, chosen, metadata.meta.year).get(classification.generation)
  }
  if (extraction) diagnostics.items.push(...extraction.diagnostics.items)
  const base: ReportBase = {
    classification,
    meta: metadata.meta,
    sections,
    tables: extraction?.results ?? grids.map((grid) => ({ grid, template: null })),
    checks: [],
    diagnostics: diagnostics.items,
    source: { format: document.format, encoding: decoded.encoding, length: decoded.text.length },
  }
  const template = settings.templates.find((candidate) => candidate.generation === classification.generation)
  const report = toReport(classification, base, template, extraction, diagnostics)
  report.checks = runChecks(report, { document, diagnostics })
  return report
}

function reportClassification(classification: Classification, diagnostics: DiagnosticList): void {
  if (!classification.isReport) {
    const cue = classification.evidence.find((evidence) => evidence.generation === null)
    diagnostics.add('classify.not-a-report', 'classify', `The input does not look like an annual report (${cue?.signal ?? 'no title'}${cue?.text ? `: “${cue.text}”` : ''}).`, {
      position: cue?.position,
    })
  } else if (classification.generation === 'unrecognized') {
    // A report, but no template's features or years fit it: its tables were not read against any.
    diagnostics.add('classify.low-confidence', 'classify', 'The input reads like an annual report, but no template generation fits it; no table was read against a template.')
  } else {
    if (classification.confidence < lowConfidence) {
      diagnostics.add('classify.low-confidence', 'classify', `Generation ${classification.generation} decided on weak evidence (confidence ${classification.confidence}).`)
    }
    // The year points to one generation (its prior), the features decided for another.
    const prior = classification.evidence.find((evidence) => evidence.signal === 'year-prior')
    if (prior?.generation && prior.generation !== classification.generation) {
      diagnostics.add('classify.features-contradict-year', 'classify', `The template features point to ${classification.generation} although the report year ${prior.text} falls in ${prior.generation}'s years; the features decide.`)
    }
  }
}

/** The generations whose tables are read for a text classification. */
function tableCandidates(generation: Classification['generation']): string[] {
  if (generation === '2019' || generation === '2021') return ['2019', '2021']
  return generation === 'unrecognized' ? [] : [generation]
}

/** Builds the variant of the union for the decided generation, with its tables. */
function toReport(
  classification: Classification,
  base: ReportBase,
  template: Template | undefined,
  extraction: TableExtraction | undefined,
  diagnostics: DiagnosticList,
): ParsedReport {
  const generation = classification.generation
  if (generation === '2008' || generation === '2014') {
    const statistics = extraction?.statistics ?? null
    // As for a G3/G4 table not found: null may mean the report prints no table (many early ones do
    // not) or that none was recognised; either way the reader is told, not left with a bare null.
    if (!statistics && template?.statistics) {
      diagnostics.add('table.not-found', 'tables', `The indicator table ${template.statistics.id} (statistics) was not found, in a table or in the text.`, { path: 'statistics' })
    } else if (statistics && extraction && !extraction.statisticsValued) {
      diagnostics.add('table.all-blank', 'tables', 'The indicator table found left every value cell blank: all values are null, not 0.', { path: 'statistics' })
    }
    base.diagnostics = diagnostics.items
    return { generation, ...base, statistics }
  }
  if (generation === '2019' || generation === '2021') {
    const tables = assembleTemplateTables(template?.tables ?? [], extraction?.tables ?? new Map(), diagnostics)
    base.diagnostics = diagnostics.items
    if (generation === '2019') {
      return {
        generation,
        ...base,
        activeDisclosure: (tables.activeDisclosure ?? null) as ActiveDisclosureTable2019 | null,
        requests: (tables.requests ?? null) as RequestsTable2019 | null,
        reviewLitigation: (tables.reviewLitigation ?? null) as ReviewLitigationTable | null,
      }
    }
    return {
      generation,
      ...base,
      activeDisclosure: (tables.activeDisclosure ?? null) as ActiveDisclosureTable2021 | null,
      requests: (tables.requests ?? null) as RequestsTable2021 | null,
      reviewLitigation: (tables.reviewLitigation ?? null) as ReviewLitigationTable | null,
    }
  }
  return { generation: 'unrecognized', ...base }
}
