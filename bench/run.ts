// npm run bench [-- --json]: throughput of every parseReport path against its baseline, the
// scaling series, peak heap per report, and the issue-7 targets; `--json` also writes
// bench/results.json (keys in docs/performance.md). Asserts nothing: it measures and reports.
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import { parseReport } from '../src/index.js'
import { benchDocuments, generatorSeed, type BenchDocument } from './bench-inputs.js'
import { collectGarbage, measurePeakHeap } from './peak-heap.js'
import { fiveMegabyteInput, scalingSeries, type ScalingPoint } from './scaling-series.js'
import { meets, targets } from './targets.js'
import { formBytes, throughputTasks, type ThroughputTask } from './throughput-tasks.js'
import { measureThroughputByForm } from './throughput-by-form.js'

const writeJson = process.argv.includes('--json')
/** Time budget of each throughput task in each round, in milliseconds (`BENCH_TIME`, default 1000). */
const taskTime = Number(process.env.BENCH_TIME ?? 1000)
/** Rounds of the throughput bench (`BENCH_ROUNDS`, default 3). */
const roundCount = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))
const scalingBases = ['fixture:qidu-2017', 'generated:2021']

interface ThroughputResult {
  description: string
  form: ThroughputTask['form']
  documents: number
  bytes: number
  /** Median time of one pass over all documents, in milliseconds: the median of the rounds' medians. */
  medianMs: number
  /** Each round's median, in milliseconds. */
  roundMedianMs: number[]
  /** Fastest single pass of all rounds, in milliseconds: the figure least disturbed by other load. */
  minMs: number
  meanMs: number
  /** Largest relative margin of error of a round's mean, in percent. */
  rme: number
  samples: number
  mbPerSecond: number
  reportsPerSecond: number
}

/** What one round of tinybench gives for one task. */
interface RoundFigures {
  p50: number
  min: number
  mean: number
  rme: number
  samples: number
}

async function measureThroughput(documents: readonly BenchDocument[]): Promise<Record<string, ThroughputResult>> {
  // Warm every path before timing any, so that the first task does not pay for compiling the
  // code the others share.
  for (const task of throughputTasks) {
    const until = performance.now() + Math.min(500, taskTime)
    while (performance.now() < until) for (const document of documents) task.run(document)
  }
  // Several rounds, each in another task order, and the median of the rounds: on a shared machine
  // a burst of load then hits one round of every task rather than all of one task.
  const rounds: Map<string, RoundFigures>[] = []
  for (let round = 0; round < roundCount; round++) {
    const bench = new Bench({ time: taskTime, warmupTime: Math.min(200, taskTime), throws: true })
    const order = throughputTasks.map((_, index) => throughputTasks[(index + round * 3) % throughputTasks.length] as ThroughputTask)
    for (const task of round % 2 === 0 ? order : order.reverse()) {
      // Each task starts from a collected heap, not from the garbage the task before it left.
      bench.add(
        task.key,
        () => {
          for (const document of documents) task.run(document)
        },
        { beforeAll: collectGarbage },
      )
    }
    await bench.run()
    const measured = new Map<string, RoundFigures>()
    for (const task of throughputTasks) {
      const result = bench.getTask(task.key)?.result
      if (!result || result.state !== 'completed') throw new Error(`bench: task ${task.key} did not complete`)
      measured.set(task.key, { p50: result.latency.p50, min: result.latency.min, mean: result.latency.mean, rme: result.latency.rme, samples: result.latency.samplesCount })
    }
    rounds.push(measured)
  }
  const results: Record<string, ThroughputResult> = {}
  for (const task of throughputTasks) {
    const perRound = rounds.map((round) => round.get(task.key)).filter((entry) => entry !== undefined)
    const medianMs = median(perRound.map((entry) => entry.p50))
    const bytes = documents.reduce((sum, document) => sum + formBytes(document, task.form), 0)
    results[task.key] = {
      description: task.description,
      form: task.form,
      documents: documents.length,
      bytes,
      medianMs,
      roundMedianMs: perRound.map((entry) => entry.p50),
      minMs: Math.min(...perRound.map((entry) => entry.min)),
      meanMs: perRound.reduce((sum, entry) => sum + entry.mean, 0) / perRound.length,
      rme: Math.max(...perRound.map((entry) => entry.rme)),
      samples: perRound.reduce((sum, entry) => sum + entry.samples, 0),
      mbPerSecond: bytes / 1e6 / (medianMs / 1000),
      reportsPerSecond: documents.length / (medianMs / 1000),
    }
  }
  return results
}

