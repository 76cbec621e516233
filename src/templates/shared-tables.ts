import type { ColumnDefinition, ColumnSum, RowDefinition, TableDefinition } from '../tables/table-definition.js'

/** Table 3 columns, in order (templates.md §5.3): 自然人, 法人或其他组织 ×5, 总计. */
export const requestColumns: readonly ColumnDefinition[] = [
  { key: 'naturalPerson', labels: ['自然人'], kind: 'count' },
  { key: 'commercialEnterprise', labels: ['商业企业'], kind: 'count' },
  { key: 'researchInstitution', labels: ['科研机构'], kind: 'count' },
  { key: 'publicInterestOrg', labels: ['社会公益组织'], kind: 'count' },
  { key: 'legalServiceOrg', labels: ['法律服务机构'], kind: 'count' },
  { key: 'otherOrg', labels: ['其他'], kind: 'count' },
  { key: 'total', labels: ['总计'], kind: 'count' },
]

/** Table 3 rows before （六） (templates.md §5.3, rows 1–20). */
export const requestRowsBeforeOther: readonly RowDefinition[] = [
  { key: 'newReceived', labels: ['本年新收政府信息公开申请数量'] },
  { key: 'carriedOver', labels: ['上年结转政府信息公开申请数量'] },
  { key: 'granted', labels: ['予以公开'] },
  { key: 'partiallyGranted', labels: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'] },
  { key: 'denied.stateSecret', labels: ['属于国家秘密'] },
  { key: 'denied.lawForbidden', labels: ['其他法律行政法规禁止公开'] },
  { key: 'denied.securityStability', labels: ['危及“三安全一稳定”'] },
  { key: 'denied.thirdParty', labels: ['保护第三方合法权益'] },
  // templates.md §8: the typo 属于三类内容事务信息 is common.
  { key: 'denied.internalAffairs', labels: ['属于三类内部事务信息', '属于三类内容事务信息'] },
  { key: 'denied.processInfo', labels: ['属于四类过程性信息'] },
  { key: 'denied.enforcementFile', labels: ['属于行政执法案卷'] },
  { key: 'denied.adminQuery', labels: ['属于行政查询事项'] },
  { key: 'unable.notHeld', labels: ['本机关不掌握相关政府信息'] },
  { key: 'unable.needCreation', labels: ['没有现成信息需要另行制作'] },
  { key: 'unable.unclear', labels: ['补正后申请内容仍不明确'] },
  { key: 'notProcessed.petition', labels: ['信访举报投诉类申请'] },
  { key: 'notProcessed.duplicate', labels: ['重复申请'] },
  { key: 'notProcessed.publication', labels: ['要求提供公开出版物'] },
  { key: 'notProcessed.massRepeated', labels: ['无正当理由大量反复申请'] },
  { key: 'notProcessed.confirmReissue', labels: ['要求行政机关确认或重新出具已获取信息'] },
]

/** Table 3 rows after （六） (rows （七）总计 and 四、结转下年度继续办理). */
export const requestRowsAfterOther: readonly RowDefinition[] = [
  { key: 'totalProcessed', labels: ['总计'] },
  { key: 'carriedForward', labels: ['结转下年度继续办理'] },
]

/** Group labels of table 3 that carry no values. */
export const requestGroupLabels: readonly string[] = [
  '三、本年度办理结果',
  '（三）不予公开',
  '（四）无法提供',
  '（五）不予处理',
  '申请人情况',
  '法人或其他组织',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
]

/** Words that identify table 3. */
export const requestCues: readonly string[] = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '申请人情况']

/** 总计 = the six applicant columns (T3-3). */
export const requestRowSum = {
  total: 'total',
  parts: ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'],
} as const

const reviewColumns: readonly ColumnDefinition[] = [
  { key: 'upheld', labels: ['结果维持'], kind: 'count' },
  { key: 'corrected', labels: ['结果纠正'], kind: 'count' },
  { key: 'other', labels: ['其他结果'], kind: 'count' },
  { key: 'pending', labels: ['尚未审结'], kind: 'count' },
  { key: 'total', labels: ['总计'], kind: 'count' },
]

/** Table 4, identical in G3 and G4 (templates.md §5.4): 15 cells on one printed row. */
export function reviewLitigationTable(prefix: 'g3' | 'g4'): TableDefinition {
  return {
    id: `${prefix}.table4`,
    path: 'reviewLitigation',
    layout: 'single-row',
    rows: [
      { key: 'review', labels: ['行政复议'] },
      { key: 'litigationDirect', labels: ['未经复议直接起诉'] },
      { key: 'litigationAfterReview', labels: ['复议后起诉'] },
    ],
    columns: reviewColumns,
    cues: ['未经复议直接起诉', '复议后起诉', '行政复议', '行政诉讼'],
    groupLabels: ['行政诉讼'],
    rowSums: [{ total: 'total', parts: ['upheld', 'corrected', 'other', 'pending'] }],
    columnSums: [],
  }
}

/**
 * T3-1 and T3-2 across the rows of table 3, given the keys of its （六） row(s): （七）总计 is the sum
 * of the outcome rows, and 新收 + 结转 = 总计 + 结转下年度, in every column.
 */
export function requestColumnSums(otherRows: readonly string[]): readonly ColumnSum[] {
  const outcomes = [
    ...requestRowsBeforeOther.map((row) => row.key).filter((key) => key !== 'newReceived' && key !== 'carriedOver'),
    ...otherRows,
  ]
  return [
    { left: ['totalProcessed'], right: outcomes },
    { left: ['newReceived', 'carriedOver'], right: ['totalProcessed', 'carriedForward'] },
  ]
}
