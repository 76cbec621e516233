import type { Generation } from '../../model/classification.js'
import type { Relation } from '../../model/check.js'
import { compareSums, current, equalsSum, everyCell, isAmount, isCount, previous } from '../relation-builders.js'

/** Table 3 columns (templates.md §5.3), 总计 last. */
export const requestColumns = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'] as const

/** Table 3 outcome rows shared by G3 and G4: 三、本年度办理结果 without （六） and （七）. */
export const sharedOutcomeRows = [
  'granted',
  'partiallyGranted',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.securityStability',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.adminQuery',
  'unable.notHeld',
  'unable.needCreation',
  'unable.unclear',
  'notProcessed.petition',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massRepeated',
  'notProcessed.confirmReissue',
] as const

/** Table 4 groups (templates.md §5.4): 行政复议, 未经复议直接起诉, 复议后起诉. */
export const reviewGroups = ['review', 'litigationDirect', 'litigationAfterReview'] as const
/** Table 4 columns of each group, 总计 last (templates.md §5.4). */
export const reviewColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

/** Every table 3 row key in printed order, for the given （六）其他处理 rows. */
export function requestRowKeys(otherRows: readonly string[]): string[] {
  return ['newReceived', 'carriedOver', ...sharedOutcomeRows, ...otherRows, 'totalProcessed', 'carriedForward']
}

const cell = (row: string, column: string) => `requests.${row}.${column}`
const t71 = 'templates.md §7.1'

/**
 * Table 3 relations T3-1..T3-4 (templates.md §7.1), identical in G3 and G4 except for the rows of
 * （六）其他处理: one row in G3 (`other`), three in G4 (`other.noCorrection` …).
 */
export function requestsRelations(generations: readonly Generation[], otherRows: readonly string[]): Relation[] {
  const outcomes = [...sharedOutcomeRows, ...otherRows]
  const relations: Relation[] = []
  for (const column of requestColumns) {
    relations.push(
      equalsSum(
        { id: 'T3-1', scope: column, severity: 'error', source: t71, generations, description: '（七）总计 equals the sum of every outcome row of 三、本年度办理结果' },
        cell('totalProcessed', column),
        outcomes.map((row) => cell(row, column)),
      ),
    )
  }
  for (const column of requestColumns) {
    relations.push(
      compareSums(
        { id: 'T3-2', scope: column, severity: 'error', source: t71, generations, description: '本年新收 + 上年结转 equals （七）总计 + 结转下年度继续办理' },
        [cell('totalProcessed', column), cell('carriedForward', column)],
        '=',
        [cell('newReceived', column), cell('carriedOver', column)],
      ),
    )
  }
  const rows = requestRowKeys(otherRows)
  for (const row of rows) {
    relations.push(
      equalsSum(
        { id: 'T3-3', scope: row, severity: 'error', source: t71, generations, description: 'the 总计 column equals 自然人 plus the five 法人或其他组织 columns' },
        cell(row, 'total'),
        requestColumns.slice(0, 6).map((column) => cell(row, column)),
      ),
    )
  }
  relations.push(
    everyCell(
      { id: 'T3-4', severity: 'error', source: t71, generations, description: 'every cell of table 3 is an integer ≥ 0' },
      rows.flatMap((row) => requestColumns.map((column) => cell(row, column))),
      isCount,
    ),
  )
  return relations
}

/** Table 4 relations T4-1..T4-4 (templates.md §7.2), identical in G3 and G4. */
export function reviewLitigationRelations(generations: readonly Generation[]): Relation[] {
  const t72 = 'templates.md §7.2'
  const ids = { review: 'T4-1', litigationDirect: 'T4-2', litigationAfterReview: 'T4-3' } as const
  const words = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' } as const
  const relations: Relation[] = reviewGroups.map((group) =>
    equalsSum(
      { id: ids[group], severity: 'error', source: t72, generations, description: `${words[group]} 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结` },
      `reviewLitigation.${group}.total`,
      reviewColumns.slice(0, 4).map((column) => `reviewLitigation.${group}.${column}`),
    ),
  )
  relations.push(
    everyCell(
      { id: 'T4-4', severity: 'error', source: t72, generations, description: 'every cell of table 4 is an integer ≥ 0' },
      reviewGroups.flatMap((group) => reviewColumns.map((column) => `reviewLitigation.${group}.${column}`)),
      isCount,
    ),
  )
  return relations
}

const generations2019 = ['2019'] as const
const ad = (row: string, column: string) => `activeDisclosure.${row}.${column}`

/** G3 table 2 (templates.md §5.2): cells by kind, for T2-1. */
const table2Counts = [
  ...['regulations', 'normativeDocuments'].flatMap((row) => ['newlyMade', 'newlyPublished', 'totalPublished'].map((column) => ad(row, column))),
  ...['licensing', 'otherManagementServices', 'punishment', 'coercion'].flatMap((row) => ['previousCount', 'decisions'].map((column) => ad(row, column))),
  ad('fees', 'previousCount'),
  ad('procurement', 'projects'),
]
const table2Signed = ['licensing', 'otherManagementServices', 'punishment', 'coercion', 'fees'].map((row) => ad(row, 'change'))

/** Every relation of a G3 (2019) report: table 3 with one （六） row, table 4, table 2. */
export const relations2019: readonly Relation[] = Object.freeze([
  ...requestsRelations(generations2019, ['other']),
  ...reviewLitigationRelations(generations2019),
  everyCell(
    { id: 'T2-1', severity: 'error', source: 'templates.md §7.3', generations: generations2019, description: 'table 2 counts are integers ≥ 0, 本年增/减 a signed integer, 采购总金额 a number ≥ 0' },
    [...table2Counts, ...table2Signed, ad('procurement', 'amount')],
    (value, path) => (table2Signed.includes(path) ? Number.isInteger(value) : path === ad('procurement', 'amount') ? isAmount(value) : isCount(value)),
  ),
  ...['regulations', 'normativeDocuments'].map((row) =>
    compareSums(
      { id: 'T2-2', scope: row, severity: 'warning', source: 'templates.md §7.3', generations: generations2019, description: '对外公开总数量 ≥ 本年新公开数量' },
      [ad(row, 'totalPublished')],
      '≥',
      [ad(row, 'newlyPublished')],
    ),
  ),
])


/** T3-5: 上年结转(Y) = 结转下年度继续办理(Y−1), per column (templates.md §7.1), for G3 and G4 alike. */
export function carryOverRelations(generations: readonly Generation[]): Relation[] {
  return requestColumns.map((column) =>
    compareSums(
      { id: 'T3-5', scope: column, severity: 'warning', source: t71, generations, description: '上年结转 equals last year\'s 结转下年度继续办理' },
      [current(cell('carriedOver', column))],
      '=',
      [previous(cell('carriedForward', column))],
    ),
  )
}

/** Relations between a G3 report and the same body's report of the year before. */
export const crossYearRelations2019: readonly Relation[] = Object.freeze([
  ...carryOverRelations(generations2019),
  ...['licensing', 'otherManagementServices', 'punishment', 'coercion', 'fees'].map((row) =>
    compareSums(
      { id: 'T2-3', scope: row, severity: 'warning', source: 'templates.md §7.3', generations: generations2019, description: '上一年项目数量 equals last year\'s 上一年项目数量 + 本年增/减' },
      [current(ad(row, 'previousCount'))],
      '=',
      [previous(ad(row, 'previousCount')), previous(ad(row, 'change'))],
    ),
  ),
])
