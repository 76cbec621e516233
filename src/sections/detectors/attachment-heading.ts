import type { SectionDetector } from '../section-detector.js'
import { declareOpening, lineOpening, openingKinds } from '../detector-opening.js'

// `附件`, `附件1：`, `附表` alone or followed by a short title; not the reference line `附：…`.
const pattern = /^ *(附件|附表) *(\d{1,2})? *[:：]? */u

/**
 * Top-level attachment heading.
 *
 *   附件1：政府信息公开情况统计表
 *   ^^^^^^
 */
export const attachmentHeading: SectionDetector = declareOpening({
  name: 'attachment-heading',
  rank: 1,
  match(line) {
    // The pattern needs `附` after the leading spaces: most lines are rejected by that alone.
    if (lineOpening(line.text) !== openingKinds.attachment) return undefined
    const match = pattern.exec(line.text)
    if (!match) return undefined
    const rest = line.text.slice(match[0].length).trim()
    // `附件中的数据…` is a sentence, not a heading: the word must stand alone or end with a colon.
    if (rest !== '' && !/[:：] *$/u.test(match[0]) && !match[2]) return undefined
    if (rest.length > 40) return undefined
    const start = match[0].length - match[0].trimStart().length
    const end = start + match[0].trim().length
    return {
      style: 'attachment',
      ordinal: match[2] ? Number.parseInt(match[2], 10) : null,
      numbering: [start, end],
      titleStart: match[0].length,
      titleEnd: line.text.trimEnd().length,
      topLevel: true,
      strength: 'strong',
    }
  },
}, openingKinds.attachment)
