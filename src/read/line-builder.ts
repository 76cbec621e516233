import type { Line, LineMarkup, SourceText } from '../model/block.js'
import { foldCharacter } from './normalize-line.js'
import { spanPosition } from './source-text.js'

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

  /** Adds the printed characters of `value` with spans already worked out (see `alignText`). */
  addAligned(value: string, starts: Int32Array, ends: Int32Array, bold = false): void {
    for (let i = 0; i < value.length; i++) this.add(value.charCodeAt(i), starts[i] as number, ends[i] as number, bold)
  }

  /** Drops trailing spaces and tabs of the current line. */
  trimEnd(): void {
    while (this.size > 0 && (this.codes[this.size - 1] === 0x20 || this.codes[this.size - 1] === 0x09)) this.size--
  }

  /**
   * Ends the current line and returns it, or null when it holds no character. `place` is the
   * source offset an empty line would stand at.
   */
  finish(markup: LineMarkup = {}): Line | null {
    const size = this.size
    if (size === 0) return null
    this.size = 0
    let raw = ''
    let text = ''
    const textStarts = new Int32Array(size)
    const textEnds = new Int32Array(size)
    let textLength = 0
    let solid = 0
    let boldSolid = 0
    const folded = new Uint16Array(size)
    const printed = new Uint16Array(size)
    for (let i = 0; i < size; i++) {
      const code = this.codes[i] as number
      const fold = foldCharacter(code)
      if (fold < 0) continue
      folded[textLength] = fold
      printed[textLength] = code
      textStarts[textLength] = this.starts[i] as number
      textEnds[textLength] = this.ends[i] as number
      textLength++
      if (fold !== 0x20 && fold !== 0x09) {
        solid++
        if (this.boldFlags[i]) boldSolid++
      }
    }
    raw = codesToString(printed, textLength)
    text = codesToString(folded, textLength)
    const start = this.starts[0] as number
    let end = start
    for (let i = 0; i < size; i++) end = Math.max(end, this.ends[i] as number)
    const lineMarkup: LineMarkup = { ...markup }
    if (solid > 0 && boldSolid === solid) lineMarkup.bold = true
    const line: Line = {
      index: this.lines.length,
      text,
      raw,
      position: spanPosition(this.source, start, end),
      map: { starts: textStarts.slice(0, textLength), ends: textEnds.slice(0, textLength) },
      markup: lineMarkup,
      blank: text.trim() === '',
    }
    this.lines.push(line)
    return line
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

/** Turns code units into a string in chunks (spreading a huge array would overflow the stack). */
function codesToString(codes: Uint16Array, length: number): string {
  if (length <= 4096) return String.fromCharCode(...codes.subarray(0, length))
  const parts: string[] = []
  for (let i = 0; i < length; i += 4096) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096))))
  return parts.join('')
}
