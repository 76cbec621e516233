import type { SectionDetector } from './section-detector.js'
import { chineseNumeralCharacters, parseChineseNumeral } from '../util/chinese-numeral.js'
import { declareOpening, lineOpening, openingKind, openingKinds } from './detector-opening.js'
import { indentOf } from './indent-of.js'
import { memoizeByText } from './memoize-by-text.js'

/** A numbering marker found at a given place of a line's text. */
export interface NumberingMatch {
  style: NumberingStyle
  ordinal: number
  /** `[start, end)` of the marker as printed. */
  numbering: [number, number]
  /** Where the title starts (after the marker and spaces). */
  titleStart: number
}

/** The numbering styles of Chinese official documents, outermost first. */
export type NumberingStyle =
  | 'chinese-numeral'
  | 'parenthesized-chinese'
  | 'arabic-comma'
  | 'arabic-dot'
  | 'parenthesized-arabic'

const cn = `[${chineseNumeralCharacters}]{1,4}`

// Texts are normalised: full-width brackets, digits and `．` are ASCII already.
// `opens`: the kind of the first character after the leading spaces that the pattern needs, so a
// line is rejected without running the pattern (most lines start with none of them).
const patterns: { style: NumberingStyle; pattern: RegExp; numeral: 'chinese' | 'arabic'; opens: number }[] = [
  //   三、收到和处理政府信息公开申请情况
  //   ^^ marker
  { style: 'chinese-numeral', pattern: new RegExp(`^ *(${cn}) *[、.]`, 'u'), numeral: 'chinese', opens: openingKinds.chineseNumeral },
  //   （一）予以公开   (一)深入贯彻落实
  //   ^^^^
  { style: 'parenthesized-chinese', pattern: new RegExp(`^ *\\( *(${cn}) *\\)`, 'u'), numeral: 'chinese', opens: openingKinds.bracket },
  //   1、 概述
  //   ^^
  { style: 'arabic-comma', pattern: /^ *(\d{1,2}) *、/u, numeral: 'arabic', opens: openingKinds.digit },
  //   1.强化组织保障   1．   (not 1.5万)
  //   ^^
  { style: 'arabic-dot', pattern: /^ *(\d{1,2}) *\.(?!\d)/u, numeral: 'arabic', opens: openingKinds.digit },
  //   （3） 因政府信息公开申请行政复议、提起行政诉讼的情况
  //   ^^^
  { style: 'parenthesized-arabic', pattern: /^ *\( *(\d{1,2}) *\)/u, numeral: 'arabic', opens: openingKinds.bracket },
]

type NumberingPattern = (typeof patterns)[number]

/**
 * The numbering marker of `style` at `from` in `text`, or undefined. With no style, any of them.
 */
export function matchNumbering(text: string, from = 0, style?: NumberingStyle): NumberingMatch | undefined {
  const opening = openingKind(text.charCodeAt(indentOf(text, from)))
  for (const candidate of patterns) {
    if ((style && candidate.style !== style) || (candidate.opens & opening) === 0) continue
    const found = matchPattern(candidate, text, from)
    if (found) return found
  }
  return undefined
}

/** The marker `candidate` finds at `from` in `text`, or undefined. */
function matchPattern(candidate: NumberingPattern, text: string, from: number): NumberingMatch | undefined {
  const match = candidate.pattern.exec(from === 0 ? text : text.slice(from))
  if (!match) return undefined
  const digits = match[1] ?? ''
  const ordinal = candidate.numeral === 'chinese' ? chineseOrdinal(digits) : Number.parseInt(digits, 10)
  if (ordinal === null || !(ordinal > 0)) return undefined
  const markerStart = from + match[0].length - match[0].trimStart().length
  const markerEnd = from + match[0].length
  let titleStart = markerEnd
  while (text.charCodeAt(titleStart) === 0x20) titleStart++
  return { style: candidate.style, ordinal, numbering: [markerStart, markerEnd], titleStart }
}

/** {@link parseChineseNumeral} of a marker's numeral, memoised: `一` … `十` come back on every heading. */
const chineseOrdinal = memoizeByText(parseChineseNumeral)

/** Builds the detector of one numbering style; the built-in numbered detectors are made with it. */
export function createNumberedHeadingDetector(name: string, style: NumberingStyle, rank: number): SectionDetector {
  const candidate = patterns.find((entry) => entry.style === style)
  const detector: SectionDetector = {
    name,
    rank,
    match(line) {
      if (!candidate || (candidate.opens & lineOpening(line.text)) === 0) return undefined
      return matchPattern(candidate, line.text, 0)
    },
  }
  return candidate ? declareOpening(detector, candidate.opens) : detector
}
