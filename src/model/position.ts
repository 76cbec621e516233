/**
 * A place in the input, following unist: `line` and `column` start at 1, `offset` starts at 0.
 * Offsets count UTF-16 code units of the (decoded) input string.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

/**
 * A span of the input. `end` points just after the last character, so
 * `input.slice(start.offset, end.offset)` is exactly the span.
 */
export interface Position {
  start: Point
  end: Point
}
