import type { IndicatorVocabulary } from './indicator-definition.js'
import type { TableDefinition } from './table-definition.js'

/** A figure stated in prose, for a key no table gives: `政府网站公开政府信息数4850条`. */
export interface ProseFigure {
  /** Statistics key (`active.channels.website`). */
  key: string
  /** Captures the number in group 1; runs on the document's lines (white space kept). */
  pattern: RegExp
}

/**
 * What the tables stage needs of a template: its fixed tables, its indicator vocabulary, its
 * prose figures. Templates (a later stage) satisfy it; the tables stage never imports them.
 */
export interface TableTemplate {
  generation: string
  tables: readonly TableDefinition[]
  statistics: IndicatorVocabulary | null
  proseFigures: readonly ProseFigure[]
}
