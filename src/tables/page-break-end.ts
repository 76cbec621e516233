import type { Line } from '../model/block.js'

/**
 * Where a page break ends: from line `from`, the lines that are blank or left out by the reader
 * (`Line.ignored`: a page number such as `- 3 -`), none of them claimed; when they hold a left-out
 * line, the index of the first line after them, else -1. A table that goes on after such a gap is
 * one table broken over two pages (PDF and Word exports), not two tables: a lone blank line or two
 * keeps no reader going by this rule.
 */
export function pageBreakEnd(lines: readonly Line[], from: number, claimed: ReadonlySet<number>): number {
  let brokeOff = false
  let index = from
  for (; index < lines.length; index++) {
    const line = lines[index] as Line
    if (claimed.has(index) || !(line.blank || line.ignored)) break
    if (line.ignored) brokeOff = true
  }
  return brokeOff && index < lines.length && !claimed.has(index) ? index : -1
}
