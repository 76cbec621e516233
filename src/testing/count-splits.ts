/** The kinds of number a flattened cell can hold (templates.md §2 "Numbers"). */
export type NumberKind = 'count' | 'signed' | 'amount'

const tokens: Record<NumberKind, RegExp> = {
  count: /^(?:0|[1-9][0-9]*)/u,
  signed: /^[-+]?(?:0|[1-9][0-9]*)/u,
  amount: /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?/u,
}

/**
 * Counts the ways the run-together digits of a flattened row (`行政许可396442278`) split into
 * numbers of the given kinds that `accept` takes (a row sum, templates.md §2, §7), up to `limit`.
 * Numbers never start with a superfluous 0. A row is unambiguous when the count is exactly 1.
 */
export function countSplits(text: string, kinds: readonly NumberKind[], accept: (values: number[]) => boolean = () => true, limit = 2): number {
  let found = 0
  const walk = (rest: string, index: number, values: number[]) => {
    if (found >= limit) return
    const kind = kinds[index]
    if (kind === undefined) {
      if (rest === '' && accept(values)) found++
      return
    }
    // Each number left needs at least one character.
    if (rest.length < kinds.length - index) return
    const longest = tokens[kind].exec(rest)?.[0] ?? ''
    // Every prefix of the longest token that is itself a number is a candidate cut.
    for (let end = 1; end <= longest.length; end++) {
      const piece = longest.slice(0, end)
      if (/^[-+]?$|\.$/u.test(piece) || /^[-+]?0[0-9]/u.test(piece)) continue
      walk(rest.slice(end), index + 1, [...values, Number(piece)])
    }
  }
  walk(text, 0, [])
  return found
}
