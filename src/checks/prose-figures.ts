import type { Line, ReadDocument } from '../model/block.js'
import type { Position } from '../model/position.js'
import { linePosition } from '../read/line-position.js'
import { chineseNumeralCharacters, parseChineseNumeral } from '../util/chinese-numeral.js'
import { literalPrefix } from '../util/literal-prefix.js'

/** A figure the text states about a table (收到申请81件), and the table cells it should equal. */
export interface ProseFigurePattern {
  /** Relation id: `T3-6` (table 3) or `T4-5` (table 4), templates.md §7. */
  id: 'T3-6' | 'T4-5'
  /** Which figure: `newReceived`, `review`, … */
  scope: string
  /** Table cells whose sum the figure states. */
  paths: readonly string[]
  /** Matches in a line's normalised text; group 1 is the number. Not global. */
  pattern: RegExp
}

/** One figure found in the text. */
export interface ProseFigure {
  pattern: ProseFigurePattern
  value: number
  raw: string
  position: Position
}

const number = `([0-9]+|[${chineseNumeralCharacters}]+)`
// Up to a few characters between the words and the number, never across a clause or a digit.
const gap = (most: number) => `[^。；;，,、：:\\d${chineseNumeralCharacters}]{0,${most}}?`
const table3 = (row: string) => [`requests.${row}.total`]

/**
 * The figures 总体情况 prose usually states (templates.md §7.1 T3-6, §7.2 T4-5), one object each.
 * Each needs a unit after the number (件, 起, 宗), so the run-together digits of a flattened table
 * row (`予以公开220000022`) never match.
 */
export const defaultProseFigurePatterns: readonly ProseFigurePattern[] = [
  { id: 'T3-6', scope: 'newReceived', paths: table3('newReceived'), pattern: new RegExp(`(?:新收|收到|受理)${gap(12)}申请${gap(4)}${number}(?:件|份|宗)`, 'u') },
  { id: 'T3-6', scope: 'carriedOver', paths: table3('carriedOver'), pattern: new RegExp(`上年度?结转${gap(12)}${number}件`, 'u') },
  { id: 'T3-6', scope: 'totalProcessed', paths: table3('totalProcessed'), pattern: new RegExp(`办结${gap(8)}${number}件`, 'u') },
  { id: 'T3-6', scope: 'granted', paths: table3('granted'), pattern: new RegExp(`予以公开${gap(2)}${number}件`, 'u') },
  { id: 'T3-6', scope: 'partiallyGranted', paths: table3('partiallyGranted'), pattern: new RegExp(`部分公开${gap(2)}${number}件`, 'u') },
  { id: 'T3-6', scope: 'carriedForward', paths: table3('carriedForward'), pattern: new RegExp(`结转(?:至)?下一?年度?${gap(8)}${number}件`, 'u') },
  { id: 'T4-5', scope: 'review', paths: ['reviewLitigation.review.total'], pattern: new RegExp(`行政复议${gap(6)}${number}(?:件|起|宗)`, 'u') },
  {
    id: 'T4-5',
    scope: 'litigation',
    paths: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    pattern: new RegExp(`行政诉讼${gap(6)}${number}(?:件|起|宗)`, 'u'),
  },
]

/** Whether a line is prose: not blank, not left out, not a table row or cell. */
const isProse = (line: Line) => !line.blank && !line.ignored && !line.markup.tableCell && !line.raw.includes('\t')

/**
 * Finds the first figure of each pattern in the prose lines of a document, with its position in
 * the source. Numbers may be written in Chinese numerals (`收到申请十二件`).
 */
export function findProseFigures(document: ReadDocument, patterns: readonly ProseFigurePattern[] = defaultProseFigurePatterns): ProseFigure[] {
  const figures: ProseFigure[] = []
  // The prose lines once, not once per pattern.
  const prose = patterns.length > 0 ? document.lines.filter(isProse) : []
  for (const pattern of patterns) {
    const prefix = requiredPrefix(pattern.pattern)
    for (const line of prose) {
      // Every match starts with the prefix: a line without it is not run through the pattern.
      if (prefix !== '' && !line.text.includes(prefix)) continue
      const match = pattern.pattern.exec(line.text)
      const digits = match?.[1]
      if (!match || digits === undefined) continue
      const value = /^[0-9]+$/u.test(digits) ? Number(digits) : parseChineseNumeral(digits)
      if (value === null) continue
      const start = match.index + match[0].lastIndexOf(digits)
      const position = linePosition(document.source, line, start, start + digits.length)
      figures.push({ pattern, value, raw: document.source.text.slice(position.start.offset, position.end.offset), position })
      break
    }
  }
  return figures
}

const prefixes = new WeakMap<RegExp, string>()

/**
 * The literal text every match of a figure pattern starts with (`予以公开`), read once per pattern;
 * `''` when there is none, or when the pattern is global or sticky (its `lastIndex` then depends on
 * every line it runs on, so none may be skipped).
 */
function requiredPrefix(pattern: RegExp): string {
  let prefix = prefixes.get(pattern)
  if (prefix === undefined) {
    prefix = pattern.global || pattern.sticky ? '' : literalPrefix(pattern)
    prefixes.set(pattern, prefix)
  }
  return prefix
}
