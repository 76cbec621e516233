import type { ParsedReport } from '../index.js'
import type { CliSettings } from './cli-settings.js'
import { formatCellsCsv } from './format-cells-csv.js'
import { formatCheckOutput } from './format-check-output.js'
import { formatErrorJson, formatReportJson } from './format-report-json.js'
import { formatSummaryTable } from './format-summary-table.js'
import type { InputError, InputResult } from './input-result.js'
import type { InputTask } from './input-task.js'
import type { Library } from './load-library.js'
import { readInput } from './read-input.js'

/**
 * Reads, parses and formats one input, in whichever thread runs it, with the loaded `library`.
 * Never throws: an input that cannot be read, or a parser bug, becomes `result.error` and the
 * batch goes on.
 */
export function processInput(task: InputTask, settings: CliSettings, library: Library): InputResult {
  const read = readInput(task, settings)
  if (read.error) return inputFailure(task, settings, read.error)
  let report: ParsedReport
  try {
    report = library.parseReport(read.bytes, { ...(settings.encoding === undefined ? {} : { encoding: settings.encoding }), format: settings.inputFormat })
  } catch (error) {
    const message = `The parser threw, which is a bug: ${error instanceof Error ? error.message : String(error)}`
    return inputFailure(task, settings, { code: 'crashed', message })
  }
  const failed = report.checks.filter((check) => check.status === 'fail')
  return {
    index: task.index,
    name: task.name,
    output: formatOutput(task.name, report, settings, library),
    generation: report.generation,
    hardFailures: failed.filter((check) => check.severity === 'error').length,
    softFailures: failed.filter((check) => check.severity !== 'error').length,
    error: null,
  }
}

function formatOutput(name: string, report: ParsedReport, settings: CliSettings, library: Library): string {
  if (settings.command === 'check') return formatCheckOutput(name, report, library.formatDiagnostic)
  switch (settings.format) {
    case 'cells':
      return formatCellsCsv(name, library.listCells(report))
    case 'summary':
      return formatSummaryTable(name, report, library.listCells(report))
    default:
      return formatReportJson(name, report, settings.multiple)
  }
}

/** The result of an input that gave no report; only NDJSON and summary output mention it inline. */
export function inputFailure(task: InputTask, settings: CliSettings, error: InputError): InputResult {
  let output = ''
  if (settings.command === 'parse' && settings.format === 'json' && settings.multiple) output = formatErrorJson(task.name, error)
  if (settings.command === 'parse' && settings.format === 'summary') output = `${task.name}\n  unreadable   ${error.code}: ${error.message}\n\n`
  return { index: task.index, name: task.name, output, generation: null, hardFailures: 0, softFailures: 0, error }
}
