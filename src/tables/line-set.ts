const isLineIndex = (value: number, count: number) => value >= 0 && value < count && Number.isInteger(value)

/**
 * A set of line indexes kept as bits in an array of the document's line count, so `has` (which
 * every grid reader asks of every line: the claimed lines) is an array read instead of a hash
 * lookup, and adding a line costs no hash insertion. Any other number is kept in a plain Set.
 * Iteration gives the lines in ascending order, then the other numbers.
 */
export class LineSet implements ReadonlySet<number> {
  // One bit a line, 32 lines a word: the words of a document of up to 512 lines fit in 64 bytes,
  // which the engine allocates with the object, where a byte a line needs a separate buffer
  // (several times the cost, and a set is made for every parse).
  readonly #words: Int32Array
  readonly #lineCount: number
  #count = 0
  #others: Set<number> | undefined

  constructor(lineCount: number) {
    this.#lineCount = lineCount
    this.#words = new Int32Array((lineCount + 31) >>> 5)
  }

  /** Adds a line (or any other number). */
  add(line: number): this {
    if (!isLineIndex(line, this.#lineCount)) (this.#others ??= new Set()).add(line)
    else {
      const words = this.#words
      const word = words[line >>> 5] as number
      const bit = 1 << (line & 31)
      if ((word & bit) === 0) {
        words[line >>> 5] = word | bit
        this.#count++
      }
    }
    return this
  }

  has(line: number): boolean {
    return isLineIndex(line, this.#lineCount) ? ((this.#words[line >>> 5] as number) & (1 << (line & 31))) !== 0 : this.#others?.has(line) === true
  }

  /** The number of lines the set was made for (lines are `0` to `lineCount - 1`). */
  get lineCount(): number {
    return this.#lineCount
  }

  /**
   * The first line at or after `from` (a line index) that the set does not hold, or
   * {@link lineCount} when it holds every one: a run of held lines (a grid an earlier reader
   * claimed) is passed a word of 32 lines at a time.
   */
  nextLineOutside(from: number): number {
    const count = this.#lineCount
    const words = this.#words
    let line = from
    while (line < count) {
      const word = words[line >>> 5] as number
      // Only lines below the count are ever added: a full word holds 32 of them.
      if (word === -1 && (line & 31) === 0) line += 32
      else if ((word & (1 << (line & 31))) === 0) return line
      else line++
    }
    return count
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
    for (let line = 0; line < this.#lineCount; line++) if (this.has(line)) values.push(line)
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
