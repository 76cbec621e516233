import { isAsciiDigits } from '../labels/label-index.js'
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
 * number only in a `signed` column, a decimal point (one) only in a `money` one (`kinds[index]`,
 * default `count`).
 */
export function splitDigits(
  chunks: readonly string[],
  count: number,
  sums: readonly { total: number; parts: readonly number[] }[],
  kinds: readonly ValueKind[] = [],
): DigitSplit {
  const pieces = piecesOf(chunks)
  const longest = pieces.map((piece) => maxDigits + (piece.includes('.') ? 7 : 0))
  // Each sum is tested once, when its last value is cut: the values before it are fixed from then
  // on, and every sum complete before held already (the search goes deeper only where they do).
  // A sum with a value past `count` never holds, so no cut is complete.
  const completedAt: { total: number; parts: readonly number[] }[][] = []
  let completable = true
  for (const sum of sums) {
    const last = Math.max(sum.total, ...sum.parts)
    if (last >= count) completable = false
    if (last >= 0) (completedAt[last] ??= []).push(sum)
  }
  // A run of digits only (no sign, no point) cuts into whole numbers, whose sums are exact.
  // (Pieces are never empty.)
  const plain = pieces.every(isAsciiDigits)
  const fixedAt = plain ? fixingSums(completedAt) : []
  const solutions: string[][] = []
  /** Each solution's numbers: what `Number()` reads from its texts (the same characters, read exactly). */
  const solutionValues: number[][] = []
  let examined = 0
  let exhausted = false
  // The cut so far, `depth` values deep: value k is `pieces[cutPieces[k]].slice(cutStarts[k],
  // cutEnds[k])`, read as `numbers[k]` (texts are made only for the solutions).
  let depth = 0
  const cutPieces = new Int32Array(count)
  const cutStarts = new Int32Array(count)
  const cutEnds = new Int32Array(count)
  const numbers = new Float64Array(count)
  // How many digits the pieces after each piece hold, for the bound and the count of values left.
  const digitsAfter = plain ? digitsAfterEach(pieces) : []
  const bound = totalOfPartsBound(pieces, count, sums, kinds, plain, digitsAfter)
  /** The values cut so far added up, while `bound` reads it (all of them are parts then). */
  let partSum = 0
  // In plain digits the search also leaves branches that hold no solution by two more tests (below).
  // Whether the search passes `searchLimit` must not change, so `skipped` adds up at most how many
  // nodes the branches left would have taken; should the search with them have passed the limit,
  // it is run again without leaving any.
  let leaving = plain
  let skipped = 0
  let below: Float64Array[] | undefined
  /** Leaves a branch that would have taken at most `nodes` nodes more. */
  const leave = (nodes: number) => {
    skipped += nodes
    // (Past the limit: the search stops here, to be run again.)
    if (examined + skipped > searchLimit) exhausted = true
  }

  /** Whether the sums completed by the value just cut (index `last`) hold. */
  const holds = (last: number): boolean => {
    const completed = completedAt[last]
    if (completed === undefined) return true
    for (const sum of completed) {
      const total = numbers[sum.total] as number
      let parts = 0
      for (const index of sum.parts) parts += numbers[index] as number
      // (A value index below 0 reads as NaN, which no difference exceeds.)
      if (Math.abs(total - parts) > 1e-9) return false
    }
    return true
  }

  // Depth-first over the ways to cut each piece, checking each sum as soon as its values exist.
  const search = (pieceIndex: number, offset: number) => {
    if (exhausted || solutions.length > candidateLimit) return
    if (++examined > searchLimit) {
      exhausted = true
      return
    }
    const piece = pieces[pieceIndex]
    if (piece === undefined) {
      if (depth === count && completable) {
        const texts: string[] = []
        for (let k = 0; k < count; k++) texts.push((pieces[cutPieces[k] as number] as string).slice(cutStarts[k], cutEnds[k]))
        solutions.push(texts)
        const values: number[] = []
        for (let k = 0; k < count; k++) values.push(numbers[k] as number)
        solutionValues.push(values)
      }
      return
    }
    if (offset === piece.length) {
      search(pieceIndex + 1, 0)
      return
    }
    const remainingPieces = pieces.length - pieceIndex - 1
    if (depth + 1 + remainingPieces > count) return
    const sign = offset === 0 && (piece.charCodeAt(0) === 0x2d || piece.charCodeAt(0) === 0x2b) ? 1 : 0
    const kind = kinds[depth] ?? 'count'
    if (sign > 0 && kind !== 'signed') return
    if (bound !== null) {
      if (!bound.viable(pieceIndex, offset, depth, partSum)) return
      // One or two parts left before the total, in the last piece: the cuts that can make the sum
      // are few enough to try. A node cuts at most nine ways, and the node about to cut the total
      // at most one (the one value its sum requires), whose node ends the run or not: from that
      // node at most 3 nodes are examined (itself included), 1 + 9 × 3 = 28 from one with a part
      // left, 1 + 9 × 28 = 253 from one with two; all but the node itself are left.
      const left = count - 1 - depth
      if (leaving && (left === 1 || left === 2) && pieceIndex === pieces.length - 1 && !bound.fits(offset, left, partSum)) {
        leave(left === 1 ? 27 : 252)
        return
      }
    }
    // Each value takes a digit at least: with fewer digits left than values to cut, no cut below is
    // complete (a table 4 row of fifteen values in seventeen digits).
    if (leaving && piece.length - offset + (digitsAfter[pieceIndex] as number) < count - depth) {
      below ??= nodesBelow(pieces)
      leave(((below[pieceIndex] as Float64Array)[offset] as number) - 1)
      return
    }
    const from = offset + sign
    // The number's digits are `piece[from, end)`: no leading zero (but `0.`), no point at either
    // end, one point at most and only in a money column, and no point right after it (a point
    // stays inside one number).
    const leadingZero = piece.charCodeAt(from) === 0x30 && piece.charCodeAt(from + 1) !== 0x2e
    const startsWithPoint = piece.charCodeAt(from) === 0x2e
    let points = 0
    // The digits' value while they hold no point: what Number() reads while it is exact (up to 15
    // digits; a longer number, possible in a run with a point, is read by Number()).
    let digits = 0
    const negative = sign > 0 && piece.charCodeAt(0) === 0x2d
    const limit = Math.min(piece.length, from + (longest[pieceIndex] as number))
    // The value a sum this one completes requires, or -1: in plain digits each longer cut is a
    // larger number, so the cuts stop once past it and only it is tested (no other one holds).
    const fixing = fixedAt[depth]
    const required = fixing === undefined ? -1 : fixing.total < 0 ? sumOf(numbers, fixing.parts) : (numbers[fixing.total] as number) - sumOf(numbers, fixing.parts)
    // (The sum that fixes the value is the only one it completes: it holds once the value is cut.)
    const held = fixing !== undefined && (completedAt[depth] as unknown[]).length === 1
    for (let end = from + 1; end <= limit; end++) {
      if (end - from > 1 && leadingZero) break
      const lastCode = piece.charCodeAt(end - 1)
      // (`1..2` is no number: Number() would read it as NaN.)
      if (lastCode === 0x2e && ++points > 1) break
      if (points === 0) digits = digits * 10 + (lastCode - 0x30)
      if (fixing !== undefined) {
        if (digits > required) break
        if (digits !== required) continue
      }
      if (lastCode === 0x2e || startsWithPoint || (points > 0 && kind !== 'money')) continue
      if (piece.charCodeAt(end) === 0x2e) continue
      const value = points > 0 || end - from > 15 ? Number(piece.slice(offset, end)) : negative ? -digits : digits
      cutPieces[depth] = pieceIndex
      cutStarts[depth] = offset
      cutEnds[depth] = end
      numbers[depth] = value
      depth++
      if (bound !== null) partSum += value
      if (held || holds(depth - 1)) search(pieceIndex, end)
      if (bound !== null) partSum -= value
      depth--
    }
  }

  search(0, 0)
  if (examined <= searchLimit && examined + skipped > searchLimit) {
    leaving = false
    examined = 0
    exhausted = false
    solutions.length = 0
    solutionValues.length = 0
    search(0, 0)
  }
  if (exhausted || solutions.length > 1) {
    const complete = !exhausted && solutions.length <= candidateLimit
    return { kind: 'ambiguous', count: complete ? solutions.length : Number.POSITIVE_INFINITY, candidates: complete ? solutionValues : [] }
  }
  const [solution] = solutions
  if (!solution) return { kind: 'none' }
  return { kind: 'unique', values: solutionValues[0] as number[], texts: solution }
}

