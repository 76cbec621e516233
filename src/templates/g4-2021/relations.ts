import type { Relation } from '../../model/check.js'
import { carryOverRelations, reviewLitigationRelations, requestsRelations } from '../g3-2019/relations.js'
import { compareSums, current, everyCell, isAmount, isCount, previous } from '../relation-builders.js'

/** G4 （六）其他处理: three rows (templates.md §6.3). */
export const otherRows2021 = ['other.noCorrection', 'other.feeUnpaid', 'other.other'] as const

const generations2021 = ['2021'] as const
const ad = (row: string, column: string) => `activeDisclosure.${row}.${column}`

/** Every relation of a G4 (2021) report: table 3 with three （六） rows, table 4, table 2. */
export const relations2021: readonly Relation[] = Object.freeze([
  ...requestsRelations(generations2021, otherRows2021),
  ...reviewLitigationRelations(generations2021),
  everyCell(
    { id: 'T2-1', severity: 'error', source: 'templates.md §7.3', generations: generations2021, description: 'table 2 counts are integers ≥ 0, 本年收费金额 a number ≥ 0' },
    [
      ...['regulations', 'normativeDocuments'].flatMap((row) => ['issued', 'repealed', 'inForce'].map((column) => ad(row, column))),
      ...['licensing', 'punishment', 'coercion'].map((row) => ad(row, 'decisions')),
      ad('fees', 'amount'),
    ],
    (value, path) => (path === ad('fees', 'amount') ? isAmount(value) : isCount(value)),
  ),
])


/** Relations between a G4 report and the same body's report of the year before (templates.md §7.1, §7.3). */
export const crossYearRelations2021: readonly Relation[] = Object.freeze([
  ...carryOverRelations(generations2021),
  ...['regulations', 'normativeDocuments'].flatMap((row) => [
    compareSums(
      { id: 'T2-4', scope: row, severity: 'warning', source: 'templates.md §7.3', generations: generations2021, description: '现行有效件数 equals last year\'s 现行有效件数 + 本年制发件数 − 本年废止件数' },
      [current(ad(row, 'inForce')), current(ad(row, 'repealed'))],
      '=',
      [previous(ad(row, 'inForce')), current(ad(row, 'issued'))],
    ),
    compareSums(
      { id: 'T2-5', scope: row, severity: 'warning', source: 'templates.md §7.3', generations: generations2021, description: '本年废止件数 ≤ last year\'s 现行有效件数 + 本年制发件数' },
      [current(ad(row, 'repealed'))],
      '≤',
      [previous(ad(row, 'inForce')), current(ad(row, 'issued'))],
    ),
  ]),
])
