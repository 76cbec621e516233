import type { DiagnosticCode } from '../diagnostics/codes.js'
import type { Position } from './position.js'

/** Severity of a diagnostic. `error` means a value or structure is missing or wrong. */
export type Severity = 'error' | 'warning' | 'info'

/** The pipeline stage that raised a diagnostic. */
export type Stage = 'decode' | 'read' | 'sections' | 'metadata' | 'tables' | 'classify' | 'checks'

/**
 * Something the parser noticed about the input: a problem, a doubt or a repair.
 * Codes are stable across releases (see docs/diagnostics.md); messages are not.
 */
export interface Diagnostic {
  code: DiagnosticCode
  severity: Severity
  /** English sentence; quotes the Chinese text it is about. */
  message: string
  stage: Stage
  /** Where in the input, when the diagnostic is about a place. */
  position?: Position
  /** Cell path, when the diagnostic is about a cell (`requests.newReceived.total`). */
  path?: string
  /** The raw text found. */
  actual?: string
  /** Other places that explain this one ("total printed here"). */
  related?: { message: string; position: Position }[]
}
