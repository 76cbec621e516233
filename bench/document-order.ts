// npx tsx bench/document-order.ts: what going from one report to the next costs. Times parseReport
// and remark-parse on the bench documents two ways — in turn (one pass over all nine, as
// `npm run bench` does) and one at a time (each document parsed many times in a row, the times
// summed) — and prints the ratio of the two for each. Asserts nothing (docs/performance.md).
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseReport } from '../src/index.js'
import { benchDocuments } from './bench-inputs.js'

const documents = benchDocuments()
const remark = unified().use(remarkParse)
const parsers: Record<string, { parse: (text: string) => unknown; passes: number }> = {
  parseReport: { parse: (text) => parseReport(text, { format: 'text' }), passes: 400 },
  'remark-parse': { parse: (text) => remark.parse(text), passes: 60 },
}

/** Milliseconds a pass over all documents, each parsed once in turn. */
function inTurn(parse: (text: string) => unknown, passes: number): number {
  const start = performance.now()
  for (let pass = 0; pass < passes; pass++) for (const document of documents) parse(document.text)
  return (performance.now() - start) / passes
}

/** Milliseconds of one parse of each document, summed, each document parsed `passes` times in a row. */
function oneAtATime(parse: (text: string) => unknown, passes: number): number {
  let total = 0
  for (const document of documents) {
    for (let warm = 0; warm < Math.ceil(passes / 4); warm++) parse(document.text)
    const start = performance.now()
    for (let pass = 0; pass < passes; pass++) parse(document.text)
    total += (performance.now() - start) / passes
  }
  return total
}

for (const { parse, passes } of Object.values(parsers)) inTurn(parse, Math.ceil(passes / 4))
const rows = []
for (let round = 1; round <= 3; round++) {
  for (const [name, { parse, passes }] of Object.entries(parsers)) {
    const turn = inTurn(parse, passes)
    const alone = oneAtATime(parse, passes)
    rows.push({ round, parser: name, 'in turn ms': turn.toFixed(2), 'one at a time ms': alone.toFixed(2), 'in turn / one at a time': (turn / alone).toFixed(2) })
  }
}
console.table(rows)
