import { g3g4SharedSignals } from '../shared-signals.js'
import { defineTemplate } from '../template.js'
import { tables2021 } from './tables.js'

/**
 * G4: 国办公开办函〔2021〕30号, the revised 《…年度报告格式》: table 2 with 本年制发件数 /
 * 本年处理决定数量 / 本年收费金额, table 3 with three （六） rows (templates.md §6).
 */
export const template2021 = defineTemplate({
  generation: '2021',
  description: '2021 format: 国办公开办函〔2021〕30号',
  years: { from: 2021, to: null },
  tables: tables2021,
  statistics: null,
  proseFigures: [],
  signalCap: Number.POSITIVE_INFINITY,
  signals: [
    { name: 'g4.table2-issued', pattern: /本年制发件数/u, weight: 3 },
    { name: 'g4.table2-repealed', pattern: /本年废止件数/u, weight: 3 },
    { name: 'g4.table2-in-force', pattern: /现行有效件数/u, weight: 3 },
    { name: 'g4.table2-decisions', pattern: /本年处理决定数量/u, weight: 2 },
    { name: 'g4.table2-fee-amount', pattern: /本年收费金额/u, weight: 3 },
    { name: 'g4.table3-no-correction', pattern: /无正当理由逾期不补正/u, weight: 3 },
    { name: 'g4.table3-fee-unpaid', pattern: /逾期未按收费通知/u, weight: 3 },
    { name: 'g4.notice-2021-30', pattern: /国办公开办函[〔[(（]?2021[〕\])）]?30号/u, weight: 3 },
    ...g3g4SharedSignals('g4'),
  ],
})
