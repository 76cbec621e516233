import type { DeclaredParts } from '../model/metadata.js'
import { parseChineseNumeral } from '../util/chinese-numeral.js'

// 全文由概述、…及2018年工作思路四部分组成 / 本年报由概述，…9部分组成 / 报告包括…等六个部分
const declaredPattern = /(?:本报告|本年报|报告|全文|年报|本年度报告)(?:主要)?(?:由|包括|分为|共分为|包含)(.{2,400}?)(?:等)?([一二三四五六七八九十]{1,3}|\d{1,2}) *个?部分/u

/** The parts the introduction declares, with the `[start, end)` of the sentence in `text`. */
export function findDeclaredParts(text: string): { parts: DeclaredParts; range: [number, number] } | null {
  const match = declaredPattern.exec(text)
  if (!match) return null
  const digits = match[2] ?? ''
  const count = /\d/u.test(digits) ? Number.parseInt(digits, 10) : parseChineseNumeral(digits)
  const list = (match[1] ?? '').trim()
  return { parts: { count, parts: splitParts(list, count) }, range: [match.index, match.index + match[0].length] }
}

/**
 * Splits the list of parts, choosing the separators that give the declared count: commas first,
 * then also `、`, then also 及/和/与 (`…存在的主要问题及2018年工作思路`).
 */
function splitParts(list: string, count: number | null): string[] {
  const splits = [/[，,；;]/u, /[，,；;、]/u, /[，,；;、]|及|以及|和|与/u].map((separator) =>
    list.split(separator).map((part) => part.trim()).filter((part) => part !== ''),
  )
  if (count !== null) {
    const exact = splits.find((parts) => parts.length === count)
    if (exact) return exact
  }
  return splits[1] ?? [list]
}

/** Dice coefficient of the character bigrams of two titles (white space ignored). */
export function titleSimilarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const compact = text.replace(/\s+/gu, '')
    const result: string[] = []
    for (let i = 0; i + 1 < compact.length; i++) result.push(compact.slice(i, i + 2))
    if (compact.length === 1) result.push(compact)
    return result
  }
  const left = bigrams(a)
  const right = bigrams(b)
  if (left.length === 0 || right.length === 0) return 0
  const pool = new Map<string, number>()
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1)
  let shared = 0
  for (const gram of left) {
    const available = pool.get(gram) ?? 0
    if (available > 0) {
      shared++
      pool.set(gram, available - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}
