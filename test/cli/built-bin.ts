// Runs the built `zfxxgk` bin (dist/cli.js), building it first when the sources are newer.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(root, 'dist/cli.js')
const lock = join(root, 'node_modules/.cache/zfxxgk-cli-test-build.lock')
const buildInputs = ['src', 'package.json', 'tsup.config.ts']

function newestSourceTime(path: string): number {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestSourceTime(join(path, name))))
}

function isFresh(): boolean {
  if (!existsSync(bin) || !existsSync(join(root, 'dist/index.js'))) return false
  const built = Math.min(statSync(bin).mtimeMs, statSync(join(root, 'dist/index.js')).mtimeMs)
  return buildInputs.every((input) => newestSourceTime(join(root, input)) <= built)
}

/**
 * Makes sure dist/ holds a build of the current sources, running `npm run build` when it does
 * not. On a fresh clone `npm ci` has built it already (`prepare`); during development this
 * rebuilds after an edit. Test files run in parallel, so a lock directory lets one build and the
 * others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(dirname(lock), { recursive: true })
  for (;;) {
    if (isFresh()) return
    try {
      mkdirSync(lock, { recursive: false })
    } catch {
      // Someone else is building; a lock older than five minutes is left over from a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmdirSync(lock)
      await new Promise((resolve) => setTimeout(resolve, 250))
      continue
    }
    try {
      if (isFresh()) return
      const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' })
      if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`)
      return
    } finally {
      rmdirSync(lock)
    }
  }
}

/** What one run of the bin gave. */
export interface BinRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `node dist/cli.js …args` in the repository root, optionally feeding standard input. */
export function runBin(args: readonly string[], input?: string | Uint8Array): BinRun {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}
