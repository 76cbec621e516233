import type { SectionDetector } from './section-detector.js'
import { chineseNumeralCharacters, parseChineseNumeral } from '../util/chinese-numeral.js'
import { indentOf } from './indent-of.js'

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
const chineseNumeralCodes = new Set([...chineseNumeralCharacters].map((character) => character.charCodeAt(0)))
const isChineseNumeral = (code: number) => chineseNumeralCodes.has(code)
const isOpeningBracket = (code: number) => code === 0x28
const isDigit = (code: number) => code >= 0x30 && code <= 0x39

// `opens`: the test of the first character after the leading spaces that the pattern needs, so a
// line is rejected without running the pattern (most lines start with none of them).
const patterns: { style: NumberingStyle; pattern: RegExp; numeral: 'chinese' | 'arabic'; opens: (code: number) => boolean }[] = [
  //   三、收到和处理政府信息公开申请情况
  //   ^^ marker
  { style: 'chinese-numeral', pattern: new RegExp(`^ *(${cn}) *[、.]`, 'u'), numeral: 'chinese', opens: isChineseNumeral },
  //   （一）予以公开   (一)深入贯彻落实
  //   ^^^^
  { style: 'parenthesized-chinese', pattern: new RegExp(`^ *\\( *(${cn}) *\\)`, 'u'), numeral: 'chinese', opens: isOpeningBracket },
  //   1、 概述
  //   ^^
  { style: 'arabic-comma', pattern: /^ *(\d{1,2}) *、/u, numeral: 'arabic', opens: isDigit },
  //   1.强化组织保障   1．   (not 1.5万)
  //   ^^
  { style: 'arabic-dot', pattern: /^ *(\d{1,2}) *\.(?!\d)/u, numeral: 'arabic', opens: isDigit },
  //   （3） 因政府信息公开申请行政复议、提起行政诉讼的情况
  //   ^^^
  { style: 'parenthesized-arabic', pattern: /^ *\( *(\d{1,2}) *\)/u, numeral: 'arabic', opens: isOpeningBracket },
]

type NumberingPattern = (typeof patterns)[number]

/**
 * The numbering marker of `style` at `from` in `text`, or undefined. With no style, any of them.
 */
export function matchNumbering(text: string, from = 0, style?: NumberingStyle): NumberingMatch | undefined {
  const opening = text.charCodeAt(indentOf(text, from))
  for (const candidate of patterns) {
    if ((style && candidate.style !== style) || !candidate.opens(opening)) continue
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
  const ordinal = candidate.numeral === 'chinese' ? parseChineseNumeral(digits) : Number.parseInt(digits, 10)
  if (ordinal === null || !(ordinal > 0)) return undefined
  const markerStart = from + match[0].length - match[0].trimStart().length
  const markerEnd = from + match[0].length
  let titleStart = markerEnd
  while (text.charCodeAt(titleStart) === 0x20) titleStart++
  return { style: candidate.style, ordinal, numbering: [markerStart, markerEnd], titleStart }
}

/** Builds the detector of one numbering style; the built-in numbered detectors are made with it. */
export function createNumberedHeadingDetector(name: string, style: NumberingStyle, rank: number): SectionDetector {
  const candidate = patterns.find((entry) => entry.style === style)
  return {
    name,
    rank,
    match(line) {
      if (!candidate || !candidate.opens(line.text.charCodeAt(indentOf(line.text)))) return undefined
      return matchPattern(candidate, line.text, 0)
    },
  }
}
