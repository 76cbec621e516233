import { printedTables, type PrintedTable } from './printed-table.js'
import type { ReportData } from './report-data.js'

/** A part of a report document: a line of text (title, heading, paragraph) or a table. */
export type DocumentPart = { kind: 'title' | 'heading' | 'paragraph'; text: string } | { kind: 'table'; table: PrintedTable }

const text = (kind: 'title' | 'heading' | 'paragraph', value: string): DocumentPart => ({ kind, text: value })

/** 总体情况 figures for T3-6 / T4-5 (templates.md §7), stated only when the table gives them. */
function overviewFigures(data: ReportData): string {
  const value = (path: string) => data.cells[path] ?? null
  const parts: string[] = []
  const received = value('requests.newReceived.total')
  if (received !== null) parts.push(`本年度共收到政府信息公开申请${received}件`)
  const granted = value('requests.granted.total')
  if (granted !== null) parts.push(`予以公开${granted}件`)
  const review = value('reviewLitigation.review.total')
  if (review !== null) parts.push(`因政府信息公开被申请行政复议${review}件`)
  const direct = value('reviewLitigation.litigationDirect.total')
  const afterReview = value('reviewLitigation.litigationAfterReview.total')
  if (direct !== null && afterReview !== null) parts.push(`被提起行政诉讼${direct + afterReview}件`)
  return parts.length > 0 ? `${parts.join('，')}。` : ''
}

/**
 * The report a body would publish for this data: title, introduction with the statistics period,
 * the section headings of its generation (templates.md §3.1, §5.1, §6.1) and its tables. G3/G4
 * reports state their main figures in 总体情况 as real reports do.
 */
export function layoutReport(data: ReportData): DocumentPart[] {
  const tables = printedTables(data)
  const head = [
    text('title', `${data.organ}${data.year}年政府信息公开工作年度报告`),
    text('paragraph', `本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自${data.year}年1月1日起至${data.year}年12月31日止。`),
  ]
  if (tables.indicator) {
    return [
      ...head,
      text('heading', '一、概述'),
      text('paragraph', `${data.year}年，本机关认真贯彻落实政府信息公开各项要求，扎实推进政府信息公开工作。`),
      text('heading', '二、主动公开政府信息情况'),
      text('paragraph', '主动公开情况详见附表。'),
      text('heading', '三、依申请公开政府信息情况'),
      text('paragraph', '依申请公开情况详见附表。'),
      text('heading', '四、政府信息公开的收费及减免情况'),
      text('paragraph', '本年度未收取任何费用。'),
      text('heading', '五、因政府信息公开申请行政复议、提起行政诉讼的情况'),
      text('paragraph', '详见附表。'),
      text('heading', '六、政府信息公开工作存在的主要问题及改进情况'),
      text('paragraph', '政府信息公开工作仍有不足，下一步将继续改进。'),
      text('heading', '七、需要说明的事项与附表'),
      text('paragraph', `附表：${data.year}年政府信息公开工作情况统计表`),
      { kind: 'table', table: tables.indicator },
    ]
  }
  const parts: DocumentPart[] = [
    ...head,
    text('heading', '一、总体情况'),
    text('paragraph', `${data.year}年，本机关认真贯彻落实《条例》要求，扎实推进政府信息公开工作。${overviewFigures(data)}`),
    text('heading', '二、主动公开政府信息情况'),
  ]
  if (tables.table2) parts.push({ kind: 'table', table: tables.table2 })
  parts.push(text('heading', '三、收到和处理政府信息公开申请情况'))
  if (tables.table3) parts.push({ kind: 'table', table: tables.table3 })
  parts.push(text('heading', '四、政府信息公开行政复议、行政诉讼情况'))
  if (tables.table4) parts.push({ kind: 'table', table: tables.table4 })
  parts.push(
    text('heading', '五、存在的主要问题及改进情况'),
    text('paragraph', '政府信息公开工作仍有不足，下一步将继续改进。'),
    text('heading', '六、其他需要报告的事项'),
    text('paragraph', data.generation === '2021' ? `${data.year}年，无收取信息处理费情况。` : '无。'),
  )
  return parts
}
