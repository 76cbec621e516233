// Measures `zfxxgk parse <folder> --jobs 2` against `--jobs 1` on 1,000 generated reports plus one
// unreadable file (npm run bench:cli). The reports are variations rendered from fixtures/: another
// organ name, CRLF line ends, GB18030 bytes, or the text wrapped in a government-style HTML page.
// Prints the timings; asserts nothing about speed, but checks that both runs print the same
// 1,001 NDJSON lines, that the unreadable file is one of them, and that the batch exits 3.
import { spawnSync } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { parseReport } from '../src/index.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const reports = Number(process.env.BENCH_REPORTS ?? 1000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
// Environment: BENCH_REPORTS (1000), BENCH_ROUNDS (3), BENCH_KEEP (keep the generated folder).

const places = ['清河', '东岭', '西坪', '南湖', '北山', '青石', '白沙', '柳林', '桃源', '金川', '龙泉', '梅岭', '松溪', '石门', '杏花', '云台']

/** The organ's proper name in a fixture (`齐都镇政府` → `齐都`), which the variations replace. */
function properName(text: string): string {
  const organ = parseReport(text).meta.organ ?? ''
  return organ.replace(/(镇|乡|县|市|区)?(人民政府|政府)?$/u, '')
}

function renderVariant(text: string, name: string, index: number): { file: string; bytes: Uint8Array } {
  const place = `${places[index % places.length]}${places[Math.floor(index / places.length) % places.length]}`
  const renamed = name === '' ? text : text.replaceAll(name, place)
  const base = `report-${String(index).padStart(4, '0')}`
  switch (index % 4) {
    case 1:
      return { file: `${base}.txt`, bytes: Buffer.from(renamed.replace(/\r?\n/gu, '\r\n'), 'utf8') }
    case 2:
      return { file: `${base}.txt`, bytes: iconv.encode(renamed, 'gb18030') }
    case 3: {
      const body = renamed.split('\n').map((line) => `<p>${line.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('\n')
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${place}政府信息公开</title></head><body><div class="nav"><a href="/">首页</a> &gt; 政府信息公开</div><div id="zoom">${body}</div><div class="footer">主办：${place}人民政府办公室 ICP备案号：X-00000000号</div></body></html>`
      return { file: `${base}.html`, bytes: Buffer.from(page, 'utf8') }
    }
    default:
      return { file: `${base}.txt`, bytes: Buffer.from(renamed, 'utf8') }
  }
}

function generateFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-'))
  const seeds = readdirSync(join(root, 'fixtures')).filter((file) => file.endsWith('.txt')).sort()
  const sources = seeds.map((file) => {
    const text = readFileSync(join(root, 'fixtures', file), 'utf8')
    return { text, name: properName(text) }
  })
  for (let index = 0; index < reports; index += 1) {
    const source = sources[index % sources.length] as (typeof sources)[number]
    const variant = renderVariant(source.text, source.name, index)
    writeFileSync(join(folder, variant.file), variant.bytes)
  }
  // One file that is not a report at all: the batch must report it and go on.
  writeFileSync(join(folder, 'report-0500-corrupt.txt'), Uint8Array.from({ length: 4096 }, (_, index) => (index * 131) % 256))
  return folder
}

/**
 * A private copy of the built bin and library, so a rebuild of dist/ by someone else's test run
 * cannot pull the files away in the middle of a measurement.
 */
function snapshotBuild(): string {
  if (!existsSync(join(root, 'dist/cli.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  const directory = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-bin-'))
  for (const file of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'))) copyFileSync(join(root, 'dist', file), join(directory, file))
  writeFileSync(join(directory, 'package.json'), '{ "type": "module" }\n')
  symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'))
  return directory
}

const spinSource = 'let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003; return x'
const spin = new Function('n', spinSource) as (n: number) => number

/**
 * How much faster two threads do a fixed amount of plain arithmetic than one, right now: about 2 on
 * an idle two-core machine, about 1 when other processes keep a core busy. Without this figure
 * the --jobs timings cannot be read.
 */
async function machineScaling(work = 3e8): Promise<number> {
  let started = performance.now()
  spin(work)
  const one = performance.now() - started
  started = performance.now()
  const half = (n: number) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(`const { parentPort, workerData } = require('node:worker_threads'); parentPort.postMessage((function (n) { ${spinSource} })(workerData))`, { eval: true, workerData: n })
      worker.once('message', resolve).once('error', reject)
    })
  await Promise.all([half(work / 2), half(work / 2)])
  return one / (performance.now() - started)
}

