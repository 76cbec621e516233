import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Line, ReadDocument } from '../model/block.js'
import type { MetaField, ReportMeta } from '../model/metadata.js'
import type { Position } from '../model/position.js'
import type { Section } from '../model/section.js'
import { documentText, type DocumentText } from '../read/document-text.js'
import { linePosition } from '../read/line-position.js'
import { parseChineseNumeral } from '../util/chinese-numeral.js'
import { isWhiteSpace, trimStartIndex } from '../util/is-white-space.js'
import { datePattern, isoDate } from './chinese-date.js'
import { findDeclaredParts } from './declared-parts.js'
import { findFooterStart } from './find-chrome.js'
import { findContacts } from './find-contacts.js'
import { organFromSignature, organFromTitle } from './find-organ.js'
import { findPeriod } from './find-period.js'
import { findSignatureDate } from './find-signature-date.js'
import { breadcrumbPattern, findTitle, type TitleMatch } from './find-title.js'
import { readHeaderFields, type HeaderField } from './header-fields.js'
import { bigramDice, titleBigrams } from './title-similarity.js'

/** The metadata and what the later stages may want to know about where the report is. */
export interface MetadataResult {
  meta: ReportMeta
  title: TitleMatch | null
  /** Index of the first line of the site footer (`lines.length` when none). */
  footerStart: number
  /** The document's own first line (not a page field or breadcrumb), white space removed. */
  firstLine: string | null
}

const titleYearPattern = /(\d{4}|[〇○零一二三四五六七八九]{4})年/u
/** Longest line still taken for a line of page fields rather than for text that carries some. */
const maxFieldLineLength = 300
/** How many of the first lines are read for page fields. */
const headerLineCount = 30
/** The page-field lines of a document that has none. */
const noLines: ReadonlySet<Line> = new Set()
/** Share of the declared parts that must be found among the sections before the match is trusted. */
const partMatchThreshold = 0.34

/**
 * Reads the metadata of a report: title, organ, year, period, dates, page fields (索引号, 文号,
 * 发布机构), contacts, and the parts the introduction declares (compared with `sections`).
 */
