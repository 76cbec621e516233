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

/**
 * End (exclusive) of the first heading word in `text[start, start + limit)` that ends the title, or
 * -1. Searched within that reach and the one character after it (what the word's lookahead tests),
 * not to the end of the text: a long run-on line is not searched to its end for a word that would
 * end too late anyway. The same answer as a search of the whole text: a word that ends within
 * reach is followed by the same character in both; one cut off at the reach's end, or one the
 * lookahead rejects only in the whole text, ends past the reach, as does any word after it.
 */
export function headingWordEnd(text: string, start: number, limit: number): number {
  const reach = start + limit + 1
  const searched = reach < text.length ? text.slice(0, reach) : text
  headingEnd.lastIndex = start
  // `test` leaves `lastIndex` at the match's end: no match array is made.
  if (!headingEnd.test(searched) || headingEnd.lastIndex - start > limit) return -1
  return headingEnd.lastIndex
}
