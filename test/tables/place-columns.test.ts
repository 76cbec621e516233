import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ColumnDefinition, RowDefinition, TableDefinition } from '../../src/tables/table-definition.js'
import { placeColumns } from '../../src/tables/mapping/place-columns.js'
import { settings } from '../properties/fc-settings.js'

const column = (key: string): ColumnDefinition => ({ key, labels: [key], kind: 'count' })

function table(columns: readonly ColumnDefinition[], rowColumns: readonly (readonly ColumnDefinition[] | undefined)[]): TableDefinition {
  const rows: RowDefinition[] = rowColumns.map((own, i) => ({ key: `row${i}`, labels: [`行${i}`], ...(own ? { columns: own } : {}) }))
  return { id: 't', path: 't', layout: 'rows', rows, columns, cues: [], groupLabels: [], rowSums: [], columnSums: [] }
}

/**
 * The rule as first written: the first column order holding every named key (else the table's),
 * offsets counted in a map, the most shared one by a stable sort (ties: the first met), applied
 * to the columns no header row named when two or more named columns share it.
 */
function placeByRule(named: ReadonlyMap<string, number>, definition: TableDefinition, previous: ReadonlyMap<string, number>, namedBefore: ReadonlySet<string>): Map<string, number> {
  const keys = [...named.keys()]
  const orders = [definition.columns, ...definition.rows.map((row) => row.columns ?? [])]
  const order = orders.find((columns) => keys.every((key) => columns.some((c) => c.key === key))) ?? definition.columns
  const offsets = new Map<number, number>()
  for (const [key, index] of named) {
    const position = order.findIndex((c) => c.key === key)
    if (position >= 0) offsets.set(index - position, (offsets.get(index - position) ?? 0) + 1)
  }
  const best = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0]
  const placed = new Map(previous)
  for (const [key, index] of named) placed.set(key, index)
  if (best && best[1] >= 2) {
    order.forEach((c, position) => {
      if (!named.has(c.key) && !namedBefore.has(c.key)) placed.set(c.key, best[0] + position)
    })
  }
  return placed
}

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g')
const columns = fc.array(key.map(column), { maxLength: 7 })
const entries = (maxLength: number, minLength = 0) => fc.array(fc.tuple(key, fc.integer({ min: 0, max: 12 })), { minLength, maxLength })
/** Header cells at a few offsets from the template positions `a`…`g`: shared offsets and ties are common. */
const shifted = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 1, 2)), { minLength: 1, maxLength: 7 }).map((cells) => cells.map(([position, offset]) => ['abcdefg'[position] as string, position + offset] as [string, number]))

describe('placeColumns', () => {
  test('should place columns as the rule says: the most shared offset, ties to the first met', () => {
    fc.assert(
      fc.property(fc.oneof(columns, fc.constant('abcdefg'.split('').map(column))), fc.array(fc.option(columns, { nil: undefined }), { maxLength: 3 }), fc.oneof(entries(7, 1), shifted), entries(5), fc.array(key, { maxLength: 4 }), (own, rows, namedList, previousList, before) => {
        const definition = table(own, rows)
        const named = new Map(namedList)
        const previous = new Map(previousList)
        const namedBefore = new Set(before)
        const header = new Map(previous)
        placeColumns(named, definition, header, namedBefore)
        expect(new Map([...header].sort())).toEqual(new Map([...placeByRule(named, definition, previous, namedBefore)].sort()))
      }),
      settings,
    )
  })

  test('should shift unnamed columns by the named ones’ offset, keeping earlier header rows’ columns', () => {
    const definition = table(['自然人', '商业企业', '科研机构', '总计'].map(column), [])
    // 商业企业 and 科研机构 one slot right of their template place: 自然人 and 总计 follow them.
    const header = new Map([['总计', 9]])
    placeColumns(
      new Map([
        ['商业企业', 2],
        ['科研机构', 3],
      ]),
      definition,
      header,
      new Set(['总计']),
    )
    expect(header).toEqual(
      new Map([
        ['总计', 9],
        ['商业企业', 2],
        ['科研机构', 3],
        ['自然人', 1],
      ]),
    )
  })
})
