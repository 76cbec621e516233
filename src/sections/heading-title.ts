import { headingWordEnd, headingWords } from '../util/heading-end.js'
import { trimEndIndex } from '../util/is-white-space.js'

/** Longest title a numbered line may have and still be a heading rather than a sentence. */
export const maxHeadingTitleLength = 40

// Words a heading ends with, for headings run together with their paragraph without punctuation:
//   一、总体情况2019年，平潭综合实验区…
//       ^^^^^^^^ title
const headingEndPattern = new RegExp(`(?:${headingWords})`, 'gu')

/**
 * Where the title that starts at `start` ends: at the first sentence mark (`。；！？`), at a colon
 * followed by text, or — for a line that runs on without punctuation — after a word headings end
 * with. Returns the end index (exclusive) with trailing spaces and commas trimmed, or -1 when no
 * heading-like end is found within {@link maxHeadingTitleLength} characters and the line runs on.
 */
export function findTitleEnd(text: string, start: number): number {
  let end = text.length
  // A heading word followed by something that does not continue the title ends a heading run
  // together with its body: `六、其他需要报告的事项2021年，…`, `二、主动公开政府信息情况第二十条…`.
  const wordEnd = headingWordEnd(text, start, maxHeadingTitleLength)
  if (wordEnd >= 0 && wordEnd < trimEndIndex(text)) end = wordEnd
  for (let i = start; i < end; i++) {
    // By code: `text[i]` would make a string of each character.
    const code = text.charCodeAt(i)
    if (code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f) {
      end = i
      break
    }
    if ((code === 0xff1a || code === 0x3a) && text.slice(i + 1).trim() !== '') {
      end = i
      break
    }
  }
  if (end - start > maxHeadingTitleLength) {
    headingEndPattern.lastIndex = start
    const match = headingEndPattern.exec(text)
    if (!match || match.index + match[0].length - start > maxHeadingTitleLength) return -1
    end = match.index + match[0].length
  }
  return trimTitleEnd(text, start, end)
}

/** Moves `end` back over trailing spaces, commas and colons. */
export function trimTitleEnd(text: string, start: number, end: number): number {
  while (end > start && isTitleTrailer(text.charCodeAt(end - 1))) end--
  return end
}

/** `[ \t，,、：:]`: what {@link trimTitleEnd} moves back over. */
function isTitleTrailer(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xff0c || code === 0x2c || code === 0x3001 || code === 0xff1a || code === 0x3a
}
