// The scaling series: one report, the same report 10 and 100 times over, and a 5 MB input, each
// timed and measured for peak heap, so that a super-linear step anywhere shows as a ratio.
import { Bench } from 'tinybench'
import { parseReport } from '../src/index.js'
import type { BenchDocument } from './bench-inputs.js'
import { measureLiveHeap, measurePeakHeap } from './peak-heap.js'

/** One point of a series. */
export interface ScalingPoint {
  /** Copies of the base text (`'5MB'` for the 5 MB input). */
  label: string
  copies: number
  /** Input size in UTF-8 bytes. */
  bytes: number
  /** Median time of one parse, in milliseconds. */
  medianMs: number
  /** Megabytes (10^6 bytes) per second. */
  mbPerSecond: number
  /** Peak heap growth during one parse, garbage included, in bytes, and that over `bytes`. */
  peakHeapBytes: number
  peakHeapPerInputByte: number
  /** Largest heap growth left after a collection during the parse, every collection a full one (live data), and that over `bytes`. */
  liveHeapBytes: number
  liveHeapPerInputByte: number
  /** Heap still held by the result afterwards, in bytes. */
  retainedHeapBytes: number
  /** Output sizes, which must grow with the copies (a parse that gave up would be fast). */
  sections: number
  tables: number
}

/** Input size of the 5 MB point: 5 MiB of UTF-8. */
export const fiveMegabytes = 5 * 1024 * 1024

const copiesOf = (text: string, copies: number) => Array.from({ length: copies }, () => text).join('\n')

/** Median time of `runs` parses after `warmups` untimed ones (small inputs need more of both to settle). */
async function timeParse(text: string, runs: number, warmups: number): Promise<number> {
  const bench = new Bench({ time: 0, iterations: runs, warmup: true, warmupIterations: warmups, warmupTime: 0 })
  bench.add('parse', () => parseReport(text, { format: 'text' }))
  await bench.run()
  const latency = bench.tasks[0]?.result
  if (!latency || latency.state !== 'completed') throw new Error('bench: the scaling parse did not complete')
  return latency.latency.p50
}

async function point(label: string, text: string, copies: number, runs: number, warmups = 1): Promise<ScalingPoint> {
  const bytes = Buffer.byteLength(text, 'utf8')
  const medianMs = await timeParse(text, runs, warmups)
  let report: ReturnType<typeof parseReport> | undefined
  // Where the collections fall during a parse moves the figures: the median of three parses each.
  // The previous parse's result must not count in the heap the next one starts from.
  const parse = () => (report = parseReport(text, { format: 'text' }))
  const measure = <T>(measurer: (task: () => unknown) => T): T => {
    report = undefined
    return measurer(parse)
  }
  const heaps = [0, 1, 2].map(() => measure(measurePeakHeap)).sort((a, b) => a.peak - b.peak)
  const heap = heaps[1] as (typeof heaps)[number]
  // Live data is read with every collection a full one (measureLiveHeap): without that, a parse
  // during which V8 happens to run no full collection shows only its result's size.
  const live = [0, 1, 2].map(() => measure(measureLiveHeap)).sort((a, b) => a - b)[1] ?? 0
  return {
    label,
    copies,
    bytes,
    medianMs,
    mbPerSecond: bytes / 1e6 / (medianMs / 1000),
    peakHeapBytes: heap.peak,
    peakHeapPerInputByte: heap.peak / bytes,
    liveHeapBytes: live,
    liveHeapPerInputByte: live / bytes,
    retainedHeapBytes: heap.retained,
    sections: report?.sections.length ?? 0,
    tables: report?.tables.length ?? 0,
  }
}

/** Times one report's text at 1, 10 and 100 copies. */
export async function scalingSeries(document: BenchDocument): Promise<ScalingPoint[]> {
  return [await point('1x', document.text, 1, 200, 20), await point('10x', copiesOf(document.text, 10), 10, 30, 5), await point('100x', copiesOf(document.text, 100), 100, 11, 2)]
}

/** Times the texts of all documents, concatenated over and over until they fill 5 MiB of UTF-8. */
export async function fiveMegabyteInput(documents: readonly BenchDocument[]): Promise<ScalingPoint> {
  const corpus = documents.map((document) => document.text).join('\n')
  const copies = Math.ceil(fiveMegabytes / Buffer.byteLength(`${corpus}\n`, 'utf8'))
  return point('5MB', copiesOf(corpus, copies), copies, 3)
}
