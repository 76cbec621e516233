import type { BatchTally } from './batch-tally.js'
import type { CliSettings } from './cli-settings.js'
import { exitCodes, type ExitCode } from './exit-codes.js'

/**
 * The exit status of a finished batch: 1 when `check` saw a hard check fail, else 3 when an
 * input could not be read, else 0. `parse` never exits 1: it reports, it does not judge.
 */
export function decideExitCode(tally: BatchTally, command: CliSettings['command']): ExitCode {
  if (command === 'check' && tally.hardFailures > 0) return exitCodes.hardCheckFailed
  if (tally.unreadable.length > 0) return exitCodes.unreadableInput
  return exitCodes.ok
}
