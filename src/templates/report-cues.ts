/**
 * What tells an annual report from documents that only look like one (templates.md §8; the corpus
 * letter `notice-2014-key-points`): a notice about compiling the report, the format notice itself,
 * a 工作要点, a half-year bulletin, a news item.
 */
export const reportCues = {
  /** A document whose own title ends like this is not a report: `…的通知`, `…的函`, `…工作要点`. */
  notAReportTitleEnd: /(?:通知|函|意见|办法|要点|通报|公告|方案|决定|纪要|讲话|简报|会议|培训会|动态|新闻)(?:[(（][^)）]{0,20}[)）])?$/u,
  /** Periods shorter than a year. */
  notAnnual: /上半年|下半年|半年度|第[一二三四1-4]季度|[一二三四1-4]季度|月度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份/u,
  /** Words a report's title ends with. */
  reportTitleEnd: /(?:年度报告|工作报告|年报|情况的?报告|报告)(?:[(（][^)）]{0,20}[)）])?$/u,
} as const
