import { indicatorVocabulary2014 } from '../indicator-vocabulary.js'
import { indicatorProseFigures } from '../indicator-prose.js'
import { defineTemplate } from '../template.js'

/**
 * G2: the statistics reporting system of 国办发〔2014〕32号; the national form has the columns
 * 统计指标 / 单位 / 统计数 (templates.md §4).
 */
export const template2014 = defineTemplate({
  generation: '2014',
  description: '2014 statistics-table era: 国办发〔2014〕32号',
  years: { from: 2014, to: 2018 },
  tables: [],
  statistics: indicatorVocabulary2014,
  proseFigures: indicatorProseFigures,
  signalCap: 2.5,
  signals: [
    { name: 'g2.column-indicator', pattern: /统计指标/u, weight: 1 },
    { name: 'g2.group-responses', pattern: /回应解读情况/u, weight: 1 },
    { name: 'g2.row-concluded', pattern: /申请办结数/u, weight: 1 },
    { name: 'g2.row-concluded-on-time', pattern: /按时办结数/u, weight: 1 },
    { name: 'g2.row-answered', pattern: /申请答复数/u, weight: 1 },
    { name: 'g2.group-staffing', pattern: /机构建设和保障经费情况/u, weight: 1 },
    { name: 'g2.row-weibo', pattern: /政务微博公开政府信息数/u, weight: 1 },
    { name: 'g2.row-hot-topics', pattern: /回应公众关注热点/u, weight: 1 },
    // Fujian kept a G1-style table through 2018 with its own rows (templates.md §3.2 F1′).
    { name: 'g2.fujian-documents-published', pattern: /主动公开文件数/u, weight: 1 },
    { name: 'g2.fujian-website-count', pattern: /政府网站公开数/u, weight: 1 },
    { name: 'g2.fujian-other-answers', pattern: /其他类型答复数/u, weight: 1 },
    { name: 'g2.notice-2014-32', pattern: /国办发[〔[(（]?2014[〕\])）]?32号/u, weight: 2 },
  ],
})
