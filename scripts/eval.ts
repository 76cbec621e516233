// `npm run eval [-- [--json] [folder …]]`: scores parseReport on the hand-checked corpus (docs/eval.md).
// A measurement, not a gate: it always exits 0.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateFolder } from './eval/evaluate-folder.js'
import { findCorpusFolders } from './eval/find-corpus-folders.js'
import { formatSummary, type EvalResult } from './eval/format-summary.js'
import { parseReportAcceptsBytes } from './eval/parse-file.js'
import { totalScores } from './eval/total-scores.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json')
if (unknown.length) console.error(`eval: ignoring unknown option ${unknown.join(' ')} (known: --json)`)
const named = args.filter((arg) => !arg.startsWith('--')).map((arg) => resolve(arg))

const defaultRoot = fileURLToPath(new URL('../../shared/corpus', import.meta.url))
const folders = named.length ? named : findCorpusFolders(defaultRoot)

if (folders.length === 0) {
  console.log(
    existsSync(defaultRoot)
      ? `eval: no folder with a manifest.json under ${defaultRoot}; nothing to score.`
      : `eval: corpus not found at ${defaultRoot}; nothing to score (pass corpus folders as arguments).`,
  )
} else {
  const results = folders.map(evaluateFolder)
  const entries = results.flatMap((result) => result.scores)
  const result: EvalResult = {
    input: parseReportAcceptsBytes() ? 'bytes' : 'string',
    folders,
    skipped: results.flatMap((folder) => (folder.problem === null ? [] : [{ folder: folder.folder, problem: folder.problem }])),
    entries,
    totals: totalScores(entries),
  }
  console.log(json ? JSON.stringify(result, null, 2) : formatSummary(result))
}
process.exitCode = 0
