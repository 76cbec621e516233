import type { Position } from './position.js'

/**
 * Canonical role of a top-level section, shared across generations
 * (templates.md §3.1, §5.1, §6.1).
 */
export type SectionRole =
  | 'overview'
  | 'activeDisclosure'
  | 'requests'
  | 'reviewLitigation'
  | 'fees'
  | 'problems'
  | 'other'
  | 'attachment'

/** A heading of the report and everything under it up to the next heading of its level or above. */
export interface Section {
  /** Heading text without its numbering marker, as printed (trimmed). */
  title: string
  /** The numbering marker as printed (`一、`, `（3）`, `1.`), or null for unnumbered headings. */
  numbering: string | null
  /** Value of the numbering (`三、` → 3), or null. */
  ordinal: number | null
  /** Depth in the outline: 1 for top-level sections. */
  level: number
  /** Canonical role of a top-level section, or null when none applies (always null below level 1). */
  role: SectionRole | null
  /** Numbering style key, e.g. `chinese-numeral`, `parenthesized-chinese`, `arabic-dot`. */
  style: string
  /** Name of the detector that recognised the heading. */
  via: string
  /** The heading: from the numbering marker (or the first title character) to the end of the title. */
  position: Position
  /** The title alone. */
  titlePosition: Position
  /** Heading plus body: up to the next heading of the same or a higher level. */
  extent: Position
  children: Section[]
}
