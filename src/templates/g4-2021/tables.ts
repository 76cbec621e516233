import type { ColumnDefinition, TableDefinition } from '../../tables/table-definition.js'
import {
  requestColumns,
  requestCues,
  requestGroupLabels,
  requestRowSum,
  requestRowsAfterOther,
  requestRowsBeforeOther,
  requestColumnSums,
  reviewLitigationTable,
} from '../shared-tables.js'

const documents: readonly ColumnDefinition[] = [
  { key: 'issued', labels: ['本年制发件数'], kind: 'count' },
  { key: 'repealed', labels: ['本年废止件数'], kind: 'count' },
  // templates.md §8: `现行有效件数 (历史累计)` is the same column.
  { key: 'inForce', labels: ['现行有效件数', '现行有效件数(历史累计)'], kind: 'count' },
]
const decisions: readonly ColumnDefinition[] = [{ key: 'decisions', labels: ['本年处理决定数量'], kind: 'count' }]

/** G4 table 2 (templates.md §6.2): 10 value cells; fees in 万元 with decimals. */
export const activeDisclosureTable2021: TableDefinition = {
  id: 'g4.table2',
  path: 'activeDisclosure',
  layout: 'rows',
  rows: [
    { key: 'regulations', labels: ['规章'], columns: documents },
    { key: 'normativeDocuments', labels: ['行政规范性文件', '规范性文件'], columns: documents },
    { key: 'licensing', labels: ['行政许可'], columns: decisions },
    { key: 'punishment', labels: ['行政处罚'], columns: decisions },
    { key: 'coercion', labels: ['行政强制'], columns: decisions },
    {
      key: 'fees',
      labels: ['行政事业性收费'],
      columns: [{ key: 'amount', labels: ['本年收费金额（单位：万元）', '本年收费金额'], kind: 'money', unit: '万元' }],
    },
  ],
  columns: documents,
  cues: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
  groupLabels: ['信息内容', '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
  rowSums: [],
  columnSums: [],
}

/** G4 table 3: （六）其他处理 is a group of three rows (templates.md §6.3). */
export const requestsTable2021: TableDefinition = {
  id: 'g4.table3',
  path: 'requests',
  layout: 'rows',
  rows: [
    ...requestRowsBeforeOther,
    { key: 'other.noCorrection', labels: ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人无正当理由逾期不补正'] },
    { key: 'other.feeUnpaid', labels: ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用'] },
    { key: 'other.other', labels: ['其他'] },
    ...requestRowsAfterOther,
  ],
  columns: requestColumns,
  cues: requestCues,
  groupLabels: [...requestGroupLabels, '（六）其他处理'],
  rowSums: [requestRowSum],
  columnSums: requestColumnSums(['other.noCorrection', 'other.feeUnpaid', 'other.other']),
}

/** G4 table 4. */
export const reviewLitigationTable2021 = reviewLitigationTable('g4')

/** The tables of the 2021 format, in report order. */
export const tables2021: readonly TableDefinition[] = [activeDisclosureTable2021, requestsTable2021, reviewLitigationTable2021]
