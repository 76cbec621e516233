import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ValueKind } from '../../src/tables/table-definition.js'
import { candidateLimit, splitDigits, sumsForColumns } from '../../src/tables/recoverers/split-digits.js'
import { reviewLitigationTable2019 } from '../../src/templates/g3-2019/tables.js'
import { requestsTable2021 } from '../../src/templates/g4-2021/tables.js'
import { settings } from '../properties/fc-settings.js'

type Sum = { total: number; parts: number[] }

/**
 * Every way to cut the runs into `count` numbers by the rules `splitDigits` documents, in its order
 * (run by run, shorter numbers first), with no pruning: each cut is checked against the sums once
 * it is whole. The specification the search is held to.
 */
function everySplit(chunks: readonly string[], count: number, sums: readonly Sum[], kinds: readonly ValueKind[]): string[][] {
  const pieces = chunks.flatMap((chunk) => chunk.split(/(?=[-+])/u)).filter((chunk) => chunk !== '' && chunk !== '-' && chunk !== '+')
  const cuts: string[][] = []
  const cut = (pieceIndex: number, offset: number, numbers: string[]): void => {
    const piece = pieces[pieceIndex]
    if (piece === undefined) {
      cuts.push(numbers)
      return
    }
    if (offset === piece.length) return cut(pieceIndex + 1, 0, numbers)
    const sign = offset === 0 && /^[-+]/u.test(piece) ? 1 : 0
    if (sign > 0 && (kinds[numbers.length] ?? 'count') !== 'signed') return
    const longest = 9 + (piece.includes('.') ? 7 : 0)
    for (let end = offset + sign + 1; end <= Math.min(piece.length, offset + sign + longest); end++) {
      const digits = piece.slice(offset + sign, end)
      if (/^0[^.]/u.test(digits)) break
      if (/\..*\./u.test(digits)) break
      if (/^\.|\.$/u.test(digits) || ((kinds[numbers.length] ?? 'count') !== 'money' && digits.includes('.')) || piece[end] === '.') continue
      cut(pieceIndex, end, [...numbers, piece.slice(offset, end)])
    }
  }
  cut(0, 0, [])
  const holds = (numbers: readonly string[]) =>
    sums.every((sum) => {
      const indices = [sum.total, ...sum.parts]
      if (indices.some((index) => index >= numbers.length)) return false
      const parts = sum.parts.reduce((total, index) => total + Number(numbers[index]), 0)
      return Math.abs(Number(numbers[sum.total]) - parts) <= 1e-9
    })
  return cuts.filter((numbers) => numbers.length === count && holds(numbers))
}

/** What `splitDigits` returns for the cuts `everySplit` finds. */
function expectedSplit(cuts: readonly string[][]) {
  if (cuts.length === 0) return { kind: 'none' }
  if (cuts.length === 1) return { kind: 'unique', values: (cuts[0] as string[]).map(Number), texts: cuts[0] }
  if (cuts.length <= candidateLimit) return { kind: 'ambiguous', count: cuts.length, candidates: cuts.map((numbers) => numbers.map(Number)) }
  return { kind: 'ambiguous', count: Number.POSITIVE_INFINITY, candidates: [] }
}