/**
 * CPU seconds (user + system) used by this process's finished children, from /proc on Linux;
 * null elsewhere. Unlike wall time it hardly depends on what else the machine runs.
 */
function childrenCpuSeconds(): number | null {
  try {
    // Fields after the command name: … utime stime cutime cstime …; cutime is the 14th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

function run(bin: string, folder: string, jobs: number): { ms: number; cpu: number | null; status: number | null; stdout: string; stderr: string } {
  const started = performance.now()
  const cpuBefore = childrenCpuSeconds()
  const result = spawnSync(process.execPath, [join(bin, 'cli.js'), 'parse', folder, '--jobs', String(jobs), '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  })
  const cpuAfter = childrenCpuSeconds()
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
  return { ms: performance.now() - started, cpu, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const loadBefore = loadavg()[0]?.toFixed(2)
const scalingBefore = await machineScaling()
const bin = snapshotBuild()
const folder = generateFolder()
try {
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] }
  const cpu: Record<1 | 2, number[]> = { 1: [], 2: [] }
  let outputs: Partial<Record<1 | 2, string>> = {}
  for (let round = 0; round < rounds; round += 1) {
    for (const jobs of [1, 2] as const) {
      const result = run(bin, folder, jobs)
      times[jobs].push(result.ms)
      if (result.cpu !== null) cpu[jobs].push(result.cpu)
      if (result.status !== 3) throw new Error(`--jobs ${jobs} exited ${result.status}, expected 3 (one unreadable file):\n${result.stderr}`)
      outputs = { ...outputs, [jobs]: result.stdout }
    }
  }
  const lines = (outputs[1] ?? '').trimEnd().split('\n')
  const errors = lines.map((line) => JSON.parse(line) as { file: string; error?: { code: string } }).filter((line) => line.error)
  if (outputs[1] !== outputs[2]) throw new Error('--jobs 1 and --jobs 2 printed different output')
  if (lines.length !== reports + 1) throw new Error(`expected ${reports + 1} NDJSON lines, got ${lines.length}`)
  if (errors.length !== 1 || !errors[0]?.file.endsWith('report-0500-corrupt.txt')) throw new Error(`expected one error line, got ${JSON.stringify(errors)}`)

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
  const [one, two] = [median(times[1]), median(times[2])]
  // On a shared machine the fastest round is the one least disturbed by other processes.
  const [bestOne, bestTwo] = [Math.min(...times[1]), Math.min(...times[2])]
  // Other processes compete for the same cores; a load average near the core count makes the figures meaningless.
  const load = `${loadBefore} before, ${loadavg()[0]?.toFixed(2)} after`
  const scaling = `×${scalingBefore.toFixed(2)} before, ×${(await machineScaling()).toFixed(2)} after`
  console.log(`${reports} generated reports + 1 unreadable file, ${rounds} rounds, ${availableParallelism()} cores (1-minute load average ${load}), Node ${process.version}`)
  console.log(`--jobs 1: median ${(one / 1000).toFixed(2)} s, best ${(bestOne / 1000).toFixed(2)} s  (${times[1].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`)
  console.log(`--jobs 2: median ${(two / 1000).toFixed(2)} s, best ${(bestTwo / 1000).toFixed(2)} s  (${times[2].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`)
  console.log(`two threads of plain arithmetic run ${scaling} as fast as one on this machine (2 means two free cores)`)
  if (cpu[1].length > 0) console.log(`CPU time (user + system, all threads): --jobs 1 median ${median(cpu[1]).toFixed(2)} s, --jobs 2 median ${median(cpu[2]).toFixed(2)} s`)
  console.log(`speed-up ×${(one / two).toFixed(2)} (median), ×${(bestOne / bestTwo).toFixed(2)} (best); same ${lines.length} NDJSON lines from both; ${errors[0]?.file} reported as ${errors[0]?.error?.code}; exit status 3`)
} finally {
  // BENCH_KEEP=1 keeps the generated folder (its path is printed) for runs by hand.
  if (process.env.BENCH_KEEP) console.log(`kept ${folder}`)
  else rmSync(folder, { recursive: true, force: true })
  rmSync(bin, { recursive: true, force: true })
}
