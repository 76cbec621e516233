import type { RowSum, ValueKind } from '../table-definition.js'

/** Result of splitting a run of digits into a row's values. */
export type DigitSplit =
  | { kind: 'unique'; values: number[]; texts: string[] }
  | { kind: 'ambiguous'; count: number; candidates: number[][] }
  | { kind: 'none' }

/** Most splits examined before giving up as ambiguous (keeps long runs linear in practice). */
const searchLimit = 200_000
/** Most candidate splits kept for a later choice by the table's column sums. */
export const candidateLimit = 64
/** Longest number one cell may hold when split out of a run. */
const maxDigits = 9

/**
 * Splits run-together digits into `count` numbers so that the row sums hold (templates.md §2:
 * `行政规范性文件693665` = 69 | 3 | 665; table 4 `10203120001200000` = 1,0,2,0,3 | 12,0,0,0,12 |
 * 0,0,0,0,0). `chunks` are the digit runs as printed; a space between runs is a hard cell border.
 * Numbers have no leading zeros. `sums` use value indices (`total` = index of the total, `parts`
 * its addends). A decimal point stays inside one number (`24252.311082`); a sign may start a
 * number only in a `signed` column, a decimal point only in a `money` one (`kinds[index]`, default
 * `count`).
 */
export function splitDigits(
  chunks: readonly string[],
  count: number,
  sums: readonly { total: number; parts: readonly number[] }[],
  kinds: readonly ValueKind[] = [],
): DigitSplit {
  // A sign inside a run starts a number (`5-14` = 5 | -1 | 4 in a 本年增/减 column): a hard border.
  const pieces = chunks.flatMap((chunk) => chunk.split(/(?=[-+])/u)).filter((chunk) => chunk !== '' && chunk !== '-' && chunk !== '+')
  const solutions: string[][] = []
  let examined = 0
  let exhausted = false
  const current: string[] = []

  const satisfied = (values: readonly string[], complete: boolean) => {
    for (const sum of sums) {
      const indices = [sum.total, ...sum.parts]
      if (indices.some((index) => index >= values.length)) {
        if (complete) return false
        continue
      }
      const total = Number(values[sum.total])
      const parts = sum.parts.reduce((accumulated, index) => accumulated + Number(values[index]), 0)
      if (Math.abs(total - parts) > 1e-9) return false
    }
    return true
  }

  // Depth-first over the ways to cut each chunk, checking each sum as soon as its values exist.
  const search = (chunkIndex: number, offset: number) => {
    if (exhausted || solutions.length > candidateLimit) return
    if (++examined > searchLimit) {
      exhausted = true
      return
    }
    const chunk = pieces[chunkIndex]
    if (chunk === undefined) {
      if (current.length === count && satisfied(current, true)) solutions.push([...current])
      return
    }
    if (offset === chunk.length) {
      search(chunkIndex + 1, 0)
      return
    }
    const remainingChunks = pieces.length - chunkIndex - 1
    if (current.length + 1 + remainingChunks > count) return
    const sign = offset === 0 && (chunk[0] === '-' || chunk[0] === '+') ? 1 : 0
    const kind = kinds[current.length] ?? 'count'
    if (sign > 0 && kind !== 'signed') return
    for (let end = offset + sign + 1; end <= Math.min(chunk.length, offset + sign + maxDigits + (chunk.includes('.') ? 7 : 0)); end++) {
      const text = chunk.slice(offset, end)
      const digits = text.slice(sign)
      if (digits.length > 1 && digits.startsWith('0') && !digits.startsWith('0.')) break
      if (digits.endsWith('.') || digits.startsWith('.') || (kind !== 'money' && digits.includes('.'))) continue
      if (chunk[end] === '.') continue
      current.push(text)
      if (satisfied(current, false)) search(chunkIndex, end)
      current.pop()
    }
  }

  search(0, 0)
  if (exhausted || solutions.length > 1) {
    const complete = !exhausted && solutions.length <= candidateLimit
    return { kind: 'ambiguous', count: complete ? solutions.length : Number.POSITIVE_INFINITY, candidates: complete ? solutions.map((solution) => solution.map(Number)) : [] }
  }
  const [solution] = solutions
  if (!solution) return { kind: 'none' }
  return { kind: 'unique', values: solution.map(Number), texts: solution }
}

/** Value-index sums of a row from the table's column-key sums. */
export function sumsForColumns(columns: readonly { key: string }[], rowSums: readonly RowSum[], groups = 1): { total: number; parts: number[] }[] {
  const sums: { total: number; parts: number[] }[] = []
  const width = columns.length
  for (let group = 0; group < groups; group++) {
    for (const sum of rowSums) {
      const total = columns.findIndex((column) => column.key === sum.total)
      const parts = sum.parts.map((part) => columns.findIndex((column) => column.key === part))
      if (total < 0 || parts.some((part) => part < 0)) continue
      sums.push({ total: total + group * width, parts: parts.map((part) => part + group * width) })
    }
  }
  return sums
}
