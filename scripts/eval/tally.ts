/** A count of right answers out of a number of scored ones. */
export interface Tally {
  right: number
  of: number
}

/** Adds tallies field by field; the empty sum is 0 of 0. */
export function sumTallies(tallies: Iterable<Tally>): Tally {
  let right = 0
  let of = 0
  for (const tally of tallies) {
    right += tally.right
    of += tally.of
  }
  return { right, of }
}

/** The share of right answers in percent, rounded to one decimal, or null when nothing was scored. */
export function percent(tally: Tally): number | null {
  return tally.of === 0 ? null : Math.round((tally.right / tally.of) * 1000) / 10
}

/** A tally as `right/of (pct%)`, or `right/of (n/a)` when nothing was scored. */
export function formatTally(tally: Tally): string {
  const share = percent(tally)
  return `${tally.right}/${tally.of} (${share === null ? 'n/a' : `${share}%`})`
}
