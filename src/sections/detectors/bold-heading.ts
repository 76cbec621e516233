import type { SectionDetector } from '../section-detector.js'
import { strongHeading } from './markdown-heading.js'
import { declareOpening, lineOpening, openingKinds } from '../detector-opening.js'

const pattern = /^ *(\*\*|__)([^*_]{1,60})\1 *$/u

/**
 * A line that is bold and nothing else: `**一、总体情况**`, or a line the HTML reader marked bold.
 *
 *   **政府信息公开工作年度报告说明**
 *   ^^ title ^^
 */
export const boldHeading: SectionDetector = declareOpening({
  name: 'bold-heading',
  rank: 2,
  match(line) {
    if (line.markup.bold) return strongHeading(line.text, 0, line.text.trimEnd().length, 'bold')
    // The pattern needs `**` or `__` after the leading spaces.
    if (lineOpening(line.text) !== openingKinds.emphasis) return undefined
    const match = pattern.exec(line.text)
    if (!match) return undefined
    const open = line.text.indexOf(match[1] ?? '**') + 2
    return strongHeading(line.text, open, open + (match[2]?.trimEnd().length ?? 0), 'bold')
  },
}, openingKinds.emphasis, 'bold')
