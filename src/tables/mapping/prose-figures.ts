import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { StatisticsTable } from '../../model/statistics-table.js'
import type { DocumentText } from '../../read/document-text.js'
import type { ProseFigure } from '../table-template.js'

/** Words that make a figure a running total rather than the year's (`自2008年以来，全市累计…`). */
const runningTotal = /累计|以来|历年|至今|截至/u
/** A year named in a clause (`2016年主动公开信息3000条`). */
const namedYear = /(\d{4})年/gu

/**
 * Fills statistics keys that no table gives from figures stated in sentences
 * (tongjiang-2017: 政府网站公开政府信息数4850条), with provenance `prose`. The first statement of a
 * key about the report's year counts: one in a sentence that speaks of a running total (`累计`,
 * `以来`) or in a clause that names another year (`2016年…3000条，2017年…4850条`) is passed over.
 * Keys a table gave are never overwritten. Returns the number of keys filled.
 */
export function fillProseFigures(text: DocumentText, figures: readonly ProseFigure[], into: StatisticsTable, diagnostics: DiagnosticList, year: number | null = null): number {
  let filled = 0
  for (const figure of figures) {
    if (figure.key in into.cells) continue
    const match = firstAboutYear(text.full, figure.pattern, year)
    const digits = match?.[1]
    if (!match || digits === undefined) continue
    const start = match.index + match[0].lastIndexOf(digits)
    const position = text.fullPosition(start, start + digits.length)
    into.cells[figure.key] = { value: Number(digits), raw: digits, position, via: ['prose'], confidence: 'high' }
    diagnostics.add('table.prose-figure', 'tables', `Read statistics.${figure.key} = ${digits} from the sentence ${JSON.stringify(match[0])}.`, {
      position,
      path: `statistics.${figure.key}`,
    })
    filled++
  }
  return filled
}

/**
 * The figure a sentence states for `key` about the report's year (the first such statement, as
 * {@link fillProseFigures} reads it), or null when none does or no wording is known for the key.
 */
export function statedFigure(text: DocumentText, figures: readonly ProseFigure[], key: string, year: number | null): number | null {
  for (const figure of figures) {
    if (figure.key !== key) continue
    const digits = firstAboutYear(text.full, figure.pattern, year)?.[1]
    if (digits !== undefined) return Number(digits)
  }
  return null
}

const globalPatterns = new WeakMap<RegExp, RegExp>()

/** The first match of `pattern` in `full` that states the figure of `year` (see fillProseFigures). */
function firstAboutYear(full: string, pattern: RegExp, year: number | null): RegExpExecArray | null {
  let global = globalPatterns.get(pattern)
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    globalPatterns.set(pattern, global)
  }
  global.lastIndex = 0
  for (let match = global.exec(full); match !== null; match = global.exec(full)) {
    const sentenceStart = Math.max(full.lastIndexOf('。', match.index), full.lastIndexOf('\n', match.index), full.lastIndexOf('；', match.index)) + 1
    const sentence = full.slice(sentenceStart, match.index + match[0].length)
    if (runningTotal.test(sentence)) continue
    const clauseStart = Math.max(sentenceStart, full.lastIndexOf('，', match.index) + 1, full.lastIndexOf(',', match.index) + 1)
    const clause = full.slice(clauseStart, match.index + match[0].length)
    if (year !== null && [...clause.matchAll(namedYear)].some((named) => Number(named[1]) !== year)) continue
    return match
  }
  return null
}
