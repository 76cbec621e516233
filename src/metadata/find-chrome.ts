import type { Line } from '../model/block.js'
import type { DocumentText } from '../read/document-text.js'
import { indentOf } from '../util/indent-of.js'

// First line of a page footer: share bars, site owner, ICP and public-security registrations.
const footerPattern = /^ *(?:分享(?:到|给好友)?|打印本页|【打印|关闭窗口|【关闭|主办[:：]|主办单位|承办[:：]|版权所有|网站标识码|.{0,20}ICP备|.{0,20}公网安备|扫一扫)/u
/** First characters (code units) of the alternatives of `footerPattern` that start with a fixed word. */
const footerWordStarts = new Set([...'分打【关主承版网扫'].map((character) => character.charCodeAt(0)))

/**
 * Index of the first line of the site footer around a report copied from a web page
 * (zhenyuan-2017: 分享给好友阅读 / 主办 / ICP), or `lines.length` when there is none. Only the last
 * third of the document is searched, so a sentence about sharing in the body is not cut.
 *
 * The lines are looked at in `text.full` (the document's searchable text), not through their
 * `Line` objects: only a line that may start the footer ({@link mayStartFooter}) is read and
 * tested. A line left out of `full` is a page number (`Line.ignored`), never a footer.
 */
export function findFooterStart(lines: readonly Line[], text: DocumentText): number {
  const from = Math.floor((lines.length * 2) / 3)
  const full = text.full
  let start = text.fullLineStart(from)
  // The first registration at or after `start`: one native search of the rest, not a test a line.
  let registrationAt = nextRegistration(full, start)
  for (let i = from; i < lines.length; i++) {
    const next = text.fullLineStart(i + 1)
    // Left out of `full`: it starts where the next kept line does.
    if (next === start) continue
    const end = next - 1
    if (registrationAt < start) registrationAt = nextRegistration(full, start)
    if (mayStartFooter(full, start, end, registrationAt)) {
      const line = lines[i]
      if (line && footerPattern.test(line.text)) return i
    }
    start = next
  }
  return lines.length
}

/** Offset of the first `ICP备` or `公网安备` in `full` at or after `from` (Infinity when none). */
function nextRegistration(full: string, from: number): number {
  const icp = full.indexOf('ICP备', from)
  const security = full.indexOf('公网安备', from)
  return Math.min(icp < 0 ? Infinity : icp, security < 0 ? Infinity : security)
}

/**
 * False for the line `[start, end)` of `full` when `footerPattern` cannot match it, tested without
 * the pattern's backtracking over `.{0,20}` on every line: none of its fixed words starts with a
 * space, so one must start right after the leading spaces; the registrations need `ICP备` or
 * `公网安备` in the line (the first at or after `start` is at `registrationAt`). A blank line passes
 * neither test.
 */
function mayStartFooter(full: string, start: number, end: number, registrationAt: number): boolean {
  const first = indentOf(full, start)
  return (first < end && footerWordStarts.has(full.charCodeAt(first))) || registrationAt < end
}
