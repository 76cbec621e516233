/**
 * Words a heading ends with (`…情况`, `…事项`), for headings run together with what follows them.
 * A heading word is taken as the end when what follows does not continue the title
 * (`情况统计表`, `情况的报告`, `情况及…`, `情况和…`, `情况、…`).
 *
 *   四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…
 *                                 ^^^^ end
 */
/** The words, as a regular-expression alternation. */
export const headingWords = '总体情况|情况|事项|概述|概况|措施|思路|附表|统计表'
const headingEnd = new RegExp(`(?:${headingWords})(?![统表的及和与、以报])`, 'gu')

/** End (exclusive) of the first heading word in `text[start, start + limit)` that ends the title, or -1. */
export function headingWordEnd(text: string, start: number, limit: number): number {
  headingEnd.lastIndex = start
  // `test` leaves `lastIndex` at the match's end: no match array is made.
  if (!headingEnd.test(text) || headingEnd.lastIndex - start > limit) return -1
  return headingEnd.lastIndex
}
