// The documents `npm run bench` parses: the fixtures and one generated report of each generation,
// each in four forms (plain text, Markdown, a government web page, GB18030 bytes). The corpus
// pages of /work/shared are never used: they are not part of the package.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { parseReport, type Generation } from '../src/index.js'
import { layoutReport, renderReport, reportDataArbitrary, tabGrid, type ReportData } from '../src/testing/index.js'
import { renderGovernmentPage, renderMarkdown, splitSeed, type SeedPart } from '../test/inputs/render-seed.js'

/** One report in every form the bench feeds to `parseReport`. */
export interface BenchDocument {
  /** `fixture:qidu-2017` or `generated:2021`. */
  name: string
  /** Generation the plain-text parse decides; the other forms are checked against it. */
  generation: Generation | 'unrecognized'
  text: string
  markdown: string
  html: string
  /** The plain text encoded as GB18030. */
  gb18030: Uint8Array
}

const root = fileURLToPath(new URL('../', import.meta.url))

/** Seed of the generated reports, so every run parses the same documents. */
export const generatorSeed = 20_240_601

const generations: readonly Generation[] = ['2008', '2014', '2019', '2021']

/** The generated report data of one generation: the same for every run (fixed seed). */
function generatedData(generation: Generation): ReportData {
  const [data] = fc.sample(reportDataArbitrary(generation, { blanks: 'none' }), { seed: generatorSeed, numRuns: 1 })
  if (!data) throw new Error(`bench: no generated data for ${generation}`)
  return data
}

/**
 * Generated report data of every generation (fixed seed) that `accepts` takes: the data the
 * generated bench documents are written from, or — for a form that cannot write it (flattened rows
 * need rows that split back in one way only) — the first of the next samples of the same seed it takes.
 */
export function generatedReportData(accepts: (data: ReportData) => boolean = () => true): { generation: Generation; data: ReportData }[] {
  return generations.flatMap((generation) => {
    const samples = [generatedData(generation), ...fc.sample(reportDataArbitrary(generation, { blanks: 'none' }), { seed: generatorSeed, numRuns: 200 })]
    const data = samples.find(accepts)
    return data ? [{ generation, data }] : []
  })
}

/** The report's title, paragraphs, headings and tables as the Markdown and HTML renderers take them. */
const partsOf = (data: ReportData): SeedPart[] =>
  layoutReport(data).map((part): SeedPart => {
    if (part.kind === 'table') return { kind: 'table', rows: part.table.rows.map((row) => [...row.labels, ...row.values.map((value) => (value === null ? '' : String(value)))]) }
    return { kind: part.kind === 'heading' ? 'heading' : 'line', text: part.text }
  })

function documentOf(name: string, text: string, parts: SeedPart[]): BenchDocument {
  const title = parts.find((part) => part.kind === 'line')
  const fields = { title: title?.kind === 'line' ? title.text : name, indexNumber: '000000000/2024-00001', publisher: '人民政府办公室', publicationDate: '2024-01-31' }
  return {
    name,
    generation: parseReport(text, { format: 'text' }).generation,
    text,
    markdown: renderMarkdown(parts),
    html: renderGovernmentPage(parts, fields),
    gb18030: iconv.encode(text, 'gb18030'),
  }
}

/** Loads the fixtures and renders the generated reports, in a fixed order. */
export function benchDocuments(): BenchDocument[] {
  const fixtures = readdirSync(join(root, 'fixtures'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, 'fixtures', file), 'utf8')
      return documentOf(`fixture:${file.replace(/\.txt$/u, '')}`, text, splitSeed(text, parseReport(text, { format: 'text' })))
    })
  const generated = generations.map((generation) => {
    const data = generatedData(generation)
    // Plain text writes the tables as TAB grids (chongwen-2020's form).
    return documentOf(`generated:${generation}`, renderReport(data, tabGrid), partsOf(data))
  })
  return [...fixtures, ...generated]
}
