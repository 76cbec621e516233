import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { ReadDocument } from '../model/block.js'
import type { Check, Relation } from '../model/check.js'
import type { Generation } from '../model/classification.js'
import type { ParsedReport } from '../model/report.js'
import { indexCells } from './cell-index.js'
import { reportCheckDiagnostics } from './check-diagnostics.js'
import { defaultRelations } from './default-relations.js'
import { evaluateRelation } from './evaluate-relation.js'
import { locateFaults, type LocatableCheck } from './locate-fault.js'
import { defaultProseFigurePatterns, findProseFigures, type ProseFigurePattern } from './prose-figures.js'

/** What the checks stage needs besides the report. */
export interface RunChecksOptions {
  /** Relations to evaluate; those of the report's generation are used. Default: `defaultRelations`. */
  relations?: readonly Relation[] | undefined
  /** The read document, for the figures stated in the text (T3-6, T4-5); without it those are skipped. */
  document?: ReadDocument | null | undefined
  /** Figures to look for in the text. Default: `defaultProseFigurePatterns`. */
  proseFigures?: readonly ProseFigurePattern[] | undefined
  /** Where failed checks and located faults are reported; without it only the checks are returned. */
  diagnostics?: DiagnosticList | undefined
}

const defaultsByGeneration = new Map<Generation, readonly Relation[]>()

/** The relations of one generation; those of the frozen default list are picked out once. */
function relationsOf(relations: readonly Relation[], generation: Generation): readonly Relation[] {
  if (relations !== defaultRelations) return relations.filter((relation) => relation.generations.includes(generation))
  let picked = defaultsByGeneration.get(generation)
  if (!picked) {
    picked = relations.filter((relation) => relation.generations.includes(generation))
    defaultsByGeneration.set(generation, picked)
  }
  return picked
}

/**
 * The checks stage: evaluates every relation of the report's generation, the figures its text
 * states against its tables, and locates the cells most likely wrong (their paths become each
 * failed check's `suspects`). Reads values only; a failed check never changes one.
 */
export function runChecks(report: ParsedReport, options: RunChecksOptions = {}): Check[] {
  if (report.generation === 'unrecognized') return []
  const generation = report.generation
  const cells = indexCells(report)
  const relations = relationsOf(options.relations ?? defaultRelations, generation)
  const evaluated: LocatableCheck[] = relations.map((relation) => ({ check: evaluateRelation(relation, cells), totals: relation.totals }))

  if (options.document && (generation === '2019' || generation === '2021')) {
    for (const figure of findProseFigures(options.document, options.proseFigures ?? defaultProseFigurePatterns)) {
      const { id, scope, paths } = figure.pattern
      const relation: Relation = {
        id,
        scope,
        description: id === 'T3-6' ? 'a figure the text states equals table 3' : 'a figure the text states equals table 4',
        severity: 'warning',
        source: id === 'T3-6' ? 'templates.md §7.1' : 'templates.md §7.2',
        generations: [generation],
        reads: paths,
        totals: [],
        operator: '=',
        evaluate: (values) => ({ left: figure.value, right: paths.reduce((sum, path) => sum + (values.get(path) ?? 0), 0) }),
      }
      // The check is the relation's own, with the figure added last (no copy of the check).
      const check = evaluateRelation(relation, cells)
      check.prose = { raw: figure.raw, position: figure.position }
      evaluated.push({ check, totals: [] })
    }
  }

  const faults = locateFaults(evaluated)
  const checks = evaluated.map(({ check }) => check)
  for (const fault of faults) {
    for (const index of fault.checks) {
      const check = checks[index]
      if (check && fault.reason !== 'out-of-range') check.suspects = [...fault.paths]
    }
  }
  if (options.diagnostics) reportCheckDiagnostics(checks, faults, cells, options.diagnostics)
  return checks
}
