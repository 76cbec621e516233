import { chineseNumeralCharacters } from '../util/chinese-numeral.js'
import { headingWordEnd } from '../util/heading-end.js'

/** A line shorter than this is cut only when it also reads like a flattened table. */
export const runOnMinimumLength = 1500
/** A flattened table on a line of its own: this long, with this many labels running into numbers. */
const tableLineLength = 300
const tableLineTransitions = 6

const topMarker = new RegExp(`(?<![${chineseNumeralCharacters}第])[${chineseNumeralCharacters}]{1,3}、`, 'gu')
const nestedMarker = new RegExp(`\\( *[${chineseNumeralCharacters}]{1,3} *\\)`, 'gu')

/**
 * Cuts a run-on line — a whole web page flattened onto one line (the corpus' `page.txt` form:
 * `…质效。二、主动公开政府信息情况 第二十条第（一）项…`) — into segments, so each heading and
 * each table stretch starts a line of its own: at white space and before every `二、` and `（一）`
 * marker.
 *
 * Only lines that hold at least three top-level markers and are {@link runOnMinimumLength}
 * characters long — or shorter but full of labels running into numbers, as a flattened table is —
 * are cut; an ordinary paragraph with an inline enumeration is left alone. Returns the
 * `[start, end)` of each segment in the line's text (white space left out), or null.
 */
export function segmentRunOnLine(text: string): [number, number][] | null {
  if (text.length < tableLineLength) return null
  if (text.length < runOnMinimumLength && (text.match(/\p{Script=Han}\d/gu)?.length ?? 0) < tableLineTransitions) return null
  const cuts = new Set<number>()
  let markers = 0
  for (const match of text.matchAll(topMarker)) {
    cuts.add(match.index)
    markers++
  }
  if (markers < 3) return null
  for (const match of text.matchAll(nestedMarker)) cuts.add(match.index)
  const segments: [number, number][] = []
  let start = 0
  const close = (end: number) => {
    let from = start
    let to = end
    while (from < to && isSpace(text.charCodeAt(from))) from++
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--
    if (to > from) segments.push([from, to])
  }
  for (let i = 0; i < text.length; i++) {
    if (cuts.has(i) && i > start) {
      close(i)
      start = i
    } else if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1)) && !markerOnly.test(text.slice(start, i).trim())) {
      // White space ends a segment, but not right after a bare marker (`一、 概述`).
      close(i)
      start = i
    }
  }
  close(text.length)
  return segments.flatMap(([from, to]) => splitAfterHeading(text, from, to))
}

const markerOnly = new RegExp(`^(?:[${chineseNumeralCharacters}]{1,3}、|\\( *[${chineseNumeralCharacters}]{1,3} *\\))$`, 'u')
const startsWithMarker = new RegExp(`^[${chineseNumeralCharacters}]{1,3}、`, 'u')

/**
 * A segment that starts with a heading and runs straight into a table header
 * (`四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…`) is cut after the heading word.
 */
function splitAfterHeading(text: string, from: number, to: number): [number, number][] {
  if (!startsWithMarker.test(text.slice(from, from + 5))) return [[from, to]]
  const end = headingWordEnd(text, from, 45)
  if (end < 0 || end >= to || /^[。，,；;：:]/u.test(text[end] ?? '')) return [[from, to]]
  return [
    [from, end],
    [end, to],
  ]
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}
