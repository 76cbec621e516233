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

/** Whether a line carries markup some gate may let through whatever the line starts with. */
export function hasGateMarkup(line: Line): boolean {
  // Static loads of the two names `DetectorGate.markup` may hold: a load keyed by a variable name
  // cost more, on every line.
  return line.markup.headingDepth !== undefined || line.markup.bold !== undefined
}

/** The gates of a list of detectors, and which of them a line may be offered to. */
export interface DetectorGates {
  /** Per detector, its gate, or undefined when it is offered every line. */
  gates: readonly (DetectorGate | undefined)[]
  /**
   * For a line without gate markup ({@link hasGateMarkup}), by its opening kind (0 or one bit of
   * {@link openingKinds}): the indices, in list order, of the detectors whose gate lets it
   * through, that is, the ungated ones and those declared with its kind. Most lines are offered
   * to none or to one, found without a test of each gate.
   */
  unmarked: readonly (readonly number[])[]
  /** Whether a line with gate markup and this opening kind reaches any detector of the list. */
  reachesAny(opening: number, line: Line): boolean
}

interface CachedGates extends DetectorGates {
  detectors: readonly SectionDetector[]
}

const gatesByList = new WeakMap<readonly SectionDetector[], CachedGates>()

/**
 * Collects the gates of `detectors`, kept per list: a list is reused for every parse, and is
 * checked against its detectors' current gates (a detector may have been replaced in a mutable
 * list, or its `match` replaced since) before its table is used again.
 */
export function detectorGates(detectors: readonly SectionDetector[]): DetectorGates {
  const cached = gatesByList.get(detectors)
  if (cached && stillValid(cached, detectors)) return cached
  const built = buildGates(detectors)
  gatesByList.set(detectors, built)
  return built
}

function stillValid(cached: CachedGates, detectors: readonly SectionDetector[]): boolean {
  if (cached.detectors.length !== detectors.length) return false
  for (let index = 0; index < detectors.length; index++) {
    const detector = detectors[index] as SectionDetector
    if (detector !== cached.detectors[index] || detectorGate(detector) !== cached.gates[index]) return false
  }
  return true
}

function buildGates(detectors: readonly SectionDetector[]): CachedGates {
  const gates = detectors.map(detectorGate)
  const unmarked: number[][] = []
  for (let opening = 0; opening <= openingKinds.digit; opening++) {
    unmarked.push(opening === 0 || (opening & (opening - 1)) === 0 ? gates.flatMap((gate, index) => (gate === undefined || (gate.kinds & opening) !== 0 ? [index] : [])) : [])
  }
  const common = { detectors: [...detectors], gates, unmarked }
  if (gates.some((gate) => gate === undefined)) return { ...common, reachesAny: () => true }
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
  return { ...common, reachesAny }
}
