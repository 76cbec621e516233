import type { ParsedReport } from '../index.js'

/** One figure `parse --format summary` shows: a cell path and the Chinese label it stands for. */
export interface KeyFigure {
  path: string
  label: string
}

const statisticsFigures: KeyFigure[] = [
  { path: 'statistics.active.total', label: '主动公开政府信息数' },
  { path: 'statistics.requests.received', label: '收到申请数' },
  { path: 'statistics.requests.answered', label: '申请答复数' },
  { path: 'statistics.requests.answers.granted', label: '同意公开答复数' },
  { path: 'statistics.review.total', label: '行政复议数' },
  { path: 'statistics.litigation.total', label: '行政诉讼数' },
  { path: 'statistics.fees', label: '收费数额' },
]

const formatFigures: KeyFigure[] = [
  { path: 'requests.newReceived.total', label: '本年新收申请' },
  { path: 'requests.carriedOver.total', label: '上年结转申请' },
  { path: 'requests.granted.total', label: '予以公开' },
  { path: 'requests.partiallyGranted.total', label: '部分公开' },
  { path: 'requests.totalProcessed.total', label: '办理结果总计' },
  { path: 'requests.carriedForward.total', label: '结转下年度继续办理' },
  { path: 'reviewLitigation.review.total', label: '行政复议' },
  { path: 'reviewLitigation.litigationDirect.total', label: '未经复议直接起诉' },
  { path: 'reviewLitigation.litigationAfterReview.total', label: '复议后起诉' },
]

/**
 * The figures of each generation worth a glance (data-model.md cell paths): the indicator
 * table's totals for 2008 and 2014 (templates.md §3.2, §4.1), the table 3 and table 4 totals for
 * 2019 and 2021 (templates.md §5.3, §5.4). None for unrecognised input.
 */
export const keyFigures: Record<ParsedReport['generation'], readonly KeyFigure[]> = {
  '2008': statisticsFigures,
  '2014': statisticsFigures,
  '2019': formatFigures,
  '2021': formatFigures,
  unrecognized: [],
}
