import { g3g4SharedSignals } from '../shared-signals.js'
import { defineTemplate } from '../template.js'
import { tables2019 } from './tables.js'

/**
 * G3: 国办公开办函〔2019〕60号, 《…年度报告格式（试行）》: six headings, tables 2/3/4, table 2 with
 * 本年新制作数量 / 上一年项目数量 / 政府集中采购 (templates.md §5).
 */
export const template2019 = defineTemplate({
  generation: '2019',
  description: '2019 format: 国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  tables: tables2019,
  statistics: null,
  proseFigures: [],
  signalCap: Number.POSITIVE_INFINITY,
  signals: [
    { name: 'g3.table2-newly-made', pattern: /本年新制作数量/u, weight: 3 },
    { name: 'g3.table2-newly-published', pattern: /本年新公开数量/u, weight: 3 },
    { name: 'g3.table2-total-published', pattern: /对外公开总数量/u, weight: 3 },
    { name: 'g3.table2-previous-count', pattern: /上一年项目数量/u, weight: 2 },
    { name: 'g3.table2-change', pattern: /本年增[/／]?减/u, weight: 2 },
    { name: 'g3.table2-procurement-projects', pattern: /采购项目数量/u, weight: 3 },
    { name: 'g3.table2-procurement-amount', pattern: /采购总金额/u, weight: 3 },
    { name: 'g3.table2-other-services', pattern: /其他对外管理服务事项/u, weight: 2 },
    { name: 'g3.notice-2019-60', pattern: /国办公开办函[〔[(（]?2019[〕\])）]?60号/u, weight: 3 },
    ...g3g4SharedSignals('g3'),
  ],
})
