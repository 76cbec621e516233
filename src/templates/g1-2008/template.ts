import { indicatorVocabulary2008 } from '../indicator-vocabulary.js'
import { indicatorProseFigures } from '../indicator-prose.js'
import { defineTemplate } from '../template.js'

/**
 * G1: the 2007 条例 (in force 2008-05-01). No national table; provincial indicator tables with
 * 指标名称 / 计量单位 / 本年度 / 历年累计 (templates.md §3).
 */
export const template2008 = defineTemplate({
  generation: '2008',
  description: '2008 template era: 2007 条例, provincial indicator tables',
  years: { from: 2008, to: 2013 },
  tables: [],
  statistics: indicatorVocabulary2008,
  proseFigures: indicatorProseFigures,
  signalCap: 2.5,
  signals: [
    { name: 'g1.column-indicator-name', pattern: /指标名称/u, weight: 1 },
    { name: 'g1.column-unit-of-measure', pattern: /计量单位/u, weight: 1 },
    { name: 'g1.column-cumulative', pattern: /历年累计/u, weight: 1 },
    { name: 'g1.column-year-to-date', pattern: /本年累计/u, weight: 1 },
    { name: 'g1.column-this-period', pattern: /本期实际/u, weight: 1 },
    { name: 'g1.row-denied-answers', pattern: /否决公开答复(?:总)?数/u, weight: 1 },
  ],
})
