import type { SectionDetector } from '../section-detector.js'
import { arabicCommaHeading } from './arabic-comma-heading.js'
import { arabicDotHeading } from './arabic-dot-heading.js'
import { attachmentHeading } from './attachment-heading.js'
import { boldHeading } from './bold-heading.js'
import { chineseNumeralHeading } from './chinese-numeral-heading.js'
import { markdownHeading } from './markdown-heading.js'
import { parenthesizedArabicHeading } from './parenthesized-arabic-heading.js'
import { parenthesizedChineseHeading } from './parenthesized-chinese-heading.js'
import { partHeading } from './part-heading.js'

export {
  arabicCommaHeading,
  arabicDotHeading,
  attachmentHeading,
  boldHeading,
  chineseNumeralHeading,
  markdownHeading,
  parenthesizedArabicHeading,
  parenthesizedChineseHeading,
  partHeading,
}

/**
 * The built-in heading detectors, in the order they are tried on each line (first match wins):
 * markup first (Markdown `#`, bold-only lines), then `第一部分`, `附件`, and the numbered styles.
 */
export const defaultSectionDetectors: readonly SectionDetector[] = Object.freeze([
  markdownHeading,
  boldHeading,
  partHeading,
  attachmentHeading,
  chineseNumeralHeading,
  parenthesizedChineseHeading,
  arabicCommaHeading,
  arabicDotHeading,
  parenthesizedArabicHeading,
])
