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
import { disturbanceSink, evictCaches, fillBranchHistory } from './branch-history.js'

const documents = benchDocuments()
const remark = unified().use(remarkParse)
const parsers: Record<string, { parse: (text: string) => unknown; passes: number }> = {
  parseReport: { parse: (text) => parseReport(text, { format: 'text' }), passes: 300 },
  'remark-parse': { parse: (text) => remark.parse(text), passes: 40 },
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
if (disturbanceSink() === 0.5) console.log('(unreachable)')
