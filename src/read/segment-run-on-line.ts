import { chineseNumeralCharacters, isChineseNumeralCode } from '../util/chinese-numeral.js'
import { headingWordEnd } from '../util/heading-end.js'
import { isWhiteSpace } from '../util/is-white-space.js'

/** A line shorter than this is cut only when it also reads like a flattened table. */
export const runOnMinimumLength = 1500
/**
 * A flattened table on a line of its own: this long, with this many labels running into numbers.
 * No shorter line is cut (callers may skip the call for one).
 */
export const tableLineLength = 300
const tableLineTransitions = 6

const hanCharacter = /^\p{Script=Han}$/u

/**
 * Cuts a run-on line — a whole web page flattened onto one line (the corpus' `page.txt` form:
 * `…质效。二、主动公开政府信息情况 第二十条第（一）项…`) — into segments, so each heading and
 * each table stretch starts a line of its own: at white space and before every `二、` and `（一）`
 * marker, but not one right after 第 (`第二十条第（一）项` cites an article's item).
 *
 * Only lines that hold at least three top-level markers and are {@link runOnMinimumLength}
 * characters long — or shorter but full of labels running into numbers, as a flattened table is —
 * are cut; an ordinary paragraph with an inline enumeration is left alone. Returns the
 * `[start, end)` of each segment in the line's text (white space left out), or null.
 */
export function segmentRunOnLine(text: string): [number, number][] | null {
  if (text.length < tableLineLength) return null
  // Both tests must pass: the markers first, found from each `、` by the native search, before the
  // walk of every character that counts the transitions (most long prose lines have no three).
  const markers = topMarkers(text)
  if (markers.length < 3) return null
  if (text.length < runOnMinimumLength && !hasTransitions(text, tableLineTransitions)) return null
  const segments: [number, number][] = []
  let start = 0
  const close = (end: number) => {
    let from = start
    let to = end
    while (from < to && isSpace(text.charCodeAt(from))) from++
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--
    if (to > from) pushSplitAfterHeading(segments, text, from, to)
  }
  for (const cut of runOnCuts(text, markers)) {
    close(cut)
    start = cut
  }
  close(text.length)
  return segments
}

/**
 * Where a run-on line is cut, ascending: before every marker (`markers`, the top-level ones in
 * ascending order as {@link topMarkers} gives them, and each `(一)`), and at the start of every run of white space, except one right after a bare marker
 * (`一、 概述`) — each place once, never at the start of the piece it would end.
 */
export function runOnCuts(text: string, markers: readonly number[]): number[] {
  // Where a marker starts: the top-level ones and the nested ones, each list ascending, walked
  // together with the text (a merge, not a sort of the two).
  const nested = nestedMarkers(text)
  let nextTop = 0
  let nextNested = 0
  const cuts: number[] = []
  let start = 0
  // Only a marker's start or the first space or TAB of a run can be a cut: the walk goes from one
  // such place to the next, the spaces and TABs found by the native search, not character by
  // character (a page's line is thousands of characters with a few dozen cuts). The places are
  // taken in ascending order and tested as the character walk tested them.
  let blank = text.indexOf(' ')
  let tab = text.indexOf('\t')
  /** The first `i >= from` that starts a run of white space (`isSpace` there, not before), or the text's length. */
  const nextSpaceRun = (from: number): number => {
    for (;;) {
      if (blank >= 0 && blank < from) blank = text.indexOf(' ', from)
      if (tab >= 0 && tab < from) tab = text.indexOf('\t', from)
      const i = blank < 0 ? tab : tab < 0 ? blank : Math.min(blank, tab)
      if (i < 0) return text.length
      if (!isSpace(text.charCodeAt(i - 1))) return i
      from = i + 1
    }
  }
  let space = nextSpaceRun(0)
  for (;;) {
    const top = nextTop < markers.length ? (markers[nextTop] as number) : text.length
    const marker = nextNested < nested.length ? Math.min(top, nested[nextNested] as number) : top
    const i = marker < space ? marker : space
    if (i >= text.length) break
    if ((marker === i && i > start) || (space === i && !endsMarkerOnly(text, start, i))) {
      cuts.push(i)
      start = i
    }
    while (nextTop < markers.length && (markers[nextTop] as number) <= i) nextTop++
    while (nextNested < nested.length && (nested[nextNested] as number) <= i) nextNested++
    if (space === i) space = nextSpaceRun(i + 1)
  }
  return cuts
}

/**
 * Where the nested markers (`(一)`, `( 二 )`) start: what `/(?<!第)\( *[N]{1,3} *\)/gu` matches
 * (N a Chinese numeral character; after 第 the bracket cites an article's item), found from each
 * `(` by the native search instead of by the regex, which tries every position of a long line.
 * Spaces and numerals are apart, so the pattern has one way to match from a `(`, and no match
 * holds another `(`.
 */
