import { availableParallelism } from 'node:os'
import { Command, InvalidArgumentError, Option } from 'commander'
import type { InputFormatChoice, OutputFormat } from './cli-settings.js'

/** The options commander hands to an action, after parsing and validation. */
export interface CommandOptions {
  format?: OutputFormat
  encoding?: string
  inputFormat: InputFormatChoice
  jobs: number
  quiet?: boolean
}

/** Runs a command once the command line is known to be valid. */
export type CommandAction = (command: 'parse' | 'check', inputs: string[], options: CommandOptions) => Promise<void>

/**
 * The `zfxxgk` command line as a commander program (`parse`, `check`, their options, `--help`,
 * `--version`). Nothing is run here: a valid command calls `action`; an invalid one makes
 * commander throw, since the caller sets `exitOverride`.
 */
export function createProgram(version: string, action: CommandAction): Command {
  const program = new Command('zfxxgk')
    .description('Parse Chinese government information-disclosure annual reports (政府信息公开工作年度报告).')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .showHelpAfterError('(run `zfxxgk <command> --help` for the options)')
    .addHelpText('after', exitCodeHelp)

  addCommonOptions(
    program
      .command('parse')
      .description('print each report as JSON (NDJSON for several inputs), CSV of its cells, or a readable summary')
      .argument('<inputs...>', 'report files, directories (read recursively) or - for standard input')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'cells', 'summary']).default('json')),
  ).action((inputs: string[], options: CommandOptions) => action('parse', inputs, options))

  addCommonOptions(
    program
      .command('check')
      .description('print the failed checks of each report; exit 1 when a hard check failed')
      .argument('<inputs...>', 'report files, directories (read recursively) or - for standard input'),
  ).action((inputs: string[], options: CommandOptions) => action('check', inputs, options))

  return program
}

const exitCodeHelp = `
Exit status:
  0  every input was read (check: and no hard check failed)
  1  check: at least one hard check failed
  2  usage error (unknown option, bad value, no input)
  3  at least one input could not be read; the others were processed`

function addCommonOptions(command: Command): Command {
  return command
    .option('-e, --encoding <name>', 'encoding of every input, e.g. gb18030, big5, utf-16le (default: sniffed per file)')
    .addOption(new Option('--input-format <format>', 'how to read the inputs (default: decided per file)').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads').argParser(parseJobs).default(availableParallelism(), 'the number of cores'))
    .option('-q, --quiet', 'no progress bar and no closing summary on standard error')
}

function parseJobs(value: string): number {
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('must be a whole number of at least 1.')
  return jobs
}

