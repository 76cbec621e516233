import type { Generation } from '../model/classification.js'
import type { IndicatorVocabulary } from '../tables/indicator-definition.js'
import type { TableDefinition } from '../tables/table-definition.js'
import type { ProseFigure } from '../tables/table-template.js'

/**
 * A feature of the text that speaks for a generation. Patterns run on the document with all white
 * space removed (`统 计 指 标` reads `统计指标`), so they must not contain spaces.
 */
export interface Signal {
  /** Stable name, shown in the evidence: `g3.table2-new-made`. */
  name: string
  pattern: RegExp
  weight: number
}

/** One template generation, as data: when it applies, how to recognise it. */
export interface Template {
  generation: Generation
  /** Short description with its legal basis. */
  description: string
  /** Data years for which this generation is the prior (templates.md §1); `to: null` for open-ended. */
  years: { from: number; to: number | null }
  signals: readonly Signal[]
  /** Most weight the signals together may add (G1 and G2 share many words; the year decides between them). */
  signalCap: number
  /** The fixed tables of the generation (G3, G4), in report order. */
  tables: readonly TableDefinition[]
  /** The indicator vocabulary (G1, G2), or null. */
  statistics: IndicatorVocabulary | null
  /** Figures read from sentences where no table gives them (G1, G2). */
  proseFigures: readonly ProseFigure[]
}

/**
 * Checks a template when it is defined, so a broken template fails the first test that imports it,
 * never a user's parse: signal names unique and prefixed with the generation, patterns free of
 * white space and not global (a global RegExp keeps state between calls).
 */
export function defineTemplate(template: Template): Template {
  const names = new Set<string>()
  for (const signal of template.signals) {
    if (names.has(signal.name)) throw new Error(`Template ${template.generation}: duplicate signal ${signal.name}`)
    names.add(signal.name)
    if (/\s/u.test(signal.pattern.source)) throw new Error(`Template ${template.generation}: signal ${signal.name} has white space in its pattern`)
    if (signal.pattern.global || signal.pattern.sticky) throw new Error(`Template ${template.generation}: signal ${signal.name} must not be global or sticky`)
    if (!(signal.weight > 0)) throw new Error(`Template ${template.generation}: signal ${signal.name} needs a positive weight`)
  }
  const tableIds = new Set<string>()
  for (const table of template.tables) {
    if (tableIds.has(table.id)) throw new Error(`Template ${template.generation}: duplicate table ${table.id}`)
    tableIds.add(table.id)
    const rowKeys = new Set<string>()
    for (const row of table.rows) {
      if (rowKeys.has(row.key)) throw new Error(`Template ${template.generation}: table ${table.id} repeats row ${row.key}`)
      rowKeys.add(row.key)
    }
    for (const sum of table.rowSums) {
      const keys = new Set(table.columns.map((column) => column.key))
      for (const key of [sum.total, ...sum.parts]) {
        if (!keys.has(key)) throw new Error(`Template ${template.generation}: table ${table.id} sums unknown column ${key}`)
      }
    }
  }
  return Object.freeze(template)
}

/** Checks a list of templates: one per generation. */
export function defineTemplates(templates: readonly Template[]): readonly Template[] {
  const seen = new Set<Generation>()
  for (const template of templates) {
    if (seen.has(template.generation)) throw new Error(`Duplicate template for generation ${template.generation}`)
    seen.add(template.generation)
  }
  return Object.freeze([...templates])
}