/**
 * The runs cut before each sign: a sign inside a run starts a number (`5-14` = 5 | -1 | 4 in a
 * 本年增/减 column), a hard border. Empty pieces and lone signs are dropped. (What
 * `chunk.split(/(?=[-+])/u)` cuts, by char codes.)
 */
function piecesOf(chunks: readonly string[]): string[] {
  const pieces: string[] = []
  for (const chunk of chunks) {
    let start = 0
    for (let i = 1; i <= chunk.length; i++) {
      const code = chunk.charCodeAt(i)
      if (i < chunk.length && code !== 0x2d && code !== 0x2b) continue
      const piece = start === 0 && i === chunk.length ? chunk : chunk.slice(start, i)
      if (piece !== '' && piece !== '-' && piece !== '+') pieces.push(piece)
      start = i
    }
  }
  return pieces
}

/** The values at `indices` added up, in order. */
function sumOf(numbers: Float64Array, indices: readonly number[]): number {
  let sum = 0
  for (let k = 0; k < indices.length; k++) sum += numbers[indices[k] as number] as number
  return sum
}

/**
 * For each value index, the first sum completed there that fixes the value (or none): one in which
 * the index stands once, as the total (`total` -1, the value is the sum of `parts`) or as a part
 * (the value is `total` less the other `parts`), every index at 0 or above (a value index below 0
 * reads as NaN, which the sum test lets pass). Only for whole numbers, whose sums are exact: the
 * value fixed this way is the one value for which that sum holds.
 */
