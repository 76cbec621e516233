/**
 * One input of a batch, in command-line order: a file to read, or the bytes already read from
 * standard input (`-`).
 */
export interface InputTask {
  /** Position in the batch; results are printed in this order whatever thread finishes first. */
  index: number
  /** The name printed in the output: the path as found, or `-` for standard input. */
  name: string
  /** File to read, or undefined when `bytes` are given. */
  path?: string
  bytes?: Uint8Array
  /** Why the input cannot be read although it was named (a path that does not exist). */
  missing?: string
}
