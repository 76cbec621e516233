/** What `parse` prints for each report (docs/cli.md#output-formats). */
export type OutputFormat = 'json' | 'cells' | 'summary'

/** The input formats `--input-format` accepts; `auto` lets the library decide. */
export type InputFormatChoice = 'auto' | 'text' | 'markdown' | 'html'

/**
 * The command line, reduced to what processing one input needs. It is sent to every worker
 * thread, so it holds plain data only.
 */
export interface CliSettings {
  command: 'parse' | 'check'
  /** `parse` only; `check` always prints failed checks. */
  format: OutputFormat
  /** A directory or several arguments: JSON becomes NDJSON, one `{ file, report }` object a line. */
  multiple: boolean
  /** `--encoding`: the encoding of every input; undefined lets the library sniff it. */
  encoding: string | undefined
  inputFormat: InputFormatChoice
}
