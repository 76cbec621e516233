// What bench/document-order.ts and bench/stage-branch-history.ts run between two timed parses to
// take away what the processor learned from the last one: its data in the caches, or the history
// in its branch predictor. Deterministic (a fixed seed), so every run disturbs alike.

/** Random bytes from a fixed seed (a 32-bit xorshift). */
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 0x9e3779b9
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state & 0xff
  }
  return bytes
}
const large = randomBytes(4 << 20)
const small = large.subarray(0, 64 << 10)
/** Folds what the loops read, so that no engine can drop them as dead code. */
let sink = 0

/** Reads one byte of every 64 of 4 MiB: the last parse's data leaves the caches. */
export function evictCaches(): void {
  let sum = 0
  for (let i = 0; i < large.length; i += 64) sum += large[i] as number
  sink ^= sum
}

/**
 * Eight branches a byte over 64 KiB of random bits, each taken half of the time, none
 * predictable: the data stays cached, the branch predictor is filled with other history.
 */
export function fillBranchHistory(): void {
  let x = 0
  for (let i = 0; i < small.length; i++) {
    const b = small[i] as number
    if (b & 1) x += 3
    else x -= 1
    if (b & 2) x ^= 5
    else x += 7
    if (b & 4) x = (x * 3) | 0
    else x -= 2
    if (b & 8) x += i
    else x ^= i
    if (b & 16) x >>= 1
    else x += 11
    if (b & 32) x -= 5
    else x ^= 9
    if (b & 64) x += 13
    else x -= 17
    if (b & 128) x ^= 19
    else x += 23
  }
  sink ^= x
}

/** What the loops folded (print it where a run must keep them). */
export const disturbanceSink = (): number => sink
