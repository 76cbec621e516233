// Throughput by input form, for reference (no target): the bench's generated reports written by every
// renderer of the testing kit — TAB grids, one cell per line, pipe rows, aligned PDF text, flattened
// rows and pages, OCR noise, Markdown, HTML — each parsed by parseReport and, for comparison, read
// by remark-parse alone. Real reports come in all these forms; some read much slower than others.
// (The flattened forms write only data whose rows split back one way: other samples of the same seed.)
import remarkParse from 'remark-parse'
import { Bench } from 'tinybench'
import { unified } from 'unified'
import { parseReport } from '../src/index.js'
import { defaultRenderers, renderReport } from '../src/testing/index.js'
import { generatedReportData } from './bench-inputs.js'
import { collectGarbage } from './peak-heap.js'

/** One form's figures: a pass over the generated reports the renderer can write. */
export interface FormThroughput {
  /** Renderer name (`tab-grid`, `flattened-page`, …). */
  form: string
  /** Generations written in this form (the reports of the pass). */
  generations: string[]
  bytes: number
  /** Median time of one pass of parseReport, in milliseconds. */
  medianMs: number
  mbPerSecond: number
  reportsPerSecond: number
  /** Median time of one pass of remark-parse alone over the same texts, in milliseconds. */
  remarkMedianMs: number
  /** remark-parse's time over parseReport's: how many times faster parseReport reads this form. */
  vsRemark: number
}

const remark = unified().use(remarkParse)

/** Times every form for `timeMs` each (parseReport and remark-parse alike). */
export async function measureThroughputByForm(timeMs: number): Promise<FormThroughput[]> {
  const forms = defaultRenderers.map((renderer) => {
    const written = generatedReportData((data) => renderer.accepts(data)).filter(({ generation }) => renderer.generations.includes(generation))
    const format: 'text' | 'markdown' | 'html' = renderer.name === 'markdown' ? 'markdown' : renderer.name === 'html' ? 'html' : 'text'
    return { renderer, format, generations: written.map(({ generation }) => generation), texts: written.map(({ data }) => renderReport(data, renderer)) }
  })
  // Every form parsed for a while before any is timed: the first form timed must not pay for
  // compiling the code all of them share.
  for (const { format, texts } of forms) {
    const until = performance.now() + Math.min(300, timeMs)
    while (performance.now() < until) for (const text of texts) parseReport(text, { format })
  }
  const results: FormThroughput[] = []
  for (const { renderer, format, generations, texts } of forms) {
    if (texts.length === 0) continue
    const bench = new Bench({ time: timeMs, warmupTime: Math.min(200, timeMs), throws: true })
    bench.add('parse', () => {
      for (const text of texts) parseReport(text, { format })
    }, { beforeAll: collectGarbage })
    bench.add('remark', () => {
      for (const text of texts) remark.parse(text)
    }, { beforeAll: collectGarbage })
    await bench.run()
    const parse = bench.getTask('parse')?.result
    const baseline = bench.getTask('remark')?.result
    if (!parse || parse.state !== 'completed' || !baseline || baseline.state !== 'completed') throw new Error(`bench: the ${renderer.name} form did not complete`)
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0)
    const medianMs = parse.latency.p50
    results.push({
      form: renderer.name,
      generations,
      bytes,
      medianMs,
      mbPerSecond: bytes / 1e6 / (medianMs / 1000),
      reportsPerSecond: texts.length / (medianMs / 1000),
      remarkMedianMs: baseline.latency.p50,
      vsRemark: baseline.latency.p50 / medianMs,
    })
  }
  return results
}
