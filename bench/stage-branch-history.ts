// npx tsx bench/stage-branch-history.ts: which stage of the parse pays for the branch predictor
// not knowing the report (docs/performance.md, "Why…"). Runs the stages of parseReport one after
// another, as it does, on the bench documents: in turn, one document at a time (each many times
// in a row), and one at a time with the branch predictor filled with other history right before
// one stage (bench/branch-history.ts; untimed). What that stage then takes more than one at a time
// is what it mispredicts in a real pipeline, where the report before was another one. ~70 s.
// Asserts nothing.
import { runChecks } from '../src/checks/run-checks.js'
import { DiagnosticList } from '../src/diagnostics/diagnostic-list.js'
import { extractMetadata } from '../src/metadata/extract-metadata.js'
import { parseReport } from '../src/index.js'
import { resolveOptions } from '../src/options.js'
import { documentText, releaseDocumentText } from '../src/read/document-text.js'
import { foldTraditional } from '../src/read/fold-traditional.js'
import { readDocument } from '../src/read/read-document.js'
import { detectSections } from '../src/sections/detect-sections.js'
import { extractTables } from '../src/tables/extract-tables.js'
import { findGrids } from '../src/tables/find-grids.js'
import { tableLabelFilter } from '../src/tables/table-label-filter.js'
import { valueRowLines } from '../src/tables/value-row-lines.js'
import { classify } from '../src/templates/classify.js'
import { benchDocuments } from './bench-inputs.js'
import { disturbanceSink, fillBranchHistory } from './branch-history.js'

const settings = resolveOptions({ format: 'text' })
const documents = benchDocuments()
const stages = ['read', 'grids', 'valueRowLines', 'sections', 'metadata', 'classify', 'tables', 'checks'] as const
type Stage = (typeof stages)[number]

/**
 * The stages of parseReport on one text (the result is then assembled and checked: the checks are
 * timed on parseReport's own result), each timed into `times`; `fillBefore` runs the predictor
 * filler right before that stage.
 */
function runStages(text: string, fillBefore: Stage | null, times: Map<Stage, number>): void {
  const time = <T>(stage: Stage, run: () => T): T => {
    if (stage === fillBefore) fillBranchHistory()
    const start = performance.now()
    const result = run()
    times.set(stage, (times.get(stage) ?? 0) + performance.now() - start)
    return result
  }
  const diagnostics = new DiagnosticList()
  const document = time('read', () => {
    const read = readDocument(text, 'text', diagnostics)
    foldTraditional(read, diagnostics)
    return read
  })
  const grids = time('grids', () => findGrids(document, settings.gridReaders))
  const skipLines = time('valueRowLines', () => valueRowLines(document, grids))
  const sections = time('sections', () => detectSections(document, settings.sectionDetectors, diagnostics, { skipLines, isTableLabel: tableLabelFilter(settings.templates, grids) }))
  const metadata = time('metadata', () => extractMetadata(document, sections, diagnostics))
  const classification = time('classify', () =>
    classify({ text: documentText(document), title: metadata.title?.compact ?? null, firstLine: metadata.firstLine, sections, year: metadata.meta.year }, settings.templates),
  )
  const generation = classification.generation
  const candidates = generation === '2019' || generation === '2021' ? ['2019', '2021'] : [generation]
  const templates = settings.templates.filter((template) => candidates.includes(template.generation))
  time('tables', () => extractTables(document, grids, templates, metadata.meta.year, { fitOnly: candidates.filter((candidate) => candidate !== generation) }))
  releaseDocumentText(document)
  const report = parseReport(text, { format: 'text' })
  time('checks', () => runChecks(report, { document, diagnostics: new DiagnosticList() }))
}

const passes = 150
for (let warm = 0; warm < 100; warm++) for (const document of documents) runStages(document.text, null, new Map())
const inTurn = new Map<Stage, number>()
const alone = new Map<Stage, number>()
const filled = new Map<Stage, number>()
const rounds = 2
for (let round = 0; round < rounds; round++) {
  for (let pass = 0; pass < passes; pass++) for (const document of documents) runStages(document.text, null, inTurn)
  for (const document of documents) {
    for (let pass = 0; pass < passes; pass++) runStages(document.text, null, alone)
    for (const stage of stages) {
      const times = new Map<Stage, number>()
      for (let pass = 0; pass < passes; pass++) runStages(document.text, stage, times)
      filled.set(stage, (filled.get(stage) ?? 0) + (times.get(stage) ?? 0))
    }
  }
}
const perPass = (total: number | undefined) => (total ?? 0) / (rounds * passes)
console.table(
  stages.map((stage) => ({
    stage,
    'in turn ms': perPass(inTurn.get(stage)).toFixed(3),
    'one at a time ms': perPass(alone.get(stage)).toFixed(3),
    'predictor filled before it ms': perPass(filled.get(stage)).toFixed(3),
    'extra ms': (perPass(filled.get(stage)) - perPass(alone.get(stage))).toFixed(3),
  })),
)
if (disturbanceSink() === 0.5) console.log('(unreachable)')
