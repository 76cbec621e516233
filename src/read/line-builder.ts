import type { Line, LineMarkup, OffsetMap, SourceText } from '../model/block.js'
import type { Position } from '../model/position.js'
import { foldCharacter } from './normalize-line.js'
import { pointAt } from './source-text.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'
import { codeUnitsToString } from '../util/code-units-to-string.js'
import { isWhiteSpace } from '../util/is-white-space.js'

const noCodes = new Uint16Array(0)
const noOffsets = new Int32Array(0)

/**
 * Builds the lines of a Markdown or HTML document one printed character at a time, each with the
 * source span it came from, in growable typed arrays (no object per character, no quadratic string
 * building). Characters are folded for matching as plain-text lines are (`foldCharacter`); the
 * unfolded characters become the line's `raw`, index for index (characters the fold drops, such as
 * zero-width spaces, are left out of both), so `raw.slice(i, j)` is what `text.slice(i, j)` printed.
 */
export class LineBuilder {
  private codes = new Uint16Array(256)
  private starts = new Int32Array(256)
  private ends = new Int32Array(256)
  private boldFlags = new Uint8Array(256)
  private size = 0
  /** Index of the source line the last position started on (see `position`). */
  private lineHint = 0
  // Scratch space of `finish`, kept from line to line; made on the first line that needs it (most
  // lines are slices of the source and need none).
  private folded = noCodes
  private printed = noCodes
  private mapStarts = noOffsets
  private mapEnds = noOffsets
  /** Lines finished so far, in order. */
  readonly lines: Line[] = []

  constructor(private readonly source: SourceText) {}

  /** Number of characters on the current line. */
  get length(): number {
    return this.size
  }

  /** Code unit of the last character of the current line, or -1. */
  get lastCode(): number {
    return this.size > 0 ? (this.codes[this.size - 1] as number) : -1
  }

  /** Adds one printed character (a UTF-16 code unit) that stands at `[start, end)` of the source. */
  add(code: number, start: number, end: number, bold = false): void {
    if (this.size === this.codes.length) this.grow()
    const at = this.size++
    this.codes[at] = code
    this.starts[at] = start
    this.ends[at] = end
    this.boldFlags[at] = bold ? 1 : 0
  }

  /**
   * Adds the printed characters `value[from, to)` with spans already worked out (`starts[i]`,
   * `ends[i]` for `value[i]`; see `alignText`), copied in bulk.
   */
  addAligned(value: string, starts: Int32Array, ends: Int32Array, bold = false, from = 0, to = value.length): void {
    const count = to - from
    if (count <= 0) return
    while (this.size + count > this.codes.length) this.grow()
    const at = this.size
    const { codes, starts: ownStarts, ends: ownEnds } = this
    // One loop, no subarray views: a value's run is short, and a view is an allocation.
    for (let i = 0; i < count; i++) {
      codes[at + i] = value.charCodeAt(from + i)
      ownStarts[at + i] = starts[from + i] as number
      ownEnds[at + i] = ends[from + i] as number
    }
    this.boldFlags.fill(bold ? 1 : 0, at, at + count)
    this.size += count
  }

  /**
   * Makes a whole line of source characters `[start, end)` printed as written, one each (what
   * `add` of each, `trimEnd` and `finish` would make), when the current line is empty: a line of
   * the source needs no copy of its characters. Returns the line, or null when it is only spaces.
   */
  finishSourceLine(start: number, end: number, bold: boolean, markup: LineMarkup): Line | null {
    const text = this.source.text
    let to = end
    while (to > start && (text.charCodeAt(to - 1) === 0x20 || text.charCodeAt(to - 1) === 0x09)) to--
    let solid = 0
    let visible = 0
    for (let i = start; i < to; i++) {
      const code = text.charCodeAt(i)
      if (foldCharacter(code) !== code) {
        // A character the fold changes: the general way.
        for (let k = start; k < to; k++) this.add(text.charCodeAt(k), k, k + 1, bold)
        return this.finish(markup)
      }
      if (code !== 0x20 && code !== 0x09) {
        solid++
        if (visible === 0 && !isWhiteSpace(code)) visible++
      }
    }
    if (to === start) return null
    const raw = text.slice(start, to)
    return this.addLine(raw, raw, start, to, null, markup, solid, bold ? solid : 0, visible)
  }

  /** Drops trailing spaces and tabs of the current line. */
  trimEnd(): void {
    while (this.size > 0 && (this.codes[this.size - 1] === 0x20 || this.codes[this.size - 1] === 0x09)) this.size--
  }

