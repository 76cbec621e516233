import type { Line } from '../model/block.js'
import { indentOf } from '../util/indent-of.js'

// First line of a page footer: share bars, site owner, ICP and public-security registrations.
const footerPattern = /^ *(?:分享(?:到|给好友)?|打印本页|【打印|关闭窗口|【关闭|主办[:：]|主办单位|承办[:：]|版权所有|网站标识码|.{0,20}ICP备|.{0,20}公网安备|扫一扫)/u
/** First characters (code units) of the alternatives of `footerPattern` that start with a fixed word. */
const footerWordStarts = new Set([...'分打【关主承版网扫'].map((character) => character.charCodeAt(0)))
/** The registrations `footerPattern` finds after up to 20 characters. */
const registration = /ICP备|公网安备/u

/**
 * Index of the first line of the site footer around a report copied from a web page
 * (zhenyuan-2017: 分享给好友阅读 / 主办 / ICP), or `lines.length` when there is none. Only the last
 * third of the document is searched, so a sentence about sharing in the body is not cut.
 */
export function findFooterStart(lines: readonly Line[]): number {
  const from = Math.floor((lines.length * 2) / 3)
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]
    if (line && !line.blank && mayStartFooter(line.text) && footerPattern.test(line.text)) return i
  }
  return lines.length
}

/**
 * False for a line `footerPattern` cannot match, tested without the pattern's backtracking over
 * `.{0,20}` on every line: none of its fixed words starts with a space, so one must start right
 * after the leading spaces; the registrations need `ICP备` or `公网安备` somewhere in the line.
 */
function mayStartFooter(text: string): boolean {
  return footerWordStarts.has(text.charCodeAt(indentOf(text))) || registration.test(text)
}
