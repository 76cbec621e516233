const isLineIndex = (value: number, count: number) => value >= 0 && value < count && Number.isInteger(value)

/**
 * A set of line indexes kept as marks in an array of the document's line count, so `has` (which
 * every grid reader asks of every line: the claimed lines) is an array read instead of a hash
 * lookup, and adding a line costs no hash insertion. Any other number is kept in a plain Set.
 * Iteration gives the lines in ascending order, then the other numbers.
 */
export class LineSet implements ReadonlySet<number> {
  readonly #marks: Uint8Array
  #count = 0
  #others: Set<number> | undefined

  constructor(lineCount: number) {
    this.#marks = new Uint8Array(lineCount)
  }

  /** Adds a line (or any other number). */
  add(line: number): this {
    if (!isLineIndex(line, this.#marks.length)) (this.#others ??= new Set()).add(line)
    else if (this.#marks[line] === 0) {
      this.#marks[line] = 1
      this.#count++
    }
    return this
  }

  has(line: number): boolean {
    return isLineIndex(line, this.#marks.length) ? this.#marks[line] === 1 : this.#others?.has(line) === true
  }

  get size(): number {
    return this.#count + (this.#others?.size ?? 0)
  }

  forEach(callback: (value: number, value2: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this)
  }

  values(): SetIterator<number> {
    // An array's iterator: engines run it faster than a generator's.
    const values: number[] = []
    const marks = this.#marks
    for (let line = 0; line < marks.length; line++) if (marks[line] === 1) values.push(line)
    if (this.#others) for (const value of this.#others) values.push(value)
    return values[Symbol.iterator]()
  }

  keys(): SetIterator<number> {
    return this.values()
  }

  *entries(): SetIterator<[number, number]> {
    for (const value of this.values()) yield [value, value]
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.values()
  }
}