function fixingSums(completedAt: readonly ({ total: number; parts: readonly number[] }[] | undefined)[]): ({ total: number; parts: number[] } | undefined)[] {
  const fixed: ({ total: number; parts: number[] } | undefined)[] = []
  for (let index = 0; index < completedAt.length; index++) {
    const completed = completedAt[index]
    if (completed === undefined) continue
    for (const sum of completed) {
      let uses = sum.total === index ? 1 : 0
      let negative = sum.total < 0
      const others: number[] = []
      for (const part of sum.parts) {
        if (part === index) uses++
        else others.push(part)
        if (part < 0) negative = true
      }
      if (negative || uses !== 1) continue
      fixed[index] = sum.total === index ? { total: -1, parts: others } : { total: sum.total, parts: others }
      break
    }
  }
  return fixed
}

/** How many digits the pieces after each piece hold. */
function digitsAfterEach(pieces: readonly string[]): number[] {
  const after: number[] = []
  for (let index = pieces.length - 1, digits = 0; index >= 0; index--) {
    after[index] = digits
    digits += (pieces[index] as string).length
  }
  return after
}

/**
 * For plain digits, by piece and offset: at most how many nodes the search examines from there (the
 * node itself included), counting every cut the digits allow (up to nine digits, no leading zero)
 * and leaving out none for the sums, the bounds or the count of values (an upper bound).
 */
function nodesBelow(pieces: readonly string[]): Float64Array[] {
  const below: Float64Array[] = []
  // The node past the last piece examines no more.
  let next = 1
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index] as string
    const nodes = new Float64Array(piece.length + 1)
    nodes[piece.length] = 1 + next
    for (let offset = piece.length - 1; offset >= 0; offset--) {
      const limit = piece.charCodeAt(offset) === 0x30 ? offset + 1 : Math.min(piece.length, offset + maxDigits)
      let total = 1
      for (let end = offset + 1; end <= limit; end++) total += nodes[end] as number
      nodes[offset] = total
    }
    below[index] = nodes
    next = nodes[0] as number
  }
  return below
}

/** `powersOfTen[k]` = 10^k, for k up to the widest number and one more. */
const powersOfTen = Array.from({ length: maxDigits + 2 }, (_, power) => 10 ** power)

/** How many decimal digits a whole number from 0 to 10^(maxDigits+1) has (`0` has one). */
function digitCount(value: number): number {
  let digits = 1
  while (digits <= maxDigits && value >= (powersOfTen[digits] as number)) digits++
  return digits
}

/**
 * For a row whose last value is the sum of all the others (table 3: 总计 of the six kinds of
 * applicant), in count columns, of digits only: a test of whether the values left to cut can still
 * make the sum hold, or null for any other row. The last value ends the last piece, so it is one
 * of at most nine numbers, and only those whose remainder by 9 is that of the other digits' sum
 * can be the parts' sum (a number and the sum of its digits leave the same remainder); a branch is viable when, for one of them, the parts left can add up to
 * what it lacks: they are cut from the digits left before it, none wider than those digits allow
 * (an upper bound) and none wider than the sum they must make (no leading zeros: a wider part is
 * larger; a lower bound). A branch no candidate passes holds no solution, so the search leaves it:
 * the same solutions, in the same order, from far fewer nodes when a long run of large numbers
 * has many ways to cut (a flattened row of a province's table 3 holds twenty digits and more).
 * `fits` tests one or two parts left before the total, in the last piece, exactly. `after` holds
 * how many digits the pieces after each piece hold (`digitsAfterEach`, made once by the caller).
 */
