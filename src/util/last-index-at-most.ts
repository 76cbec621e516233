/**
 * Index of the last element of an ascending array that is at most `value` (binary search), or
 * 0 when none is: the line that holds an offset, given the offsets where lines start.
 */
export function lastIndexAtMost(ascending: ArrayLike<number>, value: number): number {
  let low = 0
  let high = ascending.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((ascending[middle] ?? 0) <= value) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}