export function nestedMarkers(text: string): number[] {
  const starts: number[] = []
  for (let open = text.indexOf('('); open >= 0; ) {
    let i = open + 1
    while (text.charCodeAt(i) === 0x20) i++
    const numerals = i
    while (i - numerals < 4 && isChineseNumeralCode(text.charCodeAt(i))) i++
    const count = i - numerals
    while (text.charCodeAt(i) === 0x20) i++
    // After 第 the bracket numbers an item of a cited article (`第二十条第(一)项`), not a heading.
    if (count >= 1 && count <= 3 && text.charCodeAt(i) === 0x29 && text.charCodeAt(open - 1) !== 0x7b2c) {
      starts.push(open)
      open = text.indexOf('(', i + 1)
    } else {
      open = text.indexOf('(', open + 1)
    }
  }
  return starts
}

/**
 * Where the top-level markers (`二、`) start: what `/(?<![N第])[N]{1,3}、/gu` matches (N a Chinese
 * numeral character), found from each `、` backwards instead of by the regex, which tries every
 * position of a long line. A match is a whole run of one to three numerals (the look-behind keeps
 * it from starting inside a run) right before `、`, not after 第.
 */
export function topMarkers(text: string): number[] {
  const starts: number[] = []
  for (let comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
    let start = comma
    while (start > 0 && comma - start <= 3 && isChineseNumeralCode(text.charCodeAt(start - 1))) start--
    if (start === comma || comma - start > 3 || text.charCodeAt(start - 1) === 0x7b2c) continue
    starts.push(start)
  }
  return starts
}

/**
 * Whether `text` has at least `least` places where a Han character runs into an ASCII digit (what
 * `/\p{Script=Han}\d/gu` matches), counting no further than needed.
 */
export function hasTransitions(text: string, least: number): boolean {
  let count = 0
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) continue
    if (isHanBefore(text, i) && ++count >= least) return true
  }
  return false
}

/**
 * Whether the character that ends right before `index` (1 or more) is Han, as `\p{Script=Han}`
 * has it: a surrogate pair is read as one character. The CJK block U+4E00–U+9FFF is Han
 * throughout and ASCII is not; other characters are asked of the Unicode property.
 */
export function isHanBefore(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  if (before >= 0x4e00 && before <= 0x9fff) return true
  if (before < 0x80) return false
  // A low surrogate after a high one: the character before `index` is the pair.
  const pair = before >= 0xdc00 && before <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff
  return hanCharacter.test(pair ? text.slice(index - 2, index) : text.slice(index - 1, index))
}

/**
 * Whether `text.slice(start, end).trim()` is a bare marker (`markerOnly`). Such a text ends with `、`
 * or `)`: when the character before `end` is neither, nor white space `trim` would remove, it is
 * not one, and no slice is made (a flattened table has a space after every cell).
 */
function endsMarkerOnly(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1)
  if (last !== 0x3001 && last !== 0x29 && !isWhiteSpace(last)) return false
  return markerOnly.test(text.slice(start, end).trim())
}

const markerOnly = new RegExp(`^(?:[${chineseNumeralCharacters}]{1,3}、|\\( *[${chineseNumeralCharacters}]{1,3} *\\))$`, 'u')
/**
 * A segment that starts with a heading and runs straight into a table header
 * (`四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…`) is cut after the heading word:
 * pushes the segment `[from, to)` to `segments`, or its two pieces.
 */
function pushSplitAfterHeading(segments: [number, number][], text: string, from: number, to: number): void {
  const end = startsWithMarker(text, from) ? headingWordEnd(text, from, 45) : -1
  if (end < 0 || end >= to || isClauseMark(text.charCodeAt(end))) segments.push([from, to])
  else segments.push([from, end], [end, to])
}

/**
 * Whether `text` at `from` starts with a top-level marker: what `/^[N]{1,3}、/u` finds at the start
 * of the text's next five characters (N a Chinese numeral character). One to three numerals, then
 * `、`; after three numerals a fourth is no `、`, so no shorter run is tried either.
 */
function startsWithMarker(text: string, from: number): boolean {
  let i = from
  while (i - from < 3 && isChineseNumeralCode(text.charCodeAt(i))) i++
  return i > from && text.charCodeAt(i) === 0x3001
}

/** Whether a code unit is one of `。，,；;：:` (a heading word before one ends a clause, not a heading). */
function isClauseMark(code: number): boolean {
  return code === 0x3002 || code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b || code === 0xff1a || code === 0x3a
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}
