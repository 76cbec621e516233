import type { Relation } from '../../model/check.js'
import { cumulativeAcrossYears, cumulativeRelation, indicatorDomainRelation, stat, subKeys } from '../g1-2008/relations.js'
import { compareSums, equalsSum } from '../relation-builders.js'

const g2 = ['2014'] as const
const s43 = 'templates.md §4.3'

const sumOfTwo = (id: string, group: string, description: string): Relation =>
  equalsSum({ id, scope: group, severity: 'error', source: s43, generations: g2, description }, stat(`${group}.total`), subKeys(group).filter((path) => !path.endsWith('.total')))

const atMostParent = (child: string, parent: string, description: string, severity: 'error' | 'warning', id: string): Relation =>
  compareSums({ id, scope: child, severity, source: s43, generations: g2, description }, [stat(child)], '≤', [stat(parent)])

/**
 * Every relation of a G2 (2014) report's statistics table (templates.md §4.3). Keyed by label, so
 * sub-rows a table does not print are left out (`presence: 'some'`); 主动公开政府信息数 against its
 * channels is `≤`, never `=` (qidu-2017: 23 against 242).
 */
export const relations2014: readonly Relation[] = Object.freeze([
  equalsSum(
    { id: 'G2-H1', severity: 'error', source: s43, generations: g2, presence: 'some', description: '收到申请数 equals the sum of its channels' },
    stat('requests.received'),
    subKeys('requests.channels'),
  ),
  equalsSum(
    { id: 'G2-H2', severity: 'error', source: s43, generations: g2, description: '申请办结数 equals 按时办结数 + 延期办结数' },
    stat('requests.concluded'),
    [stat('requests.concludedOnTime'), stat('requests.concludedExtended')],
  ),
  ...['review', 'litigation', 'complaints'].map((group) =>
    equalsSum(
      { id: 'G2-H3', scope: group, severity: 'error', source: s43, generations: g2, presence: 'some', description: 'the total equals 维持 + 纠错 + 其他情形' },
      stat(`${group}.total`),
      [stat(`${group}.upheld`), stat(`${group}.corrected`), stat(`${group}.other`)],
    ),
  ),
  ...['archives', 'websites', 'readingRooms', 'visitors'].map((group) => sumOfTwo('G2-H4', group, 'the total equals the sum of its two sub-rows')),
  equalsSum(
    { id: 'G2-H5', severity: 'error', source: s43, generations: g2, description: '从事政府信息公开工作人员数 equals 专职 + 兼职' },
    stat('staffing.staff'),
    [stat('staffing.fullTime'), stat('staffing.partTime')],
  ),
  atMostParent('responses.pressConferencesByLeaders', 'responses.pressConferences', 'a 其中 row is at most its parent', 'error', 'G2-H6'),
  atMostParent('responses.onlineInterviewsByLeaders', 'responses.onlineInterviews', 'a 其中 row is at most its parent', 'error', 'G2-H6'),
  atMostParent('active.normativeDocuments', 'active.total', 'a 其中 row is at most its parent', 'error', 'G2-H6'),
  indicatorDomainRelation('G2-H7', g2),
  cumulativeRelation('G2-H8', g2),
  equalsSum(
    { id: 'G2-S1', severity: 'warning', source: s43, generations: g2, presence: 'some', description: '申请答复数 equals the sum of the answer types' },
    stat('requests.answered'),
    subKeys('requests.answers'),
  ),
  equalsSum(
    { id: 'G2-S2', severity: 'warning', source: s43, generations: g2, presence: 'some', description: '不同意公开答复数 equals the sum of its reasons' },
    stat('requests.answers.denied'),
    subKeys('requests.deniedReasons'),
  ),
  atMostParent('active.normativeDocuments', 'active.normativeDocumentsIssued', '主动公开规范性文件数 ≤ 制发规范性文件总数', 'warning', 'G2-S3'),
  compareSums(
    { id: 'G2-S4', severity: 'warning', source: s43, generations: g2, presence: 'some', description: '主动公开政府信息数 ≤ the sum of its channels (one item on several channels counts once)' },
    [stat('active.total')],
    '≤',
    subKeys('active.channels'),
  ),
  compareSums(
    { id: 'G2-S5', severity: 'warning', source: s43, generations: g2, description: '申请答复数 ≈ 申请办结数' },
    [stat('requests.answered')],
    '=',
    [stat('requests.concluded')],
  ),
])

/** Relations between a G2-year report and the same body's report of the year before (Fujian tables keep 历年累计). */
export const crossYearRelations2014: readonly Relation[] = Object.freeze([cumulativeAcrossYears('G2-S6', g2)])
