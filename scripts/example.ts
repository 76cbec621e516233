// Prints the parse of a bundled fixture (default: fixtures/qidu-2017.txt) as JSON.
import { readFileSync } from 'node:fs'
import { parseReport } from '../src/index.js'

const file = process.argv[2] ?? 'fixtures/qidu-2017.txt'
const report = parseReport(readFileSync(file, 'utf8'))
const brief = process.argv.includes('--brief')
const outline = (sections: typeof report.sections): unknown[] =>
  sections.map((section) => ({ numbering: section.numbering, title: section.title, role: section.role, children: outline(section.children) }))
console.log(
  JSON.stringify(
    brief
      ? {
          generation: report.generation,
          confidence: report.classification.confidence,
          meta: { ...report.meta, positions: undefined },
          sections: outline(report.sections),
          diagnostics: report.diagnostics.map((d) => `${d.code}: ${d.message}`),
        }
      : report,
    null,
    2,
  ),
)
