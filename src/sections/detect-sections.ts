import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Line, ReadDocument } from '../model/block.js'
import type { Section } from '../model/section.js'
import { linePosition, lineSourceText } from '../read/line-position.js'
import { pointAt } from '../read/source-text.js'
import type { Point } from '../model/position.js'
import { detectorGates, hasGateMarkup, lineOpening, passesGate } from './detector-opening.js'
import { indentOf } from '../util/indent-of.js'
import { findTitleEnd, maxHeadingTitleLength, trimTitleEnd } from './heading-title.js'
import { trimEndIndex } from '../util/is-white-space.js'
import type { DetectorContext, HeadingMatch, SectionDetector } from './section-detector.js'
import { sectionRole } from './section-role.js'

/** Options of {@link detectSections}. */
export interface DetectSectionsOptions {
  /** Lines that belong to tables (their row labels are not headings). */
  skipLines?: ReadonlySet<number>
  /** Titles that are table labels, not headings (`本年度办理结果` printed as `三、本年度办理结果`). */
  isTableLabel?: (title: string, line: Line) => boolean
}

interface Candidate {
  line: Line
  match: HeadingMatch
  titleEnd: number
  via: string
}

interface OpenLevel {
  /** Styles printed at this level; the first is the level's own. */
  styles: string[]
  last: number | null
  lastNumbering: string | null
  /** Style of the last heading at this level. */
  lastStyle: string
  section: Section
}

// A bullet of a list in prose (`- 1、做好…`, `• …`): a list item, not a heading. As the pattern
// `^ *[-*•·●] `, tested by character (a regex call per line cost more than the test).
const bullets = new Set([...'-*•·●'].map((character) => character.charCodeAt(0)))
const startsWithBullet = (text: string) => {
  const index = indentOf(text)
  return bullets.has(text.charCodeAt(index)) && text.charCodeAt(index + 1) === 0x20
}

/**
 * Builds the section tree: runs the detectors over every line, keeps the headings, nests them
 * by the order in which their styles appear, and reports numbering anomalies (skip, repeat,
 * restart, style switch) without moving any heading from its place.
 */
export function detectSections(
  document: ReadDocument,
  detectors: readonly SectionDetector[],
  diagnostics: DiagnosticList,
  options: DetectSectionsOptions = {},
): Section[] {
  const isTableLabel = options.isTableLabel
  const roots: Section[] = []
  const stack: OpenLevel[] = []
  // The headings whose extent is still open, their levels rising up the stack: each heading placed
  // ends those at its level or deeper (see `closeExtents`).
  const waiting: Section[] = []

  for (const candidate of findCandidates(document, detectors, options.skipLines)) {
    const titleText = candidate.line.text.slice(candidate.match.titleStart, candidate.titleEnd)
    if (isTableLabel?.(titleText, candidate.line)) continue
    const section = toSection(document, candidate, titleText)
    const { match } = candidate
    let depth: number
    let styles: string[]
    if (match.topLevel) {
      depth = 0
      const top = stack[0]
      const known = top?.styles.includes(match.style) === true
      if (top && known) checkOrder(top, section, diagnostics)
      // A level's styles are never changed in place: one that already holds the style is shared.
      styles = top ? (known ? top.styles : [...top.styles, match.style]) : [match.style]
    } else {
      depth = levelOfStyle(stack, match.style)
      // `stack[-1]` would be a slow property lookup that finds nothing: tested as an index first.
      const same = depth >= 0 ? stack[depth] : undefined
      if (same) {
        checkOrder(same, section, diagnostics)
        if (same.lastStyle !== match.style) reportStyleSwitch(section, same, diagnostics)
        styles = same.styles
      } else {
        depth = continuedLevel(stack, match)
        const continued = depth >= 0 ? stack[depth] : undefined
        if (continued) {
          reportStyleSwitch(section, continued, diagnostics)
          styles = [...continued.styles, match.style]
        } else {
          depth = stack.length
          styles = [match.style]
          if (match.ordinal !== null && match.ordinal !== 1) {
            diagnostics.add(
              'section.numbering-skipped',
              'sections',
              `Heading ${JSON.stringify(section.numbering)} starts its sequence at ${match.ordinal}, not 1.`,
              { position: section.position, actual: section.numbering ?? '' },
            )
          }
        }
      }
    }
    // Truncated by popping: setting `length` is a slow path of its own.
    while (stack.length > depth) stack.pop()
    section.level = depth + 1
    const parent = depth > 0 ? stack[depth - 1] : undefined
    if (parent) parent.section.children.push(section)
    else {
      section.role = match.style === 'attachment' ? 'attachment' : sectionRole(section.title)
      roots.push(section)
    }
    stack.push({ styles, last: match.ordinal, lastNumbering: section.numbering, lastStyle: match.style, section })
    closeExtents(waiting, section, candidate.line)
    waiting.push(section)
  }

  // The headings no later heading of their level or above ends run to the end of the document.
  if (waiting.length > 0) {
    const documentEnd = pointAt(document.source, document.source.text.length)
    for (const section of waiting) setExtent(section, documentEnd)
  }
  if (roots.length === 0 && !document.lines.every((line) => line.blank)) {
    diagnostics.add('section.none-found', 'sections', 'No section heading was recognised in the text.')
  }
  return roots
}

