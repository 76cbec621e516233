import type { Generation } from '../../model/classification.js'
import type { Relation } from '../../model/check.js'
import { compareSums, current, equalsSum, everyCell, everyTuple, isAmount, isCount, previous } from '../relation-builders.js'

/**
 * Every key of the G1/G2 indicator vocabulary (templates.md §3.2, §4.1), so that relations over
 * "every row" know which cells to read. Keys a table does not print are simply absent.
 */
export const indicatorKeys = [
  'active.total', 'active.normativeDocuments', 'active.normativeDocumentsIssued',
  'active.channels.website', 'active.channels.gazette', 'active.channels.weibo', 'active.channels.wechat', 'active.channels.other',
  'active.categories.organization', 'active.categories.policies', 'active.categories.work', 'active.categories.plansStatistics',
  'active.categories.budget', 'active.categories.procurement',
  'responses.hotTopics', 'responses.pressConferences', 'responses.pressConferencesByLeaders', 'responses.onlineInterviews',
  'responses.onlineInterviewsByLeaders', 'responses.policyInterpretations', 'responses.socialMedia', 'responses.other',
  'requests.received', 'requests.channels.inPerson', 'requests.channels.fax', 'requests.channels.email', 'requests.channels.online',
  'requests.channels.letter', 'requests.channels.letterFax', 'requests.channels.other',
  'requests.concluded', 'requests.concludedOnTime', 'requests.concludedExtended',
  'requests.answered', 'requests.answers.alreadyPublic', 'requests.answers.granted', 'requests.answers.partiallyGranted',
  'requests.answers.denied', 'requests.answers.other', 'requests.answers.notThisOrgan', 'requests.answers.notExist',
  'requests.answers.amendmentRequested', 'requests.answers.otherChannel',
  'requests.deniedReasons.stateSecret', 'requests.deniedReasons.commercialSecret', 'requests.deniedReasons.privacy',
  'requests.deniedReasons.securityStability', 'requests.deniedReasons.notGovernmentInformation', 'requests.deniedReasons.otherLaw',
  'review.total', 'review.upheld', 'review.corrected', 'review.other',
  'litigation.total', 'litigation.upheld', 'litigation.corrected', 'litigation.other',
  'complaints.total', 'complaints.upheld', 'complaints.corrected', 'complaints.other',
  'appeals.total', 'archives.total', 'archives.paper', 'archives.electronic',
  'websites.total', 'websites.county', 'websites.township',
  'gazette.total', 'gazette.issues', 'gazette.copies',
  'readingRooms.total', 'readingRooms.county', 'readingRooms.township',
  'visitors.total', 'visitors.county', 'visitors.township',
  'staffing.offices', 'staffing.staff', 'staffing.fullTime', 'staffing.partTime', 'staffing.budget',
  'training.meetings', 'training.courses', 'training.trainees',
  'fees',
] as const

/** Keys whose values are money (元 or 万元) and may be decimal (templates.md §2, §4.3). */
export const moneyKeys: readonly string[] = ['fees', 'staffing.budget']

/** `statistics.<key>`. */
export const stat = (key: string): string => `statistics.${key}`

/** The sub-row keys of the indicator vocabulary that start with `prefix.` (`requests.channels`). */
export const subKeys = (prefix: string): string[] => indicatorKeys.filter((key) => key.startsWith(`${prefix}.`)).map(stat)

/** Every key's this-year cell with its cumulative cell, for the per-row relations. */
const cumulativePairs = indicatorKeys.map((key) => [stat(`cumulative.${key}`), stat(key)] as const)

/** 历年累计 ≥ 本年度 for every row: shared by G1 and the Fujian tables of the G2 years (templates.md §3.3). */
export function cumulativeRelation(id: string, generations: readonly Generation[]): Relation {
  return everyTuple({ id, severity: 'error', source: 'templates.md §3.3', generations, description: '历年累计 ≥ 本年度 for every row that prints both' }, cumulativePairs, ([cumulative = 0, thisYear = 0]) => cumulative >= thisYear)
}

