/**
 * The process exit statuses of the `zfxxgk` bin, documented in docs/cli.md. When several apply,
 * the lowest non-zero one wins: a failed hard check (1) outranks an unreadable input (3).
 */
export const exitCodes = {
  /** Every input was read and, for `check`, no hard check failed. */
  ok: 0,
  /** `check` only: at least one hard (`error`) check failed. */
  hardCheckFailed: 1,
  /** The command line is wrong: unknown option, bad value, no input. Nothing was read. */
  usage: 2,
  /** At least one input could not be read; the others were processed. */
  unreadableInput: 3,
} as const

/** One of the documented exit statuses. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]
