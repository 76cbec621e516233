import type { SectionDetector } from '../section-detector.js'
import { strongHeading } from './markdown-heading.js'
import { indentOf } from '../indent-of.js'

const pattern = /^ *(\*\*|__)([^*_]{1,60})\1 *$/u

/**
 * A line that is bold and nothing else: `**一、总体情况**`, or a line the HTML reader marked bold.
 *
 *   **政府信息公开工作年度报告说明**
 *   ^^ title ^^
 */
export const boldHeading: SectionDetector = {
  name: 'bold-heading',
  rank: 2,
  match(line) {
    if (line.markup.bold) return strongHeading(line.text, 0, line.text.trimEnd().length, 'bold')
    // The pattern needs `**` or `__` after the leading spaces.
    const opening = line.text.charCodeAt(indentOf(line.text))
    if (opening !== 0x2a && opening !== 0x5f) return undefined
    const match = pattern.exec(line.text)
    if (!match) return undefined
    const open = line.text.indexOf(match[1] ?? '**') + 2
    return strongHeading(line.text, open, open + (match[2]?.trimEnd().length ?? 0), 'bold')
  },
}
