import type { Line, ReadDocument } from '../model/block.js'

/**
 * What a detector found at the start of a line. Indices are into `line.text` (the normalised
 * text); the outline builder turns them into source positions.
 */
export interface HeadingMatch {
  /**
   * Numbering style key. Headings of one style are siblings; the order in which styles first
   * appear decides their nesting. E.g. `chinese-numeral`, `parenthesized-chinese`, `arabic-dot`.
   */
  style: string
  /** Value of the numbering (`三、` → 3), or null for unnumbered headings. */
  ordinal: number | null
  /** `[start, end)` of the numbering marker as printed (`一、`), or null when unnumbered. */
  numbering: [start: number, end: number] | null
  /** Where the title starts (after the marker and any spaces). */
  titleStart: number
  /**
   * Where the title ends, when the detector knows (Markdown `#` lines end with the line).
   * Otherwise the outline builder cuts the title where the heading runs on into body text.
   */
  titleEnd?: number
  /** The heading is always top-level (`第一部分`, `附件`). */
  topLevel?: boolean
  /**
   * `strong` when the markup says it is a heading (Markdown `#`, bold-only line): kept even when its
   * title is long. Default `weak`: a long numbered sentence is a list item in prose, not a heading.
   */
  strength?: 'strong' | 'weak'
}

/** What a detector may know besides the line. */
export interface DetectorContext {
  document: ReadDocument
}

/**
 * A heading detector recognises one heading style at the start of a line. Built-in detectors are
 * plain objects of this shape; pass your own in `options.sectionDetectors`.
 *
 * @example
 * ```ts
 * // Headings like `【一】总体情况`.
 * const bracketHeading: SectionDetector = {
 *   name: 'lenticular-bracket-heading',
 *   rank: 1,
 *   match(line) {
 *     const m = /^\s*【([一二三四五六七八九十]+)】/u.exec(line.text)
 *     if (!m) return undefined
 *     return { style: 'lenticular', ordinal: null, numbering: [m[0].indexOf('【'), m[0].length], titleStart: m[0].length }
 *   },
 * }
 * ```
 */
export interface SectionDetector {
  /** Stable kebab-case id, equal to the file name of a built-in; recorded as `section.via`. */
  readonly name: string
  /** Outline rank this style usually has (1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`); a hint for ties. */
  readonly rank: number
  /** The heading at the start of `line`, or undefined when the line is not one of this style. */
  match(line: Line, context: DetectorContext): HeadingMatch | undefined
}