/** Counts are integers ≥ 0 in both value columns; money rows may be decimal (templates.md §3.3, §4.3). */
export function indicatorDomainRelation(id: string, generations: readonly Generation[]): Relation {
  const paths = indicatorKeys.flatMap((key) => [stat(key), stat(`cumulative.${key}`)])
  const money = new Set(moneyKeys.flatMap((key) => [stat(key), stat(`cumulative.${key}`)]))
  return everyCell({ id, severity: 'error', source: 'templates.md §4.3', generations, description: 'counts are integers ≥ 0; money rows are numbers ≥ 0' }, paths, (value, path) =>
    money.has(path) ? isAmount(value) : isCount(value),
  )
}

const g1 = ['2008'] as const
const s33 = 'templates.md §3.3'

/** Every relation of a G1 (2008) report's indicator table (templates.md §3.3). */
export const relations2008: readonly Relation[] = Object.freeze([
  cumulativeRelation('G1-H1', g1),
  equalsSum(
    { id: 'G1-H2', severity: 'error', source: s33, generations: g1, presence: 'some', description: '主动公开信息数 equals the sum of the categories the table lists under it' },
    stat('active.total'),
    subKeys('active.categories'),
  ),
  equalsSum(
    { id: 'G1-H3', severity: 'error', source: s33, generations: g1, presence: 'some', description: '受理依申请公开信息总数 equals the sum of its application channels' },
    stat('requests.received'),
    subKeys('requests.channels'),
  ),
  equalsSum(
    { id: 'G1-H4', severity: 'error', source: s33, generations: g1, presence: 'some', description: '对申请的答复总数 equals 同意 + 同意部分 + 否决/不予公开 (+ 其他类型)' },
    stat('requests.answered'),
    ['granted', 'partiallyGranted', 'denied', 'other'].map((key) => stat(`requests.answers.${key}`)),
  ),
  equalsSum(
    { id: 'G1-H5', severity: 'error', source: s33, generations: g1, presence: 'some', description: '否决公开答复总数 equals the sum of its reasons' },
    stat('requests.answers.denied'),
    subKeys('requests.deniedReasons'),
  ),
  ...(['complaints', 'review', 'litigation', 'archives', 'staffing'] as const).map((group) =>
    equalsSum(
      { id: 'G1-H6', scope: group, severity: 'error', source: s33, generations: g1, presence: 'some', description: 'the sub-rows under 其中 sum to their parent row' },
      stat(group === 'staffing' ? 'staffing.staff' : `${group}.total`),
      group === 'staffing' ? [stat('staffing.fullTime'), stat('staffing.partTime')] : subKeys(group).filter((path) => !path.endsWith('.total')),
    ),
  ),
  indicatorDomainRelation('G1-H7', g1),
  compareSums(
    { id: 'G1-S1', severity: 'warning', source: s33, generations: g1, presence: 'some', description: '主动公开信息数 ≥ 网站公开 + 公报公开 (one item may be published on both)' },
    [stat('active.total')],
    '≥',
    subKeys('active.channels'),
  ),
])

/**
 * 历年累计(Y) = 历年累计(Y−1) + 本年度(Y) for every row both reports print (templates.md §3.3):
 * soft, since real series restart (Pingtan 2017 starts again at 10037).
 */
export function cumulativeAcrossYears(id: string, generations: readonly Generation[]): Relation {
  return everyTuple(
    { id, severity: 'warning', source: 'templates.md §3.3', generations, description: '历年累计 this year equals last year\'s 历年累计 plus this year\'s 本年度, for every row' },
    indicatorKeys.map((key) => [current(stat(`cumulative.${key}`)), previous(stat(`cumulative.${key}`)), current(stat(key))]),
    ([total = 0, before = 0, added = 0]) => Math.abs(total - before - added) < 1e-9,
  )
}

/** Relations between a G1 report and the same body's report of the year before. */
export const crossYearRelations2008: readonly Relation[] = Object.freeze([cumulativeAcrossYears('G1-S2', g1)])