export function extractMetadata(document: ReadDocument, sections: readonly Section[], diagnostics: DiagnosticList): MetadataResult {
  const { lines, source } = document
  const positions: Partial<Record<MetaField, Position>> = {}
  const whole = documentText(document)
  const footerStart = findFooterStart(lines, whole)
  const firstSection = sections[0]
  let headEnd = firstSection ? lines.findIndex((line) => line.position.end.offset > firstSection.position.start.offset) : -1
  if (headEnd < 0) headEnd = Math.min(lines.length, 40)
  const head = lines.slice(0, headEnd)
  const fields = readHeaderFields(head.slice(0, headerLineCount))
  // A line that runs on far past its fields is the report itself, flattened onto one line after the
  // page's 来源/时间 fields (Pingtan 2017/2021 page text): it stays in the body.
  const fieldLines = fields.length === 0 ? noLines : new Set(fields.map((field) => field.line).filter((line) => line.text.length <= maxFieldLineLength))
  // The body: the lines before the footer that are neither ignored nor page fields. The finders
  // below walk `lines` up to `footerStart` and skip the others, rather than each reading a copy.
  const inBody = (line: Line): boolean => !line.ignored && !(fieldLines.size > 0 && fieldLines.has(line))
  const bodyText = bodyTextOf(lines, whole, footerStart, fieldLines)

  const title = findTitle(head.length > 0 ? head : lines.slice(0, 40), fields)
  const firstTitleLine = title?.lines[0]
  const lastTitleLine = title?.lines[title.lines.length - 1]
  if (title && firstTitleLine && lastTitleLine) {
    positions.title = spanOfLines(document, firstTitleLine, lastTitleLine, title.fromField ? fields.find((field) => field.line === firstTitleLine) : undefined)
  } else {
    diagnostics.add('meta.title-missing', 'metadata', 'No line reads like the title of an annual report.')
  }

  // The field of the first label given that the page prints (`发布日期` before `成文日期`, wherever each stands).
  const field = (...labels: string[]): HeaderField | undefined => {
    for (const label of labels) {
      const found = fields.find((candidate) => candidate.label === label && candidate.value !== '')
      if (found) return found
    }
    return undefined
  }
  const fieldValue = (key: MetaField, ...labels: string[]): string | null => {
    const found = field(...labels)
    if (!found) return null
    positions[key] = linePosition(source, found.line, found.valueRange[0], found.valueRange[1])
    return found.value
  }

  // Organ: from the title; else from a signature line at the end; else from 发布机构.
  let organ: string | null = title ? organFromTitle(title.compact) : null
  if (organ && title) {
    const place = findInLines(document, title.lines, organ)
    if (place) positions.organ = place
  }
  if (!organ) {
    // The last signature among the last eight printed body lines: looked for from the end.
    let seen = 0
    for (let i = footerStart - 1; i >= 0 && seen < 8; i--) {
      const line = lines[i] as Line
      if (line.blank || !inBody(line)) continue
      seen++
      const found = organFromSignature(line.text.replace(/\s+/gu, ''))
      if (found) {
        organ = found
        positions.organ = linePosition(source, line, line.text.length - line.text.trimStart().length, line.text.trimEnd().length)
        break
      }
    }
  }
  if (!organ) {
    const publisherField = field('发布机构', '发文机关')
    if (publisherField) {
      organ = publisherField.value
      positions.organ = linePosition(source, publisherField.line, publisherField.valueRange[0], publisherField.valueRange[1])
    }
  }
  if (!organ) diagnostics.add('meta.organ-missing', 'metadata', 'The organ the report is about was not found in its title or signature.')

  // Period, dates.
  const period = findPeriod(whole.full)
  if (period) positions.period = whole.fullPosition(period.range[0], period.range[1])

  let publicationDate: string | null = null
  const dateField = field('发布日期', '发布时间', '成文日期', '生成日期', '时间')
  if (dateField) {
    datePattern.lastIndex = 0
    const match = datePattern.exec(dateField.value)
    publicationDate = match ? isoDate(match) : null
    if (publicationDate) positions.publicationDate = linePosition(source, dateField.line, dateField.valueRange[0], dateField.valueRange[1])
  }
  const signature = findSignatureDate(lines, footerStart, inBody, whole)
  if (signature) positions.signatureDate = linePosition(source, signature.line, signature.range[0], signature.range[1])

  // Year: the data year printed in the title; else the period; else the year before publication.
  let year: number | null = null
  const titleYear = title ? titleYearPattern.exec(title.compact) : null
  if (titleYear && title) {
    const digits = titleYear[1] ?? ''
    year = /\d/u.test(digits) ? Number(digits) : parseChineseNumeral(digits)
    const place = findInLines(document, title.lines, titleYear[0])
    if (place) positions.year = place
  }
  const periodYear = period ? Number(period.period.end.slice(0, 4)) : null
  if (year === null && periodYear !== null) {
    year = periodYear
    if (positions.period) positions.year = positions.period
  } else if (year !== null && periodYear !== null && periodYear !== year) {
    diagnostics.add('meta.year-conflict', 'metadata', `The title says ${year} but the statistics period ends in ${periodYear}.`, { position: positions.period })
  }
  const dateForYear = publicationDate ?? signature?.date ?? null
  if (year === null && dateForYear) {
    year = Number(dateForYear.slice(0, 4)) - 1
  }
  if (year === null) diagnostics.add('meta.year-missing', 'metadata', 'No report year in the title, the statistics period or the dates.')

  // Declared parts, compared with the top-level sections.
  const declared = findDeclaredParts(whole.full.slice(0, 6000))
  if (declared) {
    positions.declaredParts = whole.fullPosition(declared.range[0], declared.range[1])
    compareDeclaredParts(declared.parts.parts, declared.parts.count, sections, diagnostics, positions.declaredParts)
  }

  const meta: ReportMeta = {
    title: title?.text ?? null,
    organ,
    year,
    period: period?.period ?? null,
    publicationDate,
    signatureDate: signature?.date ?? null,
    indexNumber: fieldValue('indexNumber', '索引号'),
    documentNumber: fieldValue('documentNumber', '文号', '发文字号'),
    publisher: fieldValue('publisher', '发布机构', '发文机关'),
    contacts: findContacts(bodyText),
    declaredParts: declared?.parts ?? null,
    positions,
  }
  const first = head.find((line) => !line.blank && !fieldLines.has(line) && !breadcrumbPattern.test(line.text))
  return { meta, title, footerStart, firstLine: first ? first.text.replace(/\s+/gu, '') : null }
}