interface HeapResult {
  /** Mean and largest peak heap growth of one parse, in bytes. */
  meanPeakBytes: number
  maxPeakBytes: number
  /** Largest peak heap growth over the input's size, and the document it came from. */
  maxPeakPerInputByte: number
  worstDocument: string
  meanRetainedBytes: number
}

function measureHeapPerReport(documents: readonly BenchDocument[]): Record<string, HeapResult> {
  const results: Record<string, HeapResult> = {}
  for (const task of throughputTasks.filter((candidate) => ['text', 'markdown', 'html', 'gb18030'].includes(candidate.key))) {
    const measured = documents.map((document) => ({ document, bytes: formBytes(document, task.form), ...measurePeakHeap(() => task.run(document)) }))
    const worst = measured.reduce((a, b) => (b.peak / b.bytes > a.peak / a.bytes ? b : a))
    results[task.key] = {
      meanPeakBytes: measured.reduce((sum, entry) => sum + entry.peak, 0) / measured.length,
      maxPeakBytes: Math.max(...measured.map((entry) => entry.peak)),
      maxPeakPerInputByte: worst.peak / worst.bytes,
      worstDocument: worst.document.name,
      meanRetainedBytes: measured.reduce((sum, entry) => sum + entry.retained, 0) / measured.length,
    }
  }
  return results
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

const ratio = (numerator: number | undefined, denominator: number | undefined) => (numerator ?? Number.NaN) / (denominator ?? Number.NaN)

function machine() {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    v8: process.versions.v8,
  }
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2)