describe('splitDigits', () => {
  test('splits a flattened table 3 row by its row sum (total = the parts)', () => {
    const columns = requestsTable2021.columns
    const split = splitDigits(['1', '2', '0', '0', '0', '0', '3'], columns.length, sumsForColumns(columns, requestsTable2021.rowSums))
    expect(split).toEqual({ kind: 'unique', values: [1, 2, 0, 0, 0, 0, 3], texts: ['1', '2', '0', '0', '0', '0', '3'] })
  })

  test('splits table 4 printed as one run of digits (templates.md §2)', () => {
    const table = reviewLitigationTable2019
    const width = table.rows.length * table.columns.length
    const split = splitDigits(['10203120001200000'], width, sumsForColumns(table.columns, table.rowSums, table.rows.length))
    expect(split.kind).toBe('unique')
    if (split.kind === 'unique') expect(split.values).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0])
  })

  test('a sign starts a number only in a signed column; a point stays inside one money number', () => {
    expect(splitDigits(['5-14'], 3, [], ['count', 'signed', 'count'])).toEqual({ kind: 'unique', values: [5, -1, 4], texts: ['5', '-1', '4'] })
    expect(splitDigits(['5-14'], 3, [], ['count', 'count', 'count'])).toEqual({ kind: 'none' })
    expect(splitDigits(['1224252.31'], 2, [], ['count', 'money'])).toEqual({ kind: 'ambiguous', count: 6, candidates: expect.any(Array) })
    expect(splitDigits(['0.5', '07'], 2, [], ['money', 'count'])).toEqual({ kind: 'none' })
    // Two points make no number (NaN to Number()): `1..5` cuts nowhere.
    expect(splitDigits(['1..5'], 1, [], ['money'])).toEqual({ kind: 'none' })
    expect(splitDigits(['2', '1..5'], 2, [{ total: 0, parts: [1] }], ['count', 'money'])).toEqual({ kind: 'none' })
  })

  test('finds exactly the cuts the rules allow and the sums keep, in order', () => {
    const kind = fc.constantFrom<ValueKind>('count', 'signed', 'money')
    const chunk = fc.array(fc.constantFrom('0', '1', '2', '3', '5', '9', '.', '-', '+'), { minLength: 1, maxLength: 6 }).map((characters) => characters.join(''))
    const input = fc.integer({ min: 1, max: 6 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        chunks: fc.array(chunk, { minLength: 1, maxLength: 3 }),
        sums: fc.array(fc.record({ total: fc.integer({ min: 0, max: count }), parts: fc.array(fc.integer({ min: 0, max: count }), { maxLength: 3 }) }), { maxLength: 2 }),
        kinds: fc.array(kind, { minLength: count, maxLength: count }),
      }),
    )
    fc.assert(
      fc.property(input, ({ count, chunks, sums, kinds }) => {
        expect(splitDigits(chunks, count, sums, kinds)).toEqual(expectedSplit(everySplit(chunks, count, sums, kinds)))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })

  test('a row whose last value sums the others (the search leaves branches that cannot make the sum) finds the same cuts', () => {
    // Rows as table 3 prints them flattened: counts, the total last; the digits of a true row, or
    // random ones; one run or a few.
    const trueRow = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 5 }).map((parts) => [...parts, parts.reduce((a, b) => a + b, 0)])
    const input = fc.oneof(
      trueRow.map((values) => ({ count: values.length, chunks: [values.join('')] })),
      trueRow.chain((values) => fc.integer({ min: 1, max: values.length - 1 }).map((at) => ({ count: values.length, chunks: [values.slice(0, at).join(''), values.slice(at).join('')] }))),
      fc.record({ count: fc.integer({ min: 2, max: 6 }), chunks: fc.array(fc.stringMatching(/^[0-9]{1,7}$/u), { minLength: 1, maxLength: 2 }) }),
    )
    fc.assert(
      fc.property(input, fc.boolean(), ({ count, chunks }, shuffled) => {
        const parts = Array.from({ length: count - 1 }, (_, index) => index)
        const sums = [{ total: count - 1, parts: shuffled ? parts.reverse() : parts }]
        expect(splitDigits(chunks, count, sums)).toEqual(expectedSplit(everySplit(chunks, count, sums, [])))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })

  test('plain digits with sums that fix a value (its total or one of its parts, in groups) find the same cuts', () => {
    // Groups as table 4 prints them flattened (four parts and their total, three times), or any
    // sums over the row, the fixed value the total or a part; the digits of a true row, or random.
    const group = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 3 })
    const grouped = fc.array(group, { minLength: 1, maxLength: 3 }).map((groups) => {
      const values: number[] = []
      const sums: Sum[] = []
      for (const parts of groups) {
        const first = values.length
        values.push(...parts, parts.reduce((a, b) => a + b, 0))
        sums.push({ total: values.length - 1, parts: parts.map((_, index) => first + index) })
      }
      return { values, sums }
    })
    const index = (count: number) => fc.integer({ min: 0, max: count })
    const input = fc.oneof(
      grouped.map(({ values, sums }) => ({ count: values.length, chunks: [values.join('')], sums })),
      grouped.chain(({ values, sums }) => fc.integer({ min: 1, max: values.length }).map((at) => ({ count: values.length, chunks: [values.slice(0, at).join(''), values.slice(at).join('')].filter((chunk) => chunk !== ''), sums }))),
      fc.integer({ min: 1, max: 8 }).chain((count) =>
        fc.record({
          count: fc.constant(count),
          chunks: fc.array(fc.stringMatching(/^[0-9]{1,6}$/u), { minLength: 1, maxLength: 3 }),
          sums: fc.array(fc.record({ total: index(count), parts: fc.array(index(count), { maxLength: 4 }) }), { maxLength: 3 }),
        }),
      ),
    )
    fc.assert(
      fc.property(input, ({ count, chunks, sums }) => {
        expect(splitDigits(chunks, count, sums)).toEqual(expectedSplit(everySplit(chunks, count, sums, [])))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
    // A value that stands twice in a sum (2 = 1 + 1) or as its total and a part is not fixed by it.
    for (const [chunks, count, sums] of [
      [['21'], 2, [{ total: 0, parts: [1, 1] }]],
      [['4', '22'], 3, [{ total: 0, parts: [1, 2, 2] }]],
      [['01'], 2, [{ total: 1, parts: [1, 0] }]],
      [['363'], 3, [{ total: 0, parts: [1, 1] }, { total: 2, parts: [0, 1] }]],
    ] as [string[], number, Sum[]][]) {
      expect(splitDigits(chunks, count, sums), `${chunks} ${JSON.stringify(sums)}`).toEqual(expectedSplit(everySplit(chunks, count, sums, [])))
    }
  })

  test('branches with fewer digits left than values are left, and the search limit decides as before', () => {
    const groups = sumsForColumns(reviewLitigationTable2019.columns, reviewLitigationTable2019.rowSums, reviewLitigationTable2019.rows.length)
    // Fifteen values in seventeen digits (most cuts run out of digits before the fifteenth value);
    // the sums hold only for 25+3+8+0 = 36, 3+3+0+0 = 6, 3+0+0+0 = 3.
    expect(splitDigits(['25380363300630003'], 15, groups)).toEqual({ kind: 'unique', values: [25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3], texts: ['25', '3', '8', '0', '36', '3', '3', '0', '0', '6', '3', '0', '0', '0', '3'] })
    // Longer runs, where the nodes the branches left would have taken might pass the limit: the
    // search is run again in full (12+3+0+5 = 20, 45+12+3+8 = 68, 120+35+12+40 = 207).
    expect(splitDigits(['123052045123868120351240207'], 15, groups)).toEqual({ kind: 'unique', values: [12, 3, 0, 5, 20, 45, 12, 3, 8, 68, 120, 35, 12, 40, 207], texts: ['12', '3', '0', '5', '20', '45', '12', '3', '8', '68', '120', '35', '12', '40', '207'] })
    expect(splitDigits(['1'.repeat(30)], 15, groups)).toEqual({ kind: 'none' })
    // Eighteen ones cut into seventeen values in seventeen ways (one 11), but the full search
    // passes its limit before it has tried them all, so it cannot tell how many there are.
    expect(splitDigits(['1'.repeat(18)], 17, [])).toEqual({ kind: 'ambiguous', count: Number.POSITIVE_INFINITY, candidates: [] })
    expect(everySplit(['1'.repeat(18)], 17, [], [])).toHaveLength(17)
    // Parts of nine digits before the total (123456789 + 6 = 123456795; 12345678 + 9 + 1 = 12345688).
    for (const [chunks, count] of [[['1234567896123456795'], 3], [['12345678', '9112345688'], 4]] as [string[], number][]) {
      const sums = [{ total: count - 1, parts: Array.from({ length: count - 1 }, (_, index) => index) }]
      expect(splitDigits(chunks, count, sums), `${chunks}`).toEqual(expectedSplit(everySplit(chunks, count, sums, [])))
      expect(splitDigits(chunks, count, sums).kind).toBe('unique')
    }
    // Thirty-two nines into nine values, the last the sum of the others: no cut makes the sum, but
    // the full search passes its limit before it has tried them all.
    expect(splitDigits(['9'.repeat(32)], 9, [{ total: 8, parts: [0, 1, 2, 3, 4, 5, 6, 7] }])).toEqual({ kind: 'ambiguous', count: Number.POSITIVE_INFINITY, candidates: [] })
    // In fewer nodes than the limit, a search that finds more than candidateLimit cuts stops too.
    expect(splitDigits(['1'.repeat(22)], 20, [])).toEqual({ kind: 'ambiguous', count: Number.POSITIVE_INFINITY, candidates: [] })
  })

  test('runs with a point cut into numbers of up to sixteen characters as the rules allow', () => {
    // Sixteen-digit numbers can only be cut from a run that holds a point (a number is at most nine
    // digits, sixteen characters with a point).
    const kinds: ValueKind[] = ['money', 'money', 'money']
    for (const chunks of [['1.59999999999999999'], ['9999999999999999.5', '12'], ['0.12345678901234567'], ['1000000000000000.1', '1000000000000001']]) {
      for (const sums of [[], [{ total: 2, parts: [0, 1] }], [{ total: 1, parts: [0] }]]) {
        expect(splitDigits(chunks, 3, sums, kinds), `${chunks} ${JSON.stringify(sums)}`).toEqual(expectedSplit(everySplit(chunks, 3, sums, kinds)))
      }
    }
  })

  test('a flattened table 3 row of large numbers splits at once, in one way', () => {
    const columns = requestsTable2021.columns
    const split = splitDigits(['5802649367073144913292'], columns.length, sumsForColumns(columns, requestsTable2021.rowSums))
    expect(split).toEqual({ kind: 'unique', values: [580, 264, 936, 707, 314, 491, 3292], texts: ['580', '264', '936', '707', '314', '491', '3292'] })
  })
})
