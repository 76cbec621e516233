import type { SectionDetector } from './section-detector.js'
import { chineseNumeralCharacters, isChineseNumeralCode, parseChineseNumeral } from '../util/chinese-numeral.js'
import { declareOpening, lineOpening, openingKind, openingKinds } from './detector-opening.js'
import { indentOf } from '../util/indent-of.js'
import { memoizeByText } from '../util/memoize-by-text.js'

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

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

/**
 * The shape of a numbering marker: an optional `(`, one to `longest` numerals, and what closes it
 * (spaces may stand before and inside). Read by character code as the patterns in the comments
 * would match (a run of numerals is taken whole: what may follow a numeral never is one).
 */
interface MarkerShape {
  style: NumberingStyle
  numeral: 'chinese' | 'arabic'
  bracketed: boolean
  /** Codes that may close the marker. */
  closes: readonly number[]
  /** The kind of the first character after the leading spaces (see `openingKinds`). */
  opens: number
}

// Texts are normalised: full-width brackets, digits and `．` are ASCII already.
const shapes: readonly MarkerShape[] = [
  //   三、收到和处理政府信息公开申请情况        ^ *([numeral]{1,4}) *[、.]
  //   ^^ marker
  { style: 'chinese-numeral', numeral: 'chinese', bracketed: false, closes: [0x3001, 0x2e], opens: openingKinds.chineseNumeral },
  //   （一）予以公开   (一)深入贯彻落实         ^ *\( *([numeral]{1,4}) *\)
  //   ^^^^
  { style: 'parenthesized-chinese', numeral: 'chinese', bracketed: true, closes: [0x29], opens: openingKinds.bracket },
  //   1、 概述                                 ^ *(\d{1,2}) *、
  //   ^^
  { style: 'arabic-comma', numeral: 'arabic', bracketed: false, closes: [0x3001], opens: openingKinds.digit },
  //   1.强化组织保障   1．   (not 1.5万)       ^ *(\d{1,2}) *\.(?!\d)
  //   ^^
  { style: 'arabic-dot', numeral: 'arabic', bracketed: false, closes: [0x2e], opens: openingKinds.digit },
  //   （3） 因政府信息公开申请行政复议、…       ^ *\( *(\d{1,2}) *\)
  //   ^^^
  { style: 'parenthesized-arabic', numeral: 'arabic', bracketed: true, closes: [0x29], opens: openingKinds.bracket },
]

/**
 * The numbering marker of `style` at `from` in `text`, or undefined. With no style, any of them.
 */
export function matchNumbering(text: string, from = 0, style?: NumberingStyle): NumberingMatch | undefined {
  const opening = openingKind(text.charCodeAt(indentOf(text, from)))
  for (const shape of shapes) {
    if ((style && shape.style !== style) || (shape.opens & opening) === 0) continue
    const found = matchShape(shape, text, from)
    if (found) return found
  }
  return undefined
}

/** The marker of `shape` at `from` in `text`, or undefined. */
function matchShape(shape: MarkerShape, text: string, from: number): NumberingMatch | undefined {
  const markerStart = indentOf(text, from)
  let at = markerStart
  if (shape.bracketed) {
    if (text.charCodeAt(at) !== 0x28) return undefined
    at = indentOf(text, at + 1)
  }
  const chinese = shape.numeral === 'chinese'
  const isNumeral = chinese ? isChineseNumeralCode : isDigit
  const longest = chinese ? 4 : 2
  const numeralStart = at
  while (at - numeralStart < longest && isNumeral(text.charCodeAt(at))) at++
  const numeralEnd = at
  if (numeralEnd === numeralStart) return undefined
  at = indentOf(text, at)
  if (!shape.closes.includes(text.charCodeAt(at))) return undefined
  const markerEnd = at + 1
  // `1.5万` is a number, not a marker.
  if (shape.style === 'arabic-dot' && isDigit(text.charCodeAt(markerEnd))) return undefined
  const ordinal = chinese ? chineseOrdinal(text, numeralStart, numeralEnd) : arabicOrdinal(text, numeralStart, numeralEnd)
  if (ordinal === null || !(ordinal > 0)) return undefined
  return { style: shape.style, ordinal, numbering: [markerStart, markerEnd], titleStart: indentOf(text, markerEnd) }
}

/** `Number.parseInt` of the one or two ASCII digits of `text[start, end)`, without cutting them out. */
function arabicOrdinal(text: string, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 0x30
  return value
}

/** {@link parseChineseNumeral} of a numeral of two or more characters, memoised. */
const longChineseOrdinal = memoizeByText(parseChineseNumeral)

/**
 * {@link parseChineseNumeral} of each numeral character alone: most markers are one character
 * (`一` … `十`), read by code without cutting out and hashing a string of it.
 */
const oneCharacterOrdinals = new Map([...chineseNumeralCharacters].map((character) => [character.charCodeAt(0), parseChineseNumeral(character)]))

/** {@link parseChineseNumeral} of the numeral `text[start, end)`. */
function chineseOrdinal(text: string, start: number, end: number): number | null {
  if (end === start + 1) return oneCharacterOrdinals.get(text.charCodeAt(start)) ?? parseChineseNumeral(text.slice(start, end))
  return longChineseOrdinal(text.slice(start, end))
}

/** Builds the detector of one numbering style; the built-in numbered detectors are made with it. */
export function createNumberedHeadingDetector(name: string, style: NumberingStyle, rank: number): SectionDetector {
  const shape = shapes.find((entry) => entry.style === style)
  const detector: SectionDetector = {
    name,
    rank,
    match(line) {
      if (!shape || (shape.opens & lineOpening(line.text)) === 0) return undefined
      return matchShape(shape, line.text, 0)
    },
  }
  return shape ? declareOpening(detector, shape.opens) : detector
}
