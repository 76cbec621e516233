import { isBlankText } from '../../util/is-white-space.js'
import { memoizeByText } from '../../util/memoize-by-text.js'
import type { ValueKind } from '../table-definition.js'

/** The number read from a cell's text, or why there is none. */
export type CellReading =
  | { kind: 'number'; value: number; unit: string | null }
  | { kind: 'blank' }
  | { kind: 'unreadable' }

/** Digits on both sides of white space (`2 3`, `1 234`, `１　２`). */
const spacedDigits = /[\d０-９][\s\u00a0\u3000]+[\d０-９]/u
/** A number whose digits are spaced only to group thousands: `1 234`, `12 345 678.5`, `-1 234元`. */
const spaceGrouped = /^[+\-－–—−]?\d{1,3}(?:\s+\d{3})+(?:\.\d+)?\s*(?:万元|元|条|件|个|次|人次|人|篇|期|份|项)?$/u

/** Tokens that mean "not reported" (templates.md §2, data-model.md): never 0. */
export const blankTokens: ReadonlySet<string> = new Set(['', '-', '—', '——', '--', '---', '----', '–', '/', '／', '无', 'N/A', 'n/a', 'NA', '\\', '×', '－'])
/** Units a number may carry (`75394432.52元`, `12件`), longest first where one opens another. */
const units = ['万元', '元', '条', '件', '个', '次', '人次', '人', '篇', '期', '份', '项'] as const
// A sign: `+`, or a minus printed as `-`, `－`, an en or em dash or U+2212 (Word and PDF exports).
const numberPattern = new RegExp(`^([+\\-－–—−]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(${units.join('|')})?$`, 'u')

/**
 * Reads one cell: a count, a signed change (`-18`, `+1036`), or money with decimals and an optional
 * unit (`75394432.52元`, `24252.311082`). Blank tokens are `blank`; anything else is `unreadable`.
 * Full-width digits must already be folded.
 */
export function parseCellValue(text: string, kind: ValueKind = 'count'): CellReading {
  const plain = plainCount(text)
  if (plain >= 0) return { kind: 'number', value: plain, unit: null }
  // A blank cell (empty, or white space only: what the compact form below removes) is the blank
  // token '', without the regex and NFKC.
  if (isBlankText(text)) return { kind: 'blank' }
  // Digits spaced inside one cell are a number grouped by thousands (`1 234`) or two numbers (`2 3`):
  // only the first is read (`2 3` is never 23).
  if (spacedDigits.test(text) && !spaceGrouped.test(text.trim().normalize('NFKC'))) return { kind: 'unreadable' }
  const compact = text.replace(/[\s\u00a0\u3000]+/gu, '').normalize('NFKC')
  if (blankTokens.has(compact)) return { kind: 'blank' }
  const match = numberPattern.exec(compact)
  if (!match) return { kind: 'unreadable' }
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1
  const digits = (match[2] ?? '').replace(/,/gu, '')
  // `01` is no printed number: a flattened run or a code. Reading it as 1 would be a silent guess.
  if (/^0\d/u.test(digits)) return { kind: 'unreadable' }
  if (kind === 'count' && (sign < 0 || digits.includes('.'))) return { kind: 'unreadable' }
  if (kind !== 'signed' && sign < 0) return { kind: 'unreadable' }
  const value = sign * Number(digits)
  // Past 2^53 a double no longer holds every integer: 17 digits would come back changed.
  const integerDigits = digits.split('.')[0] ?? ''
  if (!Number.isFinite(value) || integerDigits.length > 15) return { kind: 'unreadable' }
  return { kind: 'number', value: value === 0 ? 0 : value, unit: match[3] ?? null }
}

/**
 * The common cell, a plain run of ASCII digits (`0`, `1036`; no leading zero, at most 15 digits),
 * read without a regex; -1 for anything else, which takes the full reading. Such a text reads as
 * this number whatever the value kind, with no unit (what `parseCellValue` returns for it).
 */
export function plainCount(text: string): number {
  const length = text.length
  if (length === 0 || length > 15 || (length > 1 && text.charCodeAt(0) === 0x30)) return -1
  let value = 0
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 0x30
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** Whether a cell's text reads as a number of any kind or a blank token (not a label). */
export function isValueText(text: string): boolean {
  // A plain count reads as a number of every kind, a label as none: no need to hash either for the memo.
  return plainCount(text) >= 0 || (!opensLabel(text) && !holdsWord(text) && memoizedValueText(text))
}

/** The CJK ideographs a value text may hold: those of the units and of the blank tokens (`无`). */
const valueIdeographs: ReadonlySet<number> = new Set(
  [...units, ...blankTokens].flatMap((token) => [...token].map((character) => character.charCodeAt(0)).filter(isIdeograph)),
)

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/**
 * Whether a text holds a CJK ideograph that no unit and no blank token has (`1.属于国家秘密`,
 * `(七)总计`): it then reads as no number and no blank token, since white-space removal and NFKC
 * keep every such ideograph (none decomposes or composes). Labels that open with a numbering mark
 * are told from values this way, by one character scan instead of hashing them for the memo.
 */
export function holdsWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isIdeograph(code) && !valueIdeographs.has(code)) return true
  }
  return false
}

/**
 * Whether a text opens with a CJK ideograph other than 无 (the one blank token that opens with
 * one): it then reads as no number and no blank token, since NFKC and white-space removal keep an
 * ideograph first. Most label cells are told from values this way, without hashing their text.
 */
export function opensLabel(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 0x4e00 && code <= 0x9fff && code !== 0x65e0
}

const memoizedValueText = memoizeByText((text) => parseCellValue(text, 'money').kind !== 'unreadable' || parseCellValue(text, 'signed').kind === 'number', 20_000)
