// evaluateRelation sums the cells of a relation `compareSums` made as it reads them, tests those of
// one `everyCell` or `everyTuple` made as it reads them, without the map of values other relations
// get: it must give the check the relation's own `evaluate` gives.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { evaluateReadCells, evaluateRelation } from '../../src/checks/evaluate-relation.js'
import type { CellValue } from '../../src/model/cell.js'
import type { Relation } from '../../src/model/check.js'
import { compareSums, everyCell, everyTuple, isCount } from '../../src/templates/relation-builders.js'
import { settings } from '../properties/fc-settings.js'

const paths = ['a.total', 'a.one', 'a.two', 'b.one', 'b.two', 'c']
const cell = fc.record({
  value: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(-0)),
  confidence: fc.constantFrom('high' as const, 'low' as const),
})

describe('evaluateRelation on a relation compareSums made', () => {
  test('gives the check the relation evaluate gives (the same sums, status, unsure and suspects)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('=' as const, '≥' as const, '≤' as const),
        fc.constantFrom(undefined, 'all' as const, 'some' as const),
        fc.dictionary(fc.constantFrom(...paths), cell),
        (left, right, operator, presence, cells) => {
          const relation = compareSums({ id: 'X', description: 'x', severity: 'error', source: 'test', generations: ['2019'], ...(presence ? { presence } : {}) }, left, operator, right)
          // A copy is not the builder's object: it is evaluated through its `evaluate` and a map of values.
          const copy: Relation = { ...relation }
          const index = new Map(Object.entries(cells).map(([path, { value, confidence }]): [string, CellValue] => [path, { value, raw: String(value ?? ''), position: null, via: ['test'], confidence }]))
          expect(evaluateRelation(relation, index)).toEqual(evaluateRelation(copy, index))
        },
      ),
      settings,
    )
  })

  const head = { id: 'X', description: 'x', severity: 'error' as const, source: 'test', generations: ['2019' as const] }
  const toIndex = (cells: Record<string, { value: number | null; confidence: 'high' | 'low' }>) =>
    new Map(Object.entries(cells).map(([path, { value, confidence }]): [string, CellValue] => [path, { value, raw: String(value ?? ''), position: null, via: ['test'], confidence }]))

  test('everyCell: gives the check the relation evaluate gives (the same suspects, in order)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...paths), { minLength: 1, maxLength: 6 }), fc.dictionary(fc.constantFrom(...paths), cell), (read, cells) => {
        const relation = everyCell(head, read, (value) => isCount(value))
        const copy: Relation = { ...relation }
        const index = toIndex(cells)
        expect(evaluateRelation(relation, index)).toEqual(evaluateRelation(copy, index))
      }),
      settings,
    )
  })

  test('everyTuple: gives the check the relation evaluate gives (paths may repeat across tuples)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...paths), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.dictionary(fc.constantFrom(...paths), cell),
        (tuples, cells) => {
          const relation = everyTuple(head, tuples, ([first = 0, second = 0]) => first >= second)
          const copy: Relation = { ...relation }
          const index = toIndex(cells)
          expect(evaluateRelation(relation, index)).toEqual(evaluateRelation(copy, index))
        },
      ),
      settings,
    )
  })
})

describe('evaluateReadCells with slots', () => {
  test('reads the cells in place (found[slots[i]]) to the check a lookup per read gives', () => {
    const head = { id: 'X', description: 'x', severity: 'error' as const, source: 'test', generations: ['2019' as const] }
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.dictionary(fc.constantFrom(...paths), cell),
        fc.integer({ min: 0, max: 7 }),
        (left, right, copied, cells, shift) => {
          const built = compareSums(head, left, '≥', right)
          const relation: Relation = copied ? { ...built } : built
          const index = new Map(Object.entries(cells).map(([path, { value, confidence }]): [string, CellValue] => [path, { value, raw: String(value ?? ''), position: null, via: ['test'], confidence }]))
          // Each distinct path gets a slot of its own, `shift` places in, as a read plan numbers them.
          const distinct = [...new Set(relation.reads)]
          const found = new Array<CellValue | undefined>(shift + distinct.length).fill(undefined)
          distinct.forEach((path, i) => (found[shift + i] = index.get(path)))
          const slots = Int32Array.from(relation.reads, (path) => shift + distinct.indexOf(path))
          const check = evaluateReadCells(relation, found, (path) => index.get(path), slots)
          expect(check).toEqual(evaluateRelation(relation, index))
          // The check reads the paths the report has, in order, or all of them when it has none.
          const present = relation.reads.filter((path) => index.has(path))
          expect(check.reads).toEqual(present.length > 0 ? present : [...relation.reads])
          expect(check.reads).not.toBe(relation.reads)
        },
      ),
      settings,
    )
  })
})
