import { indicatorForms } from './indicator-forms.js'
import type { ReportData } from './report-data.js'

/** One printed row: label cells, then value cells (`null` = blank). */
export interface PrintedRow {
  /** `header` and `caption` rows carry words only; `group` rows a label with blank values. */
  kind: 'header' | 'caption' | 'data' | 'group'
  labels: string[]
  values: (number | null)[]
}

/** A table as a report prints it, before a renderer writes it in one form. */
export interface PrintedTable {
  /** `table2`, `table3`, `table4` (G3/G4) or `indicator` (G1/G2). */
  name: 'table2' | 'table3' | 'table4' | 'indicator'
  /** Label cells at the start of each row (table 3: 3; table 4: 0). */
  labelWidth: number
  rows: PrintedRow[]
}

const value = (data: ReportData, path: string): number | null => data.cells[path] ?? null
const header = (...labels: string[]): PrintedRow => ({ kind: 'header', labels, values: [] })

/** Table 3 columns in print order (templates.md §5.3). */
export const table3Columns = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'] as const

/** Table 3 rows as printed: group, subgroup and row label cells, and the row key (templates.md §5.3, §6.3). */
export function table3Rows(generation: '2019' | '2021'): [group: string, subgroup: string, label: string, key: string][] {
  const denied = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
  const deniedKeys = ['stateSecret', 'lawForbidden', 'securityStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery']
  const unable = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
  const unableKeys = ['notHeld', 'needCreation', 'unclear']
  const notProcessed = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']
  const notProcessedKeys = ['petition', 'duplicate', 'publication', 'massRepeated', 'confirmReissue']
  const group = (subgroup: string, labels: string[], keys: string[], prefix: string) =>
    labels.map((label, index): [string, string, string, string] => ['', index === 0 ? subgroup : '', label, `${prefix}.${keys[index]}`])
  const other: [string, string, string, string][] =
    generation === '2019'
      ? [['', '（六）其他处理', '', 'other']]
      : group(
          '（六）其他处理',
          ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'],
          ['noCorrection', 'feeUnpaid', 'other'],
          'other',
        )
  return [
    ['一、本年新收政府信息公开申请数量', '', '', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', '', '', 'carriedOver'],
    ['三、本年度办理结果', '（一）予以公开', '', 'granted'],
    ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', 'partiallyGranted'],
    ...group('（三）不予公开', denied, deniedKeys, 'denied'),
    ...group('（四）无法提供', unable, unableKeys, 'unable'),
    ...group('（五）不予处理', notProcessed, notProcessedKeys, 'notProcessed'),
    ...other,
    ['', '（七）总计', '', 'totalProcessed'],
    ['四、结转下年度继续办理', '', '', 'carriedForward'],
  ]
}

function table3(data: ReportData, generation: '2019' | '2021'): PrintedTable {
  return {
    name: 'table3',
    labelWidth: 3,
    rows: [
      header('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''),
      header('', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'),
      header('', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''),
      ...table3Rows(generation).map(([group, subgroup, label, key]): PrintedRow => ({
        kind: 'data',
        labels: [group, subgroup, label],
        values: table3Columns.map((column) => value(data, `requests.${key}.${column}`)),
      })),
    ],
  }
}

/** Table 4 groups and columns in print order (templates.md §5.4). */
export const table4Cells = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => `reviewLitigation.${group}.${column}`),
)

function table4(data: ReportData): PrintedTable {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  return {
    name: 'table4',
    labelWidth: 0,
    rows: [
      header('行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''),
      header(...five, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''),
      header('', '', '', '', '', ...five, ...five),
      { kind: 'data', labels: [], values: table4Cells.map((path) => value(data, path)) },
    ],
  }
}

/** Table 2 blocks: caption, value column headers, rows with their keys (templates.md §5.2, §6.2). */
export function table2Blocks(generation: '2019' | '2021'): { caption: string; columns: [label: string, key: string][]; rows: [label: string, key: string][] }[] {
  if (generation === '2019') {
    const items: [string, string][] = [['上一年项目数量', 'previousCount'], ['本年增/减', 'change'], ['处理决定数量', 'decisions']]
    return [
      { caption: '第二十条第（一）项', columns: [['本年新制作数量', 'newlyMade'], ['本年新公开数量', 'newlyPublished'], ['对外公开总数量', 'totalPublished']], rows: [['规章', 'regulations'], ['规范性文件', 'normativeDocuments']] },
      { caption: '第二十条第（五）项', columns: items, rows: [['行政许可', 'licensing'], ['其他对外管理服务事项', 'otherManagementServices']] },
      { caption: '第二十条第（六）项', columns: items, rows: [['行政处罚', 'punishment'], ['行政强制', 'coercion']] },
      { caption: '第二十条第（八）项', columns: items.slice(0, 2), rows: [['行政事业性收费', 'fees']] },
      { caption: '第二十条第（九）项', columns: [['采购项目数量', 'projects'], ['采购总金额', 'amount']], rows: [['政府集中采购', 'procurement']] },
    ]
  }
  return [
    { caption: '第二十条第（一）项', columns: [['本年制发件数', 'issued'], ['本年废止件数', 'repealed'], ['现行有效件数', 'inForce']], rows: [['规章', 'regulations'], ['行政规范性文件', 'normativeDocuments']] },
    { caption: '第二十条第（五）项', columns: [['本年处理决定数量', 'decisions']], rows: [['行政许可', 'licensing']] },
    { caption: '第二十条第（六）项', columns: [['本年处理决定数量', 'decisions']], rows: [['行政处罚', 'punishment'], ['行政强制', 'coercion']] },
    { caption: '第二十条第（八）项', columns: [['本年收费金额（单位：万元）', 'amount']], rows: [['行政事业性收费', 'fees']] },
  ]
}

function table2(data: ReportData, generation: '2019' | '2021'): PrintedTable {
  return {
    name: 'table2',
    labelWidth: 1,
    rows: table2Blocks(generation).flatMap((block): PrintedRow[] => [
      { kind: 'caption', labels: [block.caption], values: [] },
      header('信息内容', ...block.columns.map(([label]) => label)),
      ...block.rows.map(([label, row]): PrintedRow => ({ kind: 'data', labels: [label], values: block.columns.map(([, column]) => value(data, `activeDisclosure.${row}.${column}`)) })),
    ]),
  }
}

function indicator(data: ReportData): PrintedTable {
  const form = indicatorForms[data.form ?? (data.generation === '2008' ? 'zhangcun-2011' : 'national-2014')]
  return {
    name: 'indicator',
    labelWidth: 2,
    rows: [
      header(...form.header),
      ...form.rows.map(([key, label, unit]): PrintedRow =>
        key === null
          ? { kind: 'group', labels: [label, ''], values: form.cumulative ? [null, null] : [null] }
          : { kind: 'data', labels: [label, unit], values: form.cumulative ? [value(data, `statistics.${key}`), value(data, `statistics.cumulative.${key}`)] : [value(data, `statistics.${key}`)] },
      ),
    ],
  }
}

/** The tables a report of this data prints, in report order. */
export function printedTables(data: ReportData): { table2?: PrintedTable; table3?: PrintedTable; table4?: PrintedTable; indicator?: PrintedTable } {
  if (data.generation === '2008' || data.generation === '2014') return { indicator: indicator(data) }
  return { table2: table2(data, data.generation), table3: table3(data, data.generation), table4: table4(data) }
}