function findCandidates(document: ReadDocument, detectors: readonly SectionDetector[], skipLines?: ReadonlySet<number>): Candidate[] {
  const candidates: Candidate[] = []
  const context = { document }
  // Built-in detectors declare what their headings start with: a line that starts otherwise is
  // not offered to them (a call each per line of prose, which they would reject).
  const { gates, unmarked, reachesAny } = detectorGates(detectors)
  for (const line of document.lines) {
    // The line's own flags first: a blank line (a quarter of most reports) needs no set lookup.
    if (line.blank || line.ignored || line.markup.tableCell) continue
    if (skipLines?.has(line.index)) continue
    const opening = lineOpening(line.text)
    if (!hasGateMarkup(line)) {
      // Most lines: no markup, so the gates to pass are those of the line's first character.
      const offered = unmarked[opening] as readonly number[]
      // A line no detector would be offered (most prose) needs none of the tests below.
      if (offered.length === 0) continue
      if (isRowOrListLine(line)) continue
      for (const index of offered) if (offer(detectors[index] as SectionDetector, line, context, candidates)) break
      continue
    }
    if (!reachesAny(opening, line)) continue
    if (isRowOrListLine(line)) continue
    for (let index = 0; index < detectors.length; index++) {
      const gate = gates[index]
      if (gate && !passesGate(gate, opening, line)) continue
      if (offer(detectors[index] as SectionDetector, line, context, candidates)) break
    }
  }
  return candidates
}

/**
 * Whether a line is never a heading, whatever it starts with: TAB-separated cells are table rows
 * (qidu-2017, chongwen-2020), and a list item or bullet line is a list entry unless its markup
 * makes it a heading (`## 1. 概述`).
 */
function isRowOrListLine(line: Line): boolean {
  if (line.text.includes('\t')) return true
  if (line.markup.headingDepth !== undefined) return false
  return line.markup.listItem === true || startsWithBullet(line.text)
}

/**
 * Offers a line to one detector: a match makes it a candidate when its title end resolves. True
 * when the detector matched (resolved or not): the line is then offered to no later detector.
 */
function offer(detector: SectionDetector, line: Line, context: DetectorContext, candidates: Candidate[]): boolean {
  const match = detector.match(line, context)
  if (!match) return false
  const titleEnd = resolveTitleEnd(line.text, match)
  if (titleEnd >= 0) candidates.push({ line, match, titleEnd, via: detector.name })
  return true
}

function resolveTitleEnd(text: string, match: HeadingMatch): number {
  if (match.titleEnd !== undefined) return trimTitleEnd(text, match.titleStart, match.titleEnd)
  const end = findTitleEnd(text, match.titleStart)
  const strong = match.strength === 'strong' || match.topLevel
  if (end < 0) return strong ? trimTitleEnd(text, match.titleStart, trimEndIndex(text)) : -1
  if (end === match.titleStart && !strong) return -1
  if (end - match.titleStart > maxHeadingTitleLength && !strong) return -1
  return end
}