function compareDeclaredParts(parts: string[], count: number | null, sections: readonly Section[], diagnostics: DiagnosticList, position: Position | undefined): void {
  // A part printed as a section's very title matches it (its bigrams are the title's, at least one
  // when it holds a character that is not white space: the score is 1), and most parts are: only
  // the others are scored, each title's bigrams made once when first needed, not once for every
  // part compared with it.
  let titles: number[][] | null = null
  const missing = parts.filter((part) => {
    if (trimStartIndex(part) < part.length && sections.some((section) => section.title === part)) return false
    titles ??= sections.map((section) => titleBigrams(section.title))
    const grams = titleBigrams(part)
    return !titles.some((title) => bigramDice(grams, title) >= partMatchThreshold)
  })
  if (count !== null && count !== sections.length) {
    diagnostics.add('meta.declared-parts-mismatch', 'metadata', `The introduction declares ${count} parts but ${sections.length} top-level sections were found.`, { position })
  }
  if (missing.length > 0) {
    diagnostics.add('meta.declared-parts-mismatch', 'metadata', `Declared part(s) ${missing.map((part) => `“${part}”`).join(', ')} match no top-level section.`, { position })
  }
}

/**
 * The body's lines joined by line breaks: the lines before `footerStart` that are neither left out
 * (`Line.ignored`) nor page fields. `text.full` holds the kept lines joined so: the body is a run
 * of it once past the page fields (all among the first lines), and only the lines before the last
 * field are read one by one, not every line of the document.
 */
function bodyTextOf(lines: readonly Line[], text: DocumentText, footerStart: number, fieldLines: ReadonlySet<Line>): string {
  let cut = 0
  if (fieldLines.size > 0) {
    // The page fields are read from the first `headerLineCount` lines.
    for (let i = 0; i < Math.min(lines.length, headerLineCount); i++) if (fieldLines.has(lines[i] as Line)) cut = i + 1
    cut = Math.min(cut, footerStart)
  }
  const texts: string[] = []
  for (let i = 0; i < cut; i++) {
    const line = lines[i] as Line
    if (!line.ignored && !fieldLines.has(line)) texts.push(line.text)
  }
  // The kept lines from `cut` to the footer, when there is one: a slice of the full text.
  const from = text.fullLineStart(cut)
  const to = text.fullLineStart(footerStart)
  if (from < to) texts.push(text.full.slice(from, to - 1))
  return texts.length === 1 ? (texts[0] as string) : texts.join('\n')
}

/** Where `needle` is printed in the lines, white space allowed between its characters. */
function findInLines(document: ReadDocument, lines: readonly Line[], needle: string): Position | undefined {
  const characters = [...needle]
  for (const line of lines) {
    const span = findSpaced(line.text, characters)
    if (span) return linePosition(document.source, line, span[0], span[1])
  }
  return undefined
}

/**
 * The first `[start, end)` of `text` that spells `characters` with any white space between them
 * (what the pattern `c1\s*c2\s*…` finds, for characters that are not white space themselves).
 */
function findSpaced(text: string, characters: readonly string[]): [number, number] | null {
  const first = characters[0]
  if (first === undefined) return null
  for (let start = text.indexOf(first); start >= 0; start = text.indexOf(first, start + 1)) {
    let at = start + first.length
    let matched = true
    for (let k = 1; k < characters.length; k++) {
      const character = characters[k] as string
      while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++
      if (!text.startsWith(character, at)) {
        matched = false
        break
      }
      at += character.length
    }
    if (matched) return [start, at]
  }
  return null
}

function spanOfLines(document: ReadDocument, first: Line, last: Line, field: HeaderField | undefined): Position {
  if (field) return linePosition(document.source, field.line, field.valueRange[0], field.valueRange[1])
  const start = linePosition(document.source, first, first.text.length - first.text.trimStart().length, first.text.length).start
  const end = linePosition(document.source, last, 0, last.text.trimEnd().length).end
  return { start, end }
}
