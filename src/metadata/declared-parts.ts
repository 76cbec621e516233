import type { DeclaredParts } from '../model/metadata.js'
import { parseChineseNumeral } from '../util/chinese-numeral.js'

// 全文由概述、…及2018年工作思路四部分组成 / 本年报由概述，…9部分组成 / 报告包括…等六个部分 /
// 本报告由概述、…和政府信息公开情况统计表共七个部分组成 (Pingtan 2015)
const declaredPattern = /(?:本报告|本年报|报告|全文|年报|本年度报告)(?:主要)?(?:由|包括|分为|共分为|包含)(.{2,400}?)(?:等|共)?([一二三四五六七八九十]{1,3}|\d{1,2}) *个?部分/u
// The count first, then the list: 本报告共分6个部分：总体情况、…、其他需要报告的事项。 (Pingtan 2025)
const countFirstPattern = /(?:本报告|本年报|报告|全文|年报|本年度报告)(?:共)?(?:分为|分成|分|包括|包含)([一二三四五六七八九十]{1,3}|\d{1,2}) *个?部分(?:组成)? *[:：](.{2,400}?)(?:[。；;]|$)/u
// Words a part's name ends with; a piece of the list that ends otherwise is cut from a longer name
// (`因政府信息公开申请行政复议、提起行政诉讼的情况`, `存在的主要问题及改进情况`).
const partEndPattern = /(?:情况|事项|概述|概况|措施|思路|附表|统计表)$/u
/**
 * Both forms in one scan (exported for the test that checks the line-by-line search of
 * {@link findDeclaredParts} against it): the leftmost match of either, the list-first form where both start at
 * the same place — what running the two apart and keeping the earlier gives. Groups 1–2 are the
 * list-first form's list and count, 3–4 the count-first form's count and list.
 */
export const eitherPattern = new RegExp(`(?:${declaredPattern.source})|(?:${countFirstPattern.source})`, 'u')
/**
 * `eitherPattern` for a line that does not end the text: there its `$` (no `m` flag: the end of the
 * text) cannot match, so the count-first list must end with a stop.
 */
const eitherPatternMidText = new RegExp(eitherPattern.source.replace('|$)', ')'), 'u')

/** The parts the introduction declares, with the `[start, end)` of the sentence in `text`. */
export function findDeclaredParts(text: string): { parts: DeclaredParts; range: [number, number] } | null {
  // Every match holds 部分 and no line break (its `.` and spaces never match one), so the pattern
  // runs only on the lines that hold 部分, in order: the first match there is the text's first.
  let match: RegExpExecArray | null = null
  for (let at = text.indexOf('部分'); at >= 0 && match === null; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1
    const newline = text.indexOf('\n', at)
    const lineEnd = newline < 0 ? text.length : newline
    match = (lineEnd === text.length ? eitherPattern : eitherPatternMidText).exec(text.slice(lineStart, lineEnd))
    if (match) match.index += lineStart
    at = newline < 0 ? -1 : text.indexOf('部分', newline)
  }
  if (!match) return null
  const useCountFirst = match[1] === undefined
  const digits = (useCountFirst ? match[3] : match[2]) ?? ''
  const count = /\d/u.test(digits) ? Number.parseInt(digits, 10) : parseChineseNumeral(digits)
  const list = ((useCountFirst ? match[4] : match[1]) ?? '').trim()
  return { parts: { count, parts: splitParts(list, count) }, range: [match.index, match.index + match[0].length] }
}

/**
 * Splits the list of parts, choosing the separators that give the declared count: commas first;
 * then every separator, with the pieces that cannot end a part's name joined to the next one when
 * that gives exactly the count; then `、`; then also 及/和/与 (`…存在的主要问题及2018年工作思路`).
 */
function splitParts(list: string, count: number | null): string[] {
  // Each way is tried only when the ones before it missed the count.
  const byComma = count === null ? null : splitAt(list, commas)
  if (byComma && byComma.length === count) return byComma
  const joined = count === null ? null : joinCutNames(list)
  if (joined && joined.length === count) return joined
  const byMark = splitAt(list, commasAndMarks)
  if (count === null || byMark.length === count) return byMark
  const byWord = splitAt(list, commasMarksAndWords)
  return byWord.length === count ? byWord : byMark
}

const commas = /[，,；;]/u
const commasAndMarks = /[，,；;、]/u
const commasMarksAndWords = /[，,；;、]|及|以及|和|与/u

/** The non-empty pieces of `list` between separators, trimmed. */
function splitAt(list: string, separator: RegExp): string[] {
  return list
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * Splits at every separator and joins each piece that does not end like a part's name to the piece
 * after it, keeping the separator: `因…行政复议、提起行政诉讼的情况` stays one part, and
 * `…主要问题及改进情况和…统计表` becomes two.
 */
function joinCutNames(list: string): string[] {
  const pieces = list.split(/([，,；;、]|以及|及|和|与)/u)
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < pieces.length; i += 2) {
    current += (pieces[i] ?? '').trim()
    const separator = pieces[i + 1]
    if (separator === undefined || partEndPattern.test(current)) {
      if (current !== '') parts.push(current)
      current = ''
    } else {
      current += separator
    }
  }
  return parts
}
