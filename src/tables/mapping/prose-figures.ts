import type { DiagnosticList } from '../../diagnostics/diagnostic-list.js'
import type { StatisticsTable } from '../../model/statistics-table.js'
import type { DocumentText } from '../../read/document-text.js'
import type { ProseFigure } from '../table-template.js'

/**
 * Fills statistics keys that no table gives from figures stated in sentences
 * (tongjiang-2017: 政府网站公开政府信息数4850条), with provenance `prose`. The first statement of a
 * key counts; keys a table gave are never overwritten. Returns the number of keys filled.
 */
export function fillProseFigures(text: DocumentText, figures: readonly ProseFigure[], into: StatisticsTable, diagnostics: DiagnosticList): number {
  let filled = 0
  for (const figure of figures) {
    if (figure.key in into.cells) continue
    const match = figure.pattern.exec(text.full)
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
