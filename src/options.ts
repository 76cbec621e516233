import type { SectionDetector } from './sections/section-detector.js'
import { defaultSectionDetectors } from './sections/detectors/index.js'
import type { Template } from './templates/template.js'
import { defaultTemplates } from './templates/index.js'
import { canonicalEncoding } from './decode/encoding-label.js'
import type { GridReader } from './tables/grid-reader.js'
import { defaultGridReaders } from './tables/readers/index.js'

/** Options of `parseReport`. Every field is optional. */
export interface Options {
  /**
   * Heading detectors, tried in order on each line (first match wins). Default:
   * `defaultSectionDetectors`. Add one with `[myDetector, ...defaultSectionDetectors]`; drop one
   * with `defaultSectionDetectors.filter((detector) => detector.name !== 'bold-heading')`.
   */
  sectionDetectors?: readonly SectionDetector[]
  /** Template generations to classify against. Default: `defaultTemplates`. */
  templates?: readonly Template[]
  /**
   * Encoding of byte input (`'gbk'`, `'gb18030'`, `'big5'`, `'utf-8'`, `'utf-16le'`, any iconv-lite
   * name); overrides the sniffing. Ignored for string input. Default: sniffed (docs/inputs.md).
   */
  encoding?: string
  /**
   * Input format. `'auto'` (the default) decides from the content: HTML, Markdown or plain text
   * (docs/inputs.md states the rule).
   */
  format?: 'auto' | 'text' | 'markdown' | 'html'
  /**
   * Grid readers, run in order; each claims the lines of the tables it finds. Default:
   * `defaultGridReaders`. Add one for a table form of your own with `[...defaultGridReaders, mine]`.
   */
  gridReaders?: readonly GridReader[]
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  sectionDetectors: readonly SectionDetector[]
  templates: readonly Template[]
  /** Canonical encoding name, or null to sniff. */
  encoding: string | null
  format: 'auto' | 'text' | 'markdown' | 'html'
  gridReaders: readonly GridReader[]
}

/**
 * Checks the options and fills in the defaults. Wrong options are a programmer's error and throw a
 * `TypeError` saying which option is wrong; bad input never throws.
 */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  if (options === undefined || options === null) return { sectionDetectors: defaultSectionDetectors, templates: defaultTemplates, gridReaders: defaultGridReaders, encoding: null, format: 'auto' }
  if (typeof options !== 'object') throw new TypeError(`parseReport: \`options\` must be an object, got ${typeof options}`)
  const sectionDetectors = options.sectionDetectors ?? defaultSectionDetectors
  if (!Array.isArray(sectionDetectors)) throw new TypeError('parseReport: `options.sectionDetectors` must be an array of detectors')
  sectionDetectors.forEach((detector: unknown, index) => {
    const candidate = detector as Partial<SectionDetector> | null
    if (!candidate || typeof candidate.name !== 'string' || typeof candidate.match !== 'function' || typeof candidate.rank !== 'number') {
      throw new TypeError(`parseReport: \`options.sectionDetectors[${index}]\` must be an object with \`name\` (string), \`rank\` (number) and \`match\` (function)`)
    }
  })
  for (const key of Object.keys(options)) {
    if (!optionKeys.has(key)) throw new TypeError(`parseReport: unknown option \`${key}\` (options are ${[...optionKeys].map((name) => `\`${name}\``).join(', ')})`)
  }
  const templates = options.templates ?? defaultTemplates
  if (!Array.isArray(templates)) throw new TypeError('parseReport: `options.templates` must be an array of templates')
  if (templates !== defaultTemplates) templates.forEach(checkTemplate)
  const gridReaders = options.gridReaders ?? defaultGridReaders
  if (!Array.isArray(gridReaders) || gridReaders.some((reader: unknown) => typeof (reader as Partial<GridReader> | null)?.read !== 'function' || typeof (reader as Partial<GridReader>).name !== 'string')) {
    throw new TypeError('parseReport: `options.gridReaders` must be an array of objects with `name` (string) and `read` (function)')
  }
  const { encoding, format } = resolveInputOptions(options)
  return { sectionDetectors, templates, gridReaders, encoding, format }
}

const formats = ['auto', 'text', 'markdown', 'html'] as const

/** The keys `Options` has: any other is a typo, never ignored. */
const optionKeys: ReadonlySet<string> = new Set(['sectionDetectors', 'templates', 'encoding', 'format', 'gridReaders'])

/** Throws a `TypeError` naming what is wrong when a template lacks a field the pipeline reads. */
function checkTemplate(template: unknown, index: number): void {
  const at = `parseReport: \`options.templates[${index}]\``
  if (!template || typeof template !== 'object') throw new TypeError(`${at} must be a template object, got ${template === null ? 'null' : typeof template}`)
  const candidate = template as Partial<Template>
  if (typeof candidate.generation !== 'string') throw new TypeError(`${at} must have a \`generation\` (string)`)
  const years = candidate.years as { from?: unknown; to?: unknown } | undefined
  if (!years || typeof years.from !== 'number' || !(years.to === null || typeof years.to === 'number')) throw new TypeError(`${at} must have \`years\` as { from: number, to: number | null }`)
  if (!Array.isArray(candidate.signals) || candidate.signals.some((signal) => !signal || typeof signal.name !== 'string' || !(signal.pattern instanceof RegExp) || typeof signal.weight !== 'number')) {
    throw new TypeError(`${at} must have \`signals\`: an array of { name: string, pattern: RegExp, weight: number }`)
  }
  if (typeof candidate.signalCap !== 'number') throw new TypeError(`${at} must have a \`signalCap\` (number)`)
  if (!Array.isArray(candidate.tables)) throw new TypeError(`${at} must have \`tables\` (an array, empty for none)`)
  if (!Array.isArray(candidate.proseFigures)) throw new TypeError(`${at} must have \`proseFigures\` (an array, empty for none)`)
  if (candidate.statistics !== null && (typeof candidate.statistics !== 'object' || !Array.isArray(candidate.statistics?.indicators))) throw new TypeError(`${at} must have \`statistics\`: an indicator vocabulary or null`)
}

/** Checks `encoding` (a name iconv-lite can decode) and `format` (one of `formats`). */
function resolveInputOptions(options: Options): Pick<ResolvedOptions, 'encoding' | 'format'> {
  let encoding: string | null = null
  if (options.encoding !== undefined && options.encoding !== null) {
    if (typeof options.encoding !== 'string') throw new TypeError(`parseReport: \`options.encoding\` must be a string, got ${typeof options.encoding}`)
    encoding = canonicalEncoding(options.encoding)
    if (!encoding) throw new TypeError(`parseReport: \`options.encoding\` names an unknown encoding: ${JSON.stringify(options.encoding)}`)
  }
  const format = options.format ?? 'auto'
  if (!formats.includes(format)) {
    throw new TypeError(`parseReport: \`options.format\` must be one of ${formats.map((name) => `'${name}'`).join(', ')}, got ${JSON.stringify(format)}`)
  }
  return { encoding, format }
}