async function main(): Promise<void> {
  const documents = benchDocuments()
  for (const document of documents) {
    // The other forms must parse to the same generation, or the bench would time a failing path.
    const forms = { markdown: parseReport(document.markdown, { format: 'markdown' }), html: parseReport(document.html, { format: 'html' }), gb18030: parseReport(document.gb18030) }
    for (const [form, report] of Object.entries(forms)) {
      if (report.generation !== document.generation) console.warn(`warning: ${document.name} as ${form} parses as ${report.generation}, as text as ${document.generation}`)
    }
  }
  console.log(`${documents.length} documents: ${documents.map((document) => document.name).join(', ')}`)

  const throughput = await measureThroughput(documents)
  console.log('\nThroughput (one pass over all documents)')
  console.table(
    Object.entries(throughput).map(([key, result]) => ({
      task: key,
      'MB': megabytes(result.bytes),
      'median ms': result.medianMs.toFixed(2),
      'fastest ms': result.minMs.toFixed(2),
      '±%': result.rme.toFixed(1),
      'MB/s': result.mbPerSecond.toFixed(2),
      'reports/s': result.reportsPerSecond.toFixed(0),
    })),
  )

  const byForm = await measureThroughputByForm(Math.min(500, taskTime))
  console.log('\nThroughput by input form (the generated reports written by each renderer of the testing kit; reference, no target)')
  console.table(
    byForm.map((result) => ({
      form: result.form,
      generations: result.generations.join(' '),
      KB: (result.bytes / 1e3).toFixed(1),
      'median ms': result.medianMs.toFixed(2),
      'MB/s': result.mbPerSecond.toFixed(2),
      'reports/s': result.reportsPerSecond.toFixed(0),
      '× remark-parse': result.vsRemark.toFixed(2),
    })),
  )

  const heap = measureHeapPerReport(documents)
  console.log('\nPeak heap per report')
  console.table(
    Object.entries(heap).map(([key, result]) => ({
      path: key,
      'mean peak MB': megabytes(result.meanPeakBytes),
      'max peak MB': megabytes(result.maxPeakBytes),
      'worst peak / input byte': result.maxPeakPerInputByte.toFixed(1),
      'worst document': result.worstDocument,
      'mean retained MB': megabytes(result.meanRetainedBytes),
    })),
  )

  const scaling: Record<string, ScalingPoint[]> = {}
  for (const name of scalingBases) {
    const document = documents.find((candidate) => candidate.name === name)
    if (document) scaling[name] = await scalingSeries(document)
  }
  const fiveMegabyte = await fiveMegabyteInput(documents)
  console.log('\nScaling (plain text)')
  console.table(
    [...Object.entries(scaling).flatMap(([name, points]) => points.map((point) => ({ name, point }))), { name: 'all documents', point: fiveMegabyte }].map(({ name, point }) => ({
      input: `${name} ${point.label}`,
      MB: megabytes(point.bytes),
      'median ms': point.medianMs.toFixed(1),
      'MB/s': point.mbPerSecond.toFixed(2),
      'peak heap MB': megabytes(point.peakHeapBytes),
      'peak / input byte': point.peakHeapPerInputByte.toFixed(1),
      'live heap MB': megabytes(point.liveHeapBytes),
      'live / input byte': point.liveHeapPerInputByte.toFixed(1),
      sections: point.sections,
      tables: point.tables,
    })),
  )

  const seriesRatios = Object.fromEntries(Object.entries(scaling).map(([name, points]) => [name, ratio(points[2]?.medianMs, points[0]?.medianMs)]))
  const ratios = {
    textVsRemark: ratio(throughput.remarkOnText?.medianMs, throughput.text?.medianMs),
    markdownVsRemark: ratio(throughput.remarkOnMarkdown?.medianMs, throughput.markdown?.medianMs),
    markdownVsRemarkGfm: ratio(throughput.remarkGfmOnMarkdown?.medianMs, throughput.markdown?.medianMs),
    htmlVsCheerio: ratio(throughput.cheerio?.medianMs, throughput.html?.medianMs),
    gb18030VsText: ratio(throughput.gb18030?.medianMs, throughput.text?.medianMs),
    gb18030VsIconv: ratio(throughput.gb18030?.medianMs, throughput.iconv?.medianMs),
    textVsFloor: ratio(throughput.text?.medianMs, throughput.floor?.medianMs),
    scaling100: Math.max(...Object.values(seriesRatios)),
    scaling100BySeries: seriesRatios,
    fiveMegabyteSeconds: fiveMegabyte.medianMs / 1000,
    // Small inputs are dominated by the young generation's fixed size; the multiple of the input
    // is read on the inputs of a megabyte and more (docs/performance.md).
    liveHeapPerInputByte: Math.max(...[...Object.values(scaling).flat(), fiveMegabyte].filter((point) => point.bytes >= 1e6).map((point) => point.liveHeapPerInputByte)),
    peakHeapPerInputByte: Math.max(...[...Object.values(scaling).flat(), fiveMegabyte].filter((point) => point.bytes >= 1e6).map((point) => point.peakHeapPerInputByte)),
  }
  // The same throughput ratios from the fastest passes, which load on a shared machine disturbs least.
  const ratiosFromFastestPass = {
    textVsRemark: ratio(throughput.remarkOnText?.minMs, throughput.text?.minMs),
    markdownVsRemark: ratio(throughput.remarkOnMarkdown?.minMs, throughput.markdown?.minMs),
    htmlVsCheerio: ratio(throughput.cheerio?.minMs, throughput.html?.minMs),
    gb18030VsText: ratio(throughput.gb18030?.minMs, throughput.text?.minMs),
  }
  const checked = targets.map((target) => {
    const value = ratios[target.key as keyof typeof ratios] as number
    return { ...target, value, met: meets(target, value) }
  })
  console.log(`\nFrom the fastest passes: ${Object.entries(ratiosFromFastestPass).map(([key, value]) => `${key} ${value.toFixed(2)}`).join(', ')}`)
  console.log('\nTargets')
  console.table(checked.map((target) => ({ target: target.key, value: target.value.toFixed(2), limit: `${target.kind === 'min' ? '≥' : '≤'} ${target.limit}`, met: target.met ? 'yes' : 'NO' })))

  if (writeJson) {
    const results = {
      version: 5,
      date: new Date().toISOString(),
      machine: machine(),
      settings: { taskTimeMs: taskTime, rounds: roundCount, generatorSeed, documents: documents.map((document) => document.name) },
      throughput,
      throughputByForm: byForm,
      heapPerReport: heap,
      scaling: { ...scaling, fiveMegabyte },
      ratios,
      ratiosFromFastestPass,
      targets: Object.fromEntries(checked.map(({ key, ...target }) => [key, target])),
      allTargetsMet: checked.every((target) => target.met),
    }
    const file = fileURLToPath(new URL('results.json', import.meta.url))
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nwrote ${file}`)
  }
}

await main()
