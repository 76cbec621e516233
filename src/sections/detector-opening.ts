import type { Line } from '../model/block.js'
import { isChineseNumeralCode } from '../util/chinese-numeral.js'
import { indentOf } from '../util/indent-of.js'
import type { SectionDetector } from './section-detector.js'

/**
 * Kinds of character a built-in heading starts with after its leading spaces, one bit each: every
 * built-in pattern starts with ` *` and one of these.
 */
export const openingKinds = {
  /** `#`: a Markdown heading. */
  hash: 1,
  /** `*` or `_`: a bold line. */
  emphasis: 2,
  /** `第`: `第一部分`. */
  part: 4,
  /** `附`: `附件`, `附表`. */
  attachment: 8,
  /** A Chinese numeral: `一、`. */
  chineseNumeral: 16,
  /** `(`: `（一）`, `（3）` (full-width brackets are folded). */
  bracket: 32,
  /** An ASCII digit: `1、`, `1.`. */
  digit: 64,
} as const

/** The kind bit of a character code, or 0 when no built-in heading starts with it. */
export function openingKind(code: number): number {
  if (code >= 0x30 && code <= 0x39) return openingKinds.digit
  switch (code) {
    case 0x23:
      return openingKinds.hash
    case 0x2a:
    case 0x5f:
      return openingKinds.emphasis
    case 0x28:
      return openingKinds.bracket
    case 0x7b2c:
      return openingKinds.part
    case 0x9644:
      return openingKinds.attachment
    default:
      return isChineseNumeralCode(code) ? openingKinds.chineseNumeral : 0
  }
}

/** The kind bit of the first character of `text` after its leading spaces (0 for none). */
export function lineOpening(text: string): number {
  return openingKind(text.charCodeAt(indentOf(text)))
}

/**
 * What the outline builder may skip a detector by: the kinds its headings start with and the
 * markup that makes a line one of its headings whatever it starts with.
 */
export interface DetectorGate {
  kinds: number
  markup: 'headingDepth' | 'bold' | undefined
  match: SectionDetector['match']
}

const gates = new WeakMap<SectionDetector, DetectorGate>()

/**
 * Records that `detector` finds a heading only on a line that starts with one of `kinds` (bits of
 * {@link openingKinds}) or carries `markup`, so the outline builder need not call it on other
 * lines (most lines are prose). For built-in detectors, whose `match` tests the same first.
 */
export function declareOpening<T extends SectionDetector>(detector: T, kinds: number, markup?: 'headingDepth' | 'bold'): T {
  gates.set(detector, { kinds, markup, match: detector.match })
  return detector
}

/** The gate declared for `detector`, unless its `match` has been replaced since. */
export function detectorGate(detector: SectionDetector): DetectorGate | undefined {
  const gate = gates.get(detector)
  return gate && gate.match === detector.match ? gate : undefined
}

/** Whether a gate lets a line with this opening kind through to its detector. */
export function passesGate(gate: DetectorGate, opening: number, line: Line): boolean {
  return (gate.kinds & opening) !== 0 || (gate.markup !== undefined && line.markup[gate.markup] !== undefined)
}

/** The gates of a list of detectors, and what lets a line through to at least one of them. */
export interface DetectorGates {
  /** Per detector, its gate, or undefined when it is offered every line. */
  gates: (DetectorGate | undefined)[]
  /** Whether a line with this opening kind reaches any detector of the list. */
  reachesAny(opening: number, line: Line): boolean
}

/** Collects the gates of `detectors` (once per outline). */
export function detectorGates(detectors: readonly SectionDetector[]): DetectorGates {
  const gates = detectors.map(detectorGate)
  if (gates.some((gate) => gate === undefined)) return { gates, reachesAny: () => true }
  let kinds = 0
  const markups = new Set<'headingDepth' | 'bold'>()
  for (const gate of gates) {
    kinds |= gate?.kinds ?? 0
    if (gate?.markup) markups.add(gate.markup)
  }
  const markupList = [...markups]
  const reachesAny = (opening: number, line: Line) => {
    if ((kinds & opening) !== 0) return true
    for (const markup of markupList) if (line.markup[markup] !== undefined) return true
    return false
  }
  return { gates, reachesAny }
}
