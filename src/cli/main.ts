#!/usr/bin/env node
// The `zfxxgk` bin. The same module runs the worker threads of `--jobs`.
import { readFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'
import packageJson from '../../package.json' with { type: 'json' }
import { serveWorker } from './parse-worker.js'
import { runCli } from './run-cli.js'

if (isMainThread) {
  // `zfxxgk parse dir | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const io = { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0), workerUrl: new URL(import.meta.url) }
  process.exitCode = await runCli(process.argv, packageJson.version, io)
} else {
  await serveWorker()
}
