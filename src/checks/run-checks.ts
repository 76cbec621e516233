import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { ReadDocument } from '../model/block.js'
import type { Check, Relation } from '../model/check.js'
import type { CellValue } from '../model/cell.js'
import type { Generation } from '../model/classification.js'
import type { ParsedReport } from '../model/report.js'
import { indexCells } from './cell-index.js'
import { reportCheckDiagnostics } from './check-diagnostics.js'
import { defaultRelations } from './default-relations.js'
import { evaluateReadCells } from './evaluate-relation.js'
import { locateFaults, type LocatableCheck } from './locate-fault.js'
import { defaultProseFigurePatterns, findProseFigures, type ProseFigurePattern } from './prose-figures.js'
import { ReadPlan } from './read-plan.js'

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

const defaultsByGeneration = new Map<Generation, { relations: readonly Relation[]; plan: ReadPlan }>()

/** The default relations of one generation and the plan of their reads (and the default figures'), made once. */
function defaultsOf(generation: Generation): { relations: readonly Relation[]; plan: ReadPlan } {
  let picked = defaultsByGeneration.get(generation)
  if (!picked) {
    const relations = defaultRelations.filter((relation) => relation.generations.includes(generation))
    picked = { relations, plan: new ReadPlan(relations, defaultProseFigurePatterns.flatMap((pattern) => pattern.paths)) }
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
  const proseFigures = options.proseFigures ?? defaultProseFigurePatterns
  // The default relations and figures read the cells their plan numbered; any others look them up
  // in a map of every cell of the report. Both give the same cell for a path.
  const defaults = (options.relations ?? defaultRelations) === defaultRelations ? defaultsOf(generation) : null
  const planned = defaults && proseFigures === defaultProseFigurePatterns ? defaults.plan.cellsOf(report) : null
  const index = planned ? null : indexCells(report)
  const cellOf = (path: string): CellValue | undefined => (planned ? planned.get(path) : index?.get(path))
  // Any relation the plan does not hold (a caller's, a figure stated in the text) gets its cells looked up.
  const evaluate = (relation: Relation) => evaluateReadCells(relation, relation.reads.map(cellOf), cellOf)
  // The default relations are the plan's, in order: each is evaluated with the slots and form
  // the plan keeps, reading its cells in place.
  const evaluated: LocatableCheck[] =
    defaults && planned
      ? defaults.plan.reads.map(({ relation, slots, form }) => ({ check: evaluateReadCells(relation, planned.cells, cellOf, slots, form), totals: relation.totals }))
      : (defaults ? defaults.relations : (options.relations ?? defaultRelations).filter((relation) => relation.generations.includes(generation))).map((relation) => ({
          check: evaluate(relation),
          totals: relation.totals,
        }))

  if (options.document && (generation === '2019' || generation === '2021')) {
    for (const figure of findProseFigures(options.document, proseFigures)) {
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
      const check = evaluate(relation)
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
  if (options.diagnostics) reportCheckDiagnostics(checks, faults, cellOf, options.diagnostics)
  return checks
}
