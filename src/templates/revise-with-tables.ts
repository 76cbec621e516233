import type { Classification } from '../model/classification.js'

/** How much better the other generation's tables must fit before the tables overrule the text. */
export const tableFitMargin = 2

/**
 * Revises a G3/G4 decision when the tables say otherwise (templates.md §1: decide G3 vs G4 from
 * table 2 and the （六） rows): table 3 and 4 fit both equally, so a difference in fit comes from
 * the rows and columns only one of them has.
 */
export function reviseWithTables(classification: Classification, fits: ReadonlyMap<string, number>): Classification {
  const current = classification.generation
  if (current !== '2019' && current !== '2021') return classification
  const other = current === '2019' ? '2021' : '2019'
  const mine = fits.get(current) ?? 0
  const theirs = fits.get(other) ?? 0
  if (theirs < mine + tableFitMargin) return classification
  return {
    ...classification,
    generation: other,
    evidence: [...classification.evidence, { signal: 'tables-fit', generation: other, weight: theirs - mine, text: `${other}: ${theirs} cells/rows matched, ${current}: ${mine}` }],
  }
}
