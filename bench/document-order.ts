// npx tsx bench/document-order.ts: what going from one report to the next costs, and why. Times
// parseReport and remark-parse on the bench documents in turn (one pass over all nine, as
// `npm run bench` does) and one at a time (each document parsed many times in a row, the times
// summed); then one at a time again with something run between two parses (not timed): a read of
// 4 MiB, which leaves no data of the last parse in the processor's caches, or a loop over 64 KiB of
// coin flips, which leaves the data in place but fills the processor's branch predictor with
// other history. Asserts nothing (docs/performance.md, "Why…").
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseReport } from '../src/index.js'
import { benchDocuments } from './bench-inputs.js'

const documents = benchDocuments()
const remark = unified().use(remarkParse)
const parsers: Record<string, { parse: (text: string) => unknown; passes: number }> = {
  parseReport: { parse: (text) => parseReport(text, { format: 'text' }), passes: 300 },
  'remark-parse': { parse: (text) => remark.parse(text), passes: 40 },
}

/** Random bytes from a fixed seed (a 32-bit xorshift), so every run disturbs alike. */
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
let sink = 0

/** Reads one byte of every 64 of 4 MiB: the last parse's data leaves the caches. */
function evictCaches(): void {
  let sum = 0
  for (let i = 0; i < large.length; i += 64) sum += large[i] as number
  sink ^= sum
}

/** Eight branches a byte on random bits: each taken half of the time, none predictable. */
function fillBranchHistory(): void {
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

/** Milliseconds a pass over all documents, each parsed once in turn. */
function inTurn(parse: (text: string) => unknown, passes: number): number {
  const start = performance.now()
  for (let pass = 0; pass < passes; pass++) for (const document of documents) parse(document.text)
  return (performance.now() - start) / passes
}

/**
 * Milliseconds of one parse of each document, summed, each document parsed `passes` times in a
 * row, with `between` run (untimed) before each parse.
 */
function oneAtATime(parse: (text: string) => unknown, passes: number, between?: () => void): number {
  let total = 0
  for (const document of documents) {
    for (let warm = 0; warm < Math.ceil(passes / 4); warm++) parse(document.text)
    let time = 0
    for (let pass = 0; pass < passes; pass++) {
      between?.()
      const start = performance.now()
      parse(document.text)
      time += performance.now() - start
    }
    total += time / passes
  }
  return total
}

for (const { parse, passes } of Object.values(parsers)) inTurn(parse, Math.ceil(passes / 4))
const rows = []
for (let round = 1; round <= 3; round++) {
  for (const [name, { parse, passes }] of Object.entries(parsers)) {
    const turn = inTurn(parse, passes)
    const alone = oneAtATime(parse, passes)
    const evicted = oneAtATime(parse, passes, evictCaches)
    const branches = oneAtATime(parse, passes, fillBranchHistory)
    rows.push({
      round,
      parser: name,
      'in turn ms': turn.toFixed(2),
      'one at a time ms': alone.toFixed(2),
      'in turn / one at a time': (turn / alone).toFixed(2),
      'caches emptied ms': evicted.toFixed(2),
      'branch history filled ms': branches.toFixed(2),
    })
  }
}
console.table(rows)
if (sink === 0.5) console.log(sink)
