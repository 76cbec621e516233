/**
 * A set of line indexes that also marks them in an array of the document's line count, so `has`
 * (which every grid reader asks of every line: the claimed lines) is an array read instead of a
 * hash lookup. Any other number is kept by the set alone.
 */
export class LineSet extends Set<number> {
  readonly #marks: Uint8Array

  constructor(lineCount: number) {
    super()
    this.#marks = new Uint8Array(lineCount)
  }

  override add(line: number): this {
    if (line >= 0 && line < this.#marks.length && Number.isInteger(line)) this.#marks[line] = 1
    return super.add(line)
  }

  override delete(line: number): boolean {
    if (line >= 0 && line < this.#marks.length && Number.isInteger(line)) this.#marks[line] = 0
    return super.delete(line)
  }

  override clear(): void {
    this.#marks.fill(0)
    super.clear()
  }

  override has(line: number): boolean {
    return line >= 0 && line < this.#marks.length && Number.isInteger(line) ? this.#marks[line] === 1 : super.has(line)
  }
}
