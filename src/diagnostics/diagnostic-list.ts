import type { Diagnostic, Stage } from '../model/diagnostic.js'
import type { Position } from '../model/position.js'
import { diagnosticCodes, type DiagnosticCode } from './codes.js'

/** Optional fields of a diagnostic besides code, message and stage. */
export type DiagnosticExtras = Partial<Pick<Diagnostic, 'severity' | 'path' | 'actual' | 'related'>> & {
  position?: Position | null | undefined
}

/** Collects the diagnostics of one parse, in the order they were raised. */
export class DiagnosticList {
  readonly items: Diagnostic[] = []

  /** Adds a diagnostic; the severity defaults to the catalogue's. */
  add(code: DiagnosticCode, stage: Stage, message: string, extras: DiagnosticExtras = {}): Diagnostic {
    const { position, ...rest } = extras
    const diagnostic: Diagnostic = { code, severity: diagnosticCodes[code].severity, message, stage, ...rest }
    if (position) diagnostic.position = position
    this.items.push(diagnostic)
    return diagnostic
  }

  /**
   * Takes back the diagnostics of `code` raised at one of `paths` (a recovery settled what they
   * said could not be settled), keeping the others in order.
   */
  withdraw(code: DiagnosticCode, paths: readonly string[]): void {
    const kept = this.items.filter((item) => !(item.code === code && item.path !== undefined && paths.includes(item.path)))
    this.items.splice(0, this.items.length, ...kept)
  }
}
