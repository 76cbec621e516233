import type { Line } from '../model/block.js'
import type { DocumentText } from '../read/document-text.js'
import { trimmedLengthAtMost } from '../util/is-white-space.js'
import { datePattern, isoDate, mayHoldDate } from './chinese-date.js'

/** The signature date found, the line it is printed on and its `[start, end)` in the line's text. */
export interface SignatureDate {
  date: string
  line: Line
  range: [number, number]
}

/**
 * The last line before `end` that is a body line and a date and nothing else (perhaps after the
 * organ's name): the signature date. Most reports print none the pattern reads, so the search
 * would test every line of the document; it tests only the lines whose text in `text.full` holds a
 * character that every date holds (see {@link dateMarkOffsets}), last first.
 */
export function findSignatureDate(lines: readonly Line[], end: number, inBody: (line: Line) => boolean, text: DocumentText): SignatureDate | null {
  // The body's text in `full` ends before the line break ahead of the first kept line at `end`.
  const bodyEnd = text.fullLineStart(end) - 1
  const offsets = dateMarkOffsets(text.full, bodyEnd)
  let index = end - 1
  let tested = -1
  for (let k = offsets.length - 1; k >= 0 && index >= 0; k--) {
    const offset = offsets[k] as number
    // The line holding `offset`: the last one (at most `index`) starting at or before it, by binary
    // search (the starts ascend), not a step a line. A line left out of `full` starts where the next
    // kept line does, so the kept one, later, is the one found.
    let low = 0
    while (low <= index) {
      const middle = (low + index) >> 1
      if (text.fullLineStart(middle) <= offset) low = middle + 1
      else index = middle - 1
    }
    if (index < 0 || index === tested) continue
    tested = index
    const found = signatureOn(lines[index], inBody)
    if (found) return found
  }
  return null
}

/**
 * Ascending offsets before `end` of the characters one of which every match of `datePattern`
 * holds: what `mayHoldDate`'s first test (`日|[-/.]\d`) looks for, found by native searches of the
 * whole text instead of one test a line. A line with none of them cannot pass `mayHoldDate`.
 */
function dateMarkOffsets(full: string, end: number): number[] {
  const offsets: number[] = []
  for (let at = full.indexOf('日'); at >= 0 && at < end; at = full.indexOf('日', at + 1)) offsets.push(at)
  let separators = false
  for (const separator of dateSeparators) {
    for (let at = full.indexOf(separator); at >= 0 && at < end; at = full.indexOf(separator, at + 1)) {
      const next = full.charCodeAt(at + 1)
      if (next >= 0x30 && next <= 0x39) {
        offsets.push(at)
        separators = true
      }
    }
  }
  // Only separators found after the 日 call for a sort (rare: `2018-02-23`).
  return separators ? offsets.sort((a, b) => a - b) : offsets
}
const dateSeparators = ['-', '/', '.'] as const

/** The signature date `line` holds when it is a body line and a date and nothing else, or null. */
function signatureOn(line: Line | undefined, inBody: (line: Line) => boolean): SignatureDate | null {
  if (!line || line.blank || !inBody(line)) return null
  const text = line.text
  // The trimmed length, measured only when long: most lines are not the signature, none is copied.
  if (!trimmedLengthAtMost(text, 40)) return null
  if (!mayHoldDate(text)) return null
  datePattern.lastIndex = 0
  const match = datePattern.exec(text)
  if (!match) return null
  const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim()
  // Beside the date, an organ's name at most: not a field (`填报日期：`), not a range or another date
  // (`统计期限：2022年1月1日—2022年12月31日`).
  if (rest.length > 30 || /[。，,：:\d至到~～—–]/u.test(rest)) return null
  const date = isoDate(match)
  return date ? { date, line, range: [match.index, match.index + match[0].length] } : null
}
