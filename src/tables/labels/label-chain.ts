import { ownString } from '../../util/own-string.js'
import { normalizeLabel, type NormalizedLabel } from './normalize-label.js'

/**
 * Steps the chains keep at most (then they start over): memory stays flat whatever the input.
 * A step holds its part and its normalised label, whose text is about the whole chain's.
 */
const stepsKept = 20_000
/** Code units of parts and labels the chains keep at most, summed (see {@link stepsKept}). */
const charactersKept = 500_000

let roots = new Map<string, LabelChain>()
let steps = 0
let characters = 0

/**
 * Texts run together part by part, normalised at each step: `LabelChain.start(a).extend(b).label`
 * is `normalizeLabel(a + b)`. A label wrapped over several grid rows is tried by every table
 * definition at every row (the rows pending so far, joined with the next), and the same rows come
 * back on every report of a batch: a step is found by its part alone (a short cell label), where
 * memoising the joined text would join and hash the whole pending text again at every row. The
 * chains form one bounded tree from the first part, shared by every extraction.
 */
export class LabelChain {
  /** The chains one part longer, by that part (made on first use). */
  #next: Map<string, LabelChain> | undefined
  readonly #previous: LabelChain | undefined
  readonly #part: string
  /** The parts so far run together, normalised: the same as `normalizeLabel` of the joined text. */
  readonly label: NormalizedLabel

  private constructor(previous: LabelChain | undefined, part: string) {
    this.#previous = previous
    this.#part = part
    let text = part
    for (let chain = previous; chain; chain = chain.#previous) text = chain.#part + text
    this.label = normalizeLabel(text)
  }

  /** The chain of one part. */
  static start(part: string): LabelChain {
    return LabelChain.#step(roots, undefined, part)
  }

  /** This chain with `part` appended. */
  extend(part: string): LabelChain {
    return LabelChain.#step((this.#next ??= new Map()), this, part)
  }

  /** Forgets every chain made so far (chains still held stay usable). */
  static clear(): void {
    roots = new Map()
    steps = 0
    characters = 0
  }

  static #step(next: Map<string, LabelChain>, previous: LabelChain | undefined, part: string): LabelChain {
    let chain = next.get(part)
    if (chain === undefined) {
      // A part cut from the input is copied: a kept view would keep the whole input alive.
      const own = ownString(part)
      chain = new LabelChain(previous, own)
      const size = own.length + chain.label.text.length + chain.label.bare.length
      if (steps >= stepsKept || characters + size > charactersKept) {
        // Starting over drops the tree; a chain still held (a pending label) goes on, outside it.
        LabelChain.clear()
        if (previous === undefined) next = roots
      }
      next.set(own, chain)
      steps++
      characters += size
    }
    return chain
  }
}
