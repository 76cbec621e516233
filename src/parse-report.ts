import { runChecks } from './checks/run-checks.js'
import { DiagnosticList } from './diagnostics/diagnostic-list.js'
import { extractMetadata } from './metadata/extract-metadata.js'
import type { Classification } from './model/classification.js'
import type { ParsedReport, ReportBase } from './model/report.js'
import { resolveOptions, type Options } from './options.js'
import { documentText } from './read/document-text.js'
import { decodeInput } from './decode/decode-input.js'
import { detectFormat } from './read/detect-format.js'
import { foldTraditional } from './read/fold-traditional.js'
import { readDocument } from './read/read-document.js'
import { detectSections } from './sections/detect-sections.js'
import { classify, lowConfidence } from './templates/classify.js'

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
  const sections = detectSections(document, settings.sectionDetectors, diagnostics)
  const metadata = extractMetadata(document, sections, diagnostics)
  const classification = classify(
    {
      text: documentText(document),
      title: metadata.title?.compact ?? null,
      firstLine: metadata.firstLine,
      sections,
      year: metadata.meta.year,
    },
    settings.templates,
  )
  reportClassification(classification, diagnostics)
  const base: ReportBase = {
    classification,
    meta: metadata.meta,
    sections,
    tables: [],
    checks: [],
    diagnostics: diagnostics.items,
    source: { format: document.format, encoding: decoded.encoding, length: decoded.text.length },
  }
  const report = toReport(classification, base)
  report.checks = runChecks(report, { document, diagnostics })
  return report
}

function reportClassification(classification: Classification, diagnostics: DiagnosticList): void {
  if (!classification.isReport) {
    const cue = classification.evidence.find((evidence) => evidence.generation === null)
    diagnostics.add('classify.not-a-report', 'classify', `The input does not look like an annual report (${cue?.signal ?? 'no title'}${cue?.text ? `: “${cue.text}”` : ''}).`, {
      position: cue?.position,
    })
  } else if (classification.generation !== 'unrecognized' && classification.confidence < lowConfidence) {
    diagnostics.add('classify.low-confidence', 'classify', `Generation ${classification.generation} decided on weak evidence (confidence ${classification.confidence}).`)
  }
}

/** Builds the variant of the union for the decided generation. */
function toReport(classification: Classification, base: ReportBase): ParsedReport {
  switch (classification.generation) {
    case '2008':
      return { generation: '2008', ...base, statistics: null }
    case '2014':
      return { generation: '2014', ...base, statistics: null }
    case '2019':
      return { generation: '2019', ...base, activeDisclosure: null, requests: null, reviewLitigation: null }
    case '2021':
      return { generation: '2021', ...base, activeDisclosure: null, requests: null, reviewLitigation: null }
    default:
      return { generation: 'unrecognized', ...base }
  }
}
