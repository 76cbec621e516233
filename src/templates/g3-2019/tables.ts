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

const made: readonly ColumnDefinition[] = [
  { key: 'newlyMade', labels: ['本年新制作数量'], kind: 'count' },
  { key: 'newlyPublished', labels: ['本年新公开数量'], kind: 'count' },
  { key: 'totalPublished', labels: ['对外公开总数量'], kind: 'count' },
]
const items: readonly ColumnDefinition[] = [
  { key: 'previousCount', labels: ['上一年项目数量'], kind: 'count' },
  { key: 'change', labels: ['本年增/减', '本年增减'], kind: 'signed' },
  { key: 'decisions', labels: ['处理决定数量'], kind: 'count' },
]

/** G3 table 2 (templates.md §5.2): five blocks, 22 value cells. */
export const activeDisclosureTable2019: TableDefinition = {
  id: 'g3.table2',
  path: 'activeDisclosure',
  layout: 'rows',
  rows: [
    { key: 'regulations', labels: ['规章'], columns: made },
    { key: 'normativeDocuments', labels: ['规范性文件'], columns: made },
    { key: 'licensing', labels: ['行政许可'], columns: items },
    { key: 'otherManagementServices', labels: ['其他对外管理服务事项'], columns: items },
    { key: 'punishment', labels: ['行政处罚'], columns: items },
    { key: 'coercion', labels: ['行政强制'], columns: items },
    { key: 'fees', labels: ['行政事业性收费'], columns: items.slice(0, 2) },
    {
      key: 'procurement',
      labels: ['政府集中采购'],
      columns: [
        { key: 'projects', labels: ['采购项目数量'], kind: 'count' },
        // templates.md §10.3: the unit is not fixed; 元 and 万元 both occur. Kept as printed.
        { key: 'amount', labels: ['采购总金额'], kind: 'money' },
      ],
    },
  ],
  columns: made,
  cues: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购'],
  groupLabels: ['信息内容', '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项'],
  rowSums: [],
  columnSums: [],
}

/** G3 table 3: （六）其他处理 is one row. */
export const requestsTable2019: TableDefinition = {
  id: 'g3.table3',
  path: 'requests',
  layout: 'rows',
  rows: [...requestRowsBeforeOther, { key: 'other', labels: ['其他处理'] }, ...requestRowsAfterOther],
  columns: requestColumns,
  cues: requestCues,
  groupLabels: requestGroupLabels,
  rowSums: [requestRowSum],
  columnSums: requestColumnSums(['other']),
}

/** G3 table 4. */
export const reviewLitigationTable2019 = reviewLitigationTable('g3')

/** The tables of the 2019 format, in report order. */
export const tables2019: readonly TableDefinition[] = [activeDisclosureTable2019, requestsTable2019, reviewLitigationTable2019]