  /**
   * Ends the current line and returns it (added to `lines`), or null when it holds no character.
   * The line's span runs from its first character's start to the furthest end of any of them.
   */
  finish(markup: LineMarkup = {}): Line | null {
    const size = this.size
    if (size === 0) return null
    this.size = 0
    const { codes, starts, ends, boldFlags } = this
    const text = this.source.text
    const start = starts[0] as number
    let solid = 0
    let boldSolid = 0
    let visible = 0
    // The common line first: every character printed as written, one source character each, in
    // order, and left alone by the fold. Such a line is a slice of the source with no map, and
    // needs none of the copies below.
    let i = 0
    for (; i < size; i++) {
      const code = codes[i] as number
      const from = starts[i] as number
      if (from !== start + i || ends[i] !== from + 1 || text.charCodeAt(from) !== code) break
      if (foldCharacter(code) !== code) break
      if (code !== 0x20 && code !== 0x09) {
        solid++
        if (boldFlags[i]) boldSolid++
        if (visible === 0 && !isWhiteSpace(code)) visible++
      }
    }
    if (i === size) {
      const raw = text.slice(start, start + size)
      return this.addLine(raw, raw, start, start + size, null, markup, solid, boldSolid, visible)
    }
    if (this.folded.length < size) this.growScratch(size)
    const { folded, printed, mapStarts, mapEnds } = this
    // The characters before `i` were all printed as written: they go to the scratch arrays as such.
    let surrogates = false
    for (let k = 0; k < i; k++) {
      const code = codes[k] as number
      folded[k] = code
      printed[k] = code
      mapStarts[k] = start + k
      mapEnds[k] = start + k + 1
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true
    }
    let end = i > 0 ? start + i : start
    let length = i
    let changed = false
    // Whether the printed characters are the source's own, one after another: then `raw` is a
    // slice of the source, not a string built from code units.
    let contiguous = true
    for (; i < size; i++) {
      const code = codes[i] as number
      const from = starts[i] as number
      const to = ends[i] as number
      if (to > end) end = to
      const fold = foldCharacter(code)
      if (fold < 0) {
        changed = true
        contiguous = false
        continue
      }
      if (fold !== code) changed = true
      if (contiguous && (from !== start + length || to !== from + 1 || text.charCodeAt(from) !== code)) contiguous = false
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true
      folded[length] = fold
      printed[length] = code
      mapStarts[length] = from
      mapEnds[length] = to
      length++
      if (fold !== 0x20 && fold !== 0x09) {
        solid++
        if (boldFlags[i]) boldSolid++
        // Folded white space is a space or one `foldCharacter` leaves as it is (`trim` removes both).
        if (visible === 0 && !isWhiteSpace(fold)) visible++
      }
    }
    const raw = contiguous ? text.slice(start, start + length) : codeUnitsToString(printed, length, surrogates)
    // Printed as written, one source character each: the index is the source index (no map).
    const map = contiguous ? null : { starts: mapStarts.slice(0, length), ends: mapEnds.slice(0, length) }
    return this.addLine(changed ? codeUnitsToString(folded, length, surrogates) : raw, raw, start, end, map, markup, solid, boldSolid, visible)
  }

  /** Adds the finished line: `solid` non-space characters, `boldSolid` of them bold, `visible` > 0 unless blank. */
  private addLine(text: string, raw: string, start: number, end: number, map: OffsetMap | null, markup: LineMarkup, solid: number, boldSolid: number, visible: number): Line {
    const lineMarkup: LineMarkup = { ...markup }
    if (solid > 0 && boldSolid === solid) lineMarkup.bold = true
    const line: Line = {
      index: this.lines.length,
      text,
      raw,
      position: this.position(start, end),
      map,
      markup: lineMarkup,
      // `text.trim() === ''`: only white space (after folding) or nothing.
      blank: visible === 0,
    }
    this.lines.push(line)
    return line
  }

  /**
   * The position of source span `[start, end)` (`spanPosition`'s), with the source line looked for
   * first where the last one was: lines are built in source order, so the binary search is rarely needed.
   */
  position(start: number, end: number): Position {
    const lineStarts = this.source.lineStarts
    let line = this.lineHint
    if (!((lineStarts[line] as number) <= start && (line + 1 >= lineStarts.length || start < (lineStarts[line + 1] as number)))) {
      line = lastIndexAtMost(lineStarts, start)
      this.lineHint = line
    }
    const lineStart = lineStarts[line] as number
    // A span that ends on the line it starts on: the same line, no search.
    if (line + 1 < lineStarts.length && end >= (lineStarts[line + 1] as number)) return { start: { line: line + 1, column: start - lineStart + 1, offset: start }, end: pointAt(this.source, end) }
    return { start: { line: line + 1, column: start - lineStart + 1, offset: start }, end: { line: line + 1, column: end - lineStart + 1, offset: end } }
  }

  private growScratch(size: number): void {
    const capacity = Math.max(size, 256, this.folded.length * 2)
    this.folded = new Uint16Array(capacity)
    this.printed = new Uint16Array(capacity)
    this.mapStarts = new Int32Array(capacity)
    this.mapEnds = new Int32Array(capacity)
  }

  private grow(): void {
    const capacity = this.codes.length * 2
    const codes = new Uint16Array(capacity)
    codes.set(this.codes)
    const starts = new Int32Array(capacity)
    starts.set(this.starts)
    const ends = new Int32Array(capacity)
    ends.set(this.ends)
    const boldFlags = new Uint8Array(capacity)
    boldFlags.set(this.boldFlags)
    this.codes = codes
    this.starts = starts
    this.ends = ends
    this.boldFlags = boldFlags
  }
}
