import type { HeadingMatch, SectionDetector } from '../section-detector.js'
import { matchNumbering } from '../numbering.js'
import { declareOpening, lineOpening, openingKinds } from '../detector-opening.js'
import { indentOf } from '../../util/indent-of.js'

const pattern = /^ {0,3}(#{1,6})[ \t]+/u

/**
 * Markdown ATX heading (`## 一、总体情况`), or a line the Markdown/HTML reader marked as a heading.
 * A numbering inside the heading decides its style, so `## 一、` and a plain `一、` are siblings.
 *
 *   ## 三、收到和处理政府信息公开申请情况
 *   ^^^ ^^ numbering
 */
export const markdownHeading: SectionDetector = declareOpening({
  name: 'markdown-heading',
  rank: 1,
  match(line) {
    const depth = line.markup.headingDepth
    let from = 0
    let style: string
    if (depth !== undefined) {
      style = `markdown-${depth}`
    } else {
      // The pattern needs `#` after the leading spaces.
      if (lineOpening(line.text) !== openingKinds.hash) return undefined
      const match = pattern.exec(line.text)
      if (!match) return undefined
      from = match[0].length
      style = `markdown-${match[1]?.length ?? 1}`
    }
    const titleEnd = line.text.replace(/[ \t]+#+[ \t]*$/u, '').trimEnd().length
    return strongHeading(line.text, from, titleEnd, style)
  },
}, openingKinds.hash, 'headingDepth')

/** A heading whose markup makes it one: its inner numbering, if any, decides the style. */
export function strongHeading(text: string, from: number, titleEnd: number, unnumberedStyle: string): HeadingMatch {
  const numbered = matchNumbering(text, from)
  if (numbered) {
    return {
      style: numbered.style,
      ordinal: numbered.ordinal,
      numbering: numbered.numbering,
      titleStart: numbered.titleStart,
      titleEnd: Math.max(numbered.titleStart, titleEnd),
      strength: 'strong',
    }
  }
  const titleStart = indentOf(text, from)
  return { style: unnumberedStyle, ordinal: null, numbering: null, titleStart, titleEnd: Math.max(titleStart, titleEnd), strength: 'strong' }
}