function totalOfPartsBound(
  pieces: readonly string[],
  count: number,
  sums: readonly { total: number; parts: readonly number[] }[],
  kinds: readonly ValueKind[],
  plain: boolean,
  after: readonly number[],
): TotalOfParts | null {
  const sum = sums[0]
  if (sums.length !== 1 || !sum || count < 2 || sum.total !== count - 1 || sum.parts.length !== count - 1) return null
  // The parts are the values before the total, each once.
  const seen = new Uint8Array(count)
  for (const part of sum.parts) {
    if (!Number.isInteger(part) || part < 0 || part >= count - 1 || seen[part] === 1) return null
    seen[part] = 1
  }
  for (let index = 0; index < count; index++) if ((kinds[index] ?? 'count') !== 'count') return null
  if (!plain) return null
  const last = pieces[pieces.length - 1] as string
  // A number is its digits' sum modulo 9, so the parts add up, modulo 9, to the sum of their digits
  // however they are cut: the last value must too.
  let digitSum = 0
  for (const piece of pieces) for (let i = 0; i < piece.length; i++) digitSum += piece.charCodeAt(i) - 0x30
  // The numbers the last value can be: the last piece's last 1…9 digits, without a leading zero.
  const totals: { width: number; value: number }[] = []
  let totalDigitSum = 0
  let value = 0
  for (let width = 1; width <= Math.min(maxDigits, last.length); width++) {
    const digit = last.charCodeAt(last.length - width) - 0x30
    totalDigitSum += digit
    value += digit * (powersOfTen[width - 1] as number)
    if (width > 1 && digit === 0) continue
    if ((value - (digitSum - totalDigitSum)) % 9 !== 0) continue
    totals.push({ width, value })
  }
  const viable = (pieceIndex: number, offset: number, cut: number, partSum: number): boolean => {
    // Parts left to cut, the one about to be cut included; none: the last value is next.
    const left = count - 1 - cut
    if (left <= 0) return true
    const remaining = (pieces[pieceIndex] as string).length - offset + (after[pieceIndex] as number)
    for (const { width, value } of totals) {
      const lacking = value - partSum
      const digits = remaining - width
      if (lacking < 0 || digits < left) continue
      if (lacking > left * ((powersOfTen[Math.min(maxDigits, digits - left + 1)] as number) - 1)) continue
      if (digits > left * digitCount(lacking)) continue
      return true
    }
    return false
  }
  const fits = (offset: number, left: number, partSum: number): boolean => {
    for (const { width, value } of totals) {
      const end = last.length - width
      const lacking = value - partSum
      if (left === 1) {
        if (wholeNumber(last, offset, end) === lacking) return true
        continue
      }
      // A longer first part is a larger number, or none.
      for (let middle = offset + 1; middle < end; middle++) {
        const first = wholeNumber(last, offset, middle)
        if (first < 0 || first > lacking) break
        if (wholeNumber(last, middle, end) === lacking - first) return true
      }
    }
    return false
  }
  return { viable, fits }
}

/** The tests of `totalOfPartsBound` for a row whose last value sums the others. */
interface TotalOfParts {
  /** Whether the parts left to cut from `offset` of piece `pieceIndex`, `cut` values cut (adding up to `partSum`), can still make one of the totals. */
  viable(pieceIndex: number, offset: number, cut: number, partSum: number): boolean
  /** Whether `left` (1 or 2) parts cut from `offset` of the last piece up to one of the totals make it, with `partSum`. */
  fits(offset: number, left: number, partSum: number): boolean
}

/** The whole number `text.slice(start, end)` of plain digits as the search may cut it, or -1 (none, a leading zero, over nine digits). */
function wholeNumber(text: string, start: number, end: number): number {
  if (end <= start || end - start > maxDigits || (end - start > 1 && text.charCodeAt(start) === 0x30)) return -1
  let value = 0
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 0x30)
  return value
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
