import { CommanderError } from 'commander'
import { addToTally, createBatchTally } from './batch-tally.js'
import type { CliSettings } from './cli-settings.js'
import { collectInputs } from './collect-inputs.js'
import { createProgram, type CommandOptions } from './create-program.js'
import { decideExitCode } from './decide-exit-code.js'
import { exitCodes, type ExitCode } from './exit-codes.js'
import { cellsCsvHeader } from './format-cells-csv.js'
import { formatBatchSummary } from './format-batch-summary.js'
import { loadLibrary } from './load-library.js'
import { createProgressBar } from './progress-bar.js'
import { runBatch } from './run-batch.js'

/** Where the CLI reads and writes; tests and embedders can swap any of it. */
export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** Reads all of standard input (for the `-` input). */
  readStdin: () => Uint8Array
  /** The module worker threads run: the bin itself. */
  workerUrl: URL
}

/**
 * Runs the `zfxxgk` command line (`argv` as in `process.argv`) and resolves to the exit status
 * (docs/cli.md#exit-status). Output goes to `io.stdout`; help, errors, the progress bar and the
 * closing summary to `io.stderr`.
 */
export async function runCli(argv: readonly string[], version: string, io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = exitCodes.ok
  const program = createProgram(version, async (command, inputs, options) => {
    exitCode = await runCommand(command, inputs, options, io)
  })
  program.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  })
  for (const sub of program.commands) sub.exitOverride()
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    throw error
  }
  return exitCode
}

async function runCommand(command: CliSettings['command'], inputs: string[], options: CommandOptions, io: CliIo): Promise<ExitCode> {
  if (inputs.filter((input) => input === '-').length > 1) {
    io.stderr.write('error: standard input (-) can be read only once\n')
    return exitCodes.usage
  }
  if (options.encoding !== undefined && !(await isKnownEncoding(options.encoding))) {
    io.stderr.write(`error: option '-e, --encoding <name>' argument '${options.encoding}' is not an encoding zfxxgk can decode (try gb18030, big5, utf-8, utf-16le)\n`)
    return exitCodes.usage
  }
  const started = performance.now()
  const tasks = collectInputs(inputs, io.readStdin)
  const settings: CliSettings = {
    command,
    format: options.format ?? 'json',
    // NDJSON for a directory (even of one file) or several arguments; JSON for one file or `-`.
    multiple: !(inputs.length === 1 && tasks.length === 1 && tasks[0]?.name === inputs[0]),
    encoding: options.encoding,
    inputFormat: options.inputFormat,
  }
  const progress = createProgressBar(io.stderr, tasks.length, !options.quiet && io.stderr.isTTY === true && tasks.length > 1)
  const tally = createBatchTally()
  if (command === 'parse' && settings.format === 'cells') io.stdout.write(cellsCsvHeader)
  const threads = await runBatch(tasks, settings, {
    jobs: options.jobs,
    workerUrl: io.workerUrl,
    onResult: (result) => {
      if (result.output.length > 0) io.stdout.write(result.output)
      addToTally(tally, result)
      progress.update(tally.files)
    },
  })
  progress.clear()
  if (!options.quiet) io.stderr.write(formatBatchSummary(tally, performance.now() - started, threads))
  return decideExitCode(tally, command)
}

/** The library judges the name: `parseReport` throws a TypeError for an encoding it cannot decode. */
async function isKnownEncoding(encoding: string): Promise<boolean> {
  const { parseReport } = await loadLibrary()
  try {
    parseReport('', { encoding })
    return true
  } catch {
    return false
  }
}