/** The section of a candidate heading; `titleText` is its title in the line's normalised text. */
function toSection(document: ReadDocument, candidate: Candidate, titleText: string): Section {
  const { line, match, titleEnd } = candidate
  const source = document.source
  const headingStart = match.numbering ? match.numbering[0] : match.titleStart
  const titlePosition = linePosition(source, line, match.titleStart, titleEnd)
  const headingEnd = Math.max(titleEnd, match.numbering?.[1] ?? 0)
  // The heading ends where its title does (unless its numbering runs past it): the same point. (An
  // empty title's end may lie before its start, on a line that drops characters: computed anew.)
  const position =
    headingEnd === titleEnd && titleEnd > match.titleStart && headingStart !== match.titleStart
      ? { start: linePosition(source, line, headingStart, headingStart).start, end: titlePosition.end }
      : linePosition(source, line, headingStart, headingEnd)
  // A line printed as its own text (no fold) has its title already cut: the same string, so the
  // role's memo finds it by the hash the table-label filter's memo already computed.
  const title = line.raw === line.text ? titleText : lineSourceText(source, line, match.titleStart, titleEnd)
  return {
    title: title.trim(),
    numbering: match.numbering ? lineSourceText(source, line, match.numbering[0], match.numbering[1]).trim() : null,
    ordinal: match.ordinal,
    level: 1,
    role: null,
    style: match.style,
    via: candidate.via,
    position,
    titlePosition,
    extent: position,
    children: [],
  }
}

/** Index of the first open level that prints `style`, or -1. */
function levelOfStyle(stack: readonly OpenLevel[], style: string): number {
  for (let index = 0; index < stack.length; index++) if ((stack[index] as OpenLevel).styles.includes(style)) return index
  return -1
}

/** The open level whose next number this heading carries (in another style), or -1. */
function continuedLevel(stack: readonly OpenLevel[], match: HeadingMatch): number {
  if (match.ordinal === null) return -1
  let best = -1
  let bestScore = -1
  stack.forEach((level, index) => {
    if (level.last === null || match.ordinal !== level.last + 1) return
    const score = styleLikeness(level.styles[0] ?? '', match.style)
    if (score >= bestScore) {
      best = index
      bestScore = score
    }
  })
  return best
}

/** How alike two numbering styles look: same brackets count most, then the same kind of numeral. */
function styleLikeness(a: string, b: string): number {
  const bracketed = (style: string) => style.startsWith('parenthesized')
  const arabic = (style: string) => style.includes('arabic')
  return (bracketed(a) === bracketed(b) ? 2 : 0) + (arabic(a) === arabic(b) ? 1 : 0)
}

function reportStyleSwitch(section: Section, level: OpenLevel, diagnostics: DiagnosticList): void {
  diagnostics.add(
    'section.numbering-style-switch',
    'sections',
    `Heading ${JSON.stringify(section.numbering)} continues the numbering of ${JSON.stringify(level.lastNumbering)} in another style; kept as its sibling.`,
    { position: section.position, actual: section.numbering ?? '' },
  )
}

function checkOrder(level: OpenLevel, section: Section, diagnostics: DiagnosticList): void {
  const ordinal = section.ordinal
  const last = level.last
  if (ordinal === null || last === null || ordinal === last + 1) return
  const quoted = JSON.stringify(section.numbering)
  const options = { position: section.position, actual: section.numbering ?? '' }
  if (ordinal === last) {
    diagnostics.add('section.numbering-repeated', 'sections', `Heading ${quoted} repeats the number of the heading before it.`, options)
  } else if (ordinal > last) {
    diagnostics.add('section.numbering-skipped', 'sections', `Heading ${quoted} follows ${JSON.stringify(level.lastNumbering)}: ${ordinal - last - 1} number(s) skipped.`, options)
  } else if (ordinal === 1) {
    diagnostics.add('section.numbering-restarted', 'sections', `Heading ${quoted} starts its numbering again after ${JSON.stringify(level.lastNumbering)}.`, options)
  } else {
    diagnostics.add('section.numbering-out-of-order', 'sections', `Heading ${quoted} comes after ${JSON.stringify(level.lastNumbering)}.`, options)
  }
}

/**
 * Ends the extents of the `waiting` headings (their levels rising up the stack) that `next`, just
 * placed on `line`, ends: those at its level or deeper. An extent runs from its heading to the
 * line of the next heading of its level or above (to that heading itself when it starts before
 * its line does): a point the outline already holds, so no point is searched for.
 */
function closeExtents(waiting: Section[], next: Section, line: Line): void {
  while (waiting.length > 0 && (waiting[waiting.length - 1] as Section).level >= next.level) {
    const lineStart = line.position.start
    const headingStart = next.position.start
    setExtent(waiting.pop() as Section, headingStart.offset < lineStart.offset ? headingStart : lineStart)
  }
}

/** Sets a heading's extent to run to `stop`, or to its heading's end when `stop` is not past it. */
function setExtent(section: Section, stop: Point): void {
  const { start, end: headingEnd } = section.position
  section.extent = { start, end: stop.offset > headingEnd.offset ? stop : headingEnd }
}
