import type { SectionDetector } from '../section-detector.js'
import { declareOpening, lineOpening, openingKinds } from '../detector-opening.js'
import { chineseNumeralCharacters, parseChineseNumeral } from '../../util/chinese-numeral.js'

const pattern = new RegExp(`^ *第 *([${chineseNumeralCharacters}]{1,4}|\\d{1,2}) *部分[ 、:：.]*`, 'u')

/**
 * Top-level heading written as a part: `第一部分`.
 *
 *   第二部分 主动公开政府信息情况
 *   ^^^^^^^^
 */
export const partHeading: SectionDetector = declareOpening({
  name: 'part-heading',
  rank: 1,
  match(line) {
    // The pattern needs `第` after the leading spaces: most lines are rejected by that alone.
    if (lineOpening(line.text) !== openingKinds.part) return undefined
    const match = pattern.exec(line.text)
    if (!match) return undefined
    const digits = match[1] ?? ''
    const ordinal = /\d/u.test(digits) ? Number.parseInt(digits, 10) : parseChineseNumeral(digits)
    const start = match[0].length - match[0].trimStart().length
    const end = start + match[0].trim().replace(/[ 、:：.]+$/u, '').length
    return { style: 'part', ordinal, numbering: [start, end], titleStart: match[0].length, topLevel: true, strength: 'strong' }
  },
}, openingKinds.part)
