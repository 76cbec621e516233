// The read plan finds its cells by walking a tree of its paths (one step per key, skipping keys no
// planned path goes through) instead of joining every path and looking it up: on any report, even
// one a user built or edited (keys holding dots, `__proto__`, arrays, inherited keys, a cell under a
// cell), each planned path must get the cell the map of every cell by its joined path gives.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { indexCells } from '../../src/checks/cell-index.js'
import { defaultRelations } from '../../src/checks/default-relations.js'
import { ReadPlan } from '../../src/checks/read-plan.js'
import type { CellValue } from '../../src/model/cell.js'
import type { Generation } from '../../src/model/classification.js'
import type { ParsedReport } from '../../src/model/report.js'
import { reportDataArbitrary, reportFromData } from '../../src/testing/index.js'
import { settings } from '../properties/fc-settings.js'

const generations: Generation[] = ['2008', '2014', '2019', '2021']
const cell = (value: number): CellValue => ({ value, raw: String(value), position: null, via: ['edit'], confidence: 'high' })

/** The objects a walk of the report's cells passes (cells included), where an edit may add a key: tables first, breadth first. */
function placesOf(report: ParsedReport): object[] {
  const tables = report as unknown as Record<string, unknown>
  const statistics = tables['statistics'] as { cells: object; cumulative: object; series: { values: object }[] } | undefined
  const queue: unknown[] = statistics
    ? [statistics.cells, statistics.cumulative, ...statistics.series.map((series) => series.values)]
    : [tables['activeDisclosure'], tables['requests'], tables['reviewLitigation']]
  const places: object[] = []
  for (let i = 0; i < queue.length && places.length < 400; i++) {
    const node = queue[i]
    if (typeof node !== 'object' || node === null || places.includes(node)) continue
    places.push(node)
    for (const key in node) queue.push((node as Record<string, unknown>)[key])
  }
  return places
}

/** Keys an edit adds: segments and runs of segments of the planned paths (spelt with dots), and odd ones. */
function keysOf(paths: readonly string[]): string[] {
  const keys = new Set(['', '__proto__', 'a..b', '.', 'constructor', '0', 'total.', '.total'])
  for (const path of paths.slice(0, 60)) {
    const segments = path.split('.')
    for (let i = 0; i < segments.length; i++) for (let j = i + 1; j <= segments.length; j++) keys.add(segments.slice(i, j).join('.'))
  }
  return [...keys]
}

type Kind = 'cell' | 'row' | 'array' | 'inherited' | 'inherited-cell' | 'hidden' | 'number' | 'null' | 'delete' | 'series'
const kinds: Kind[] = ['cell', 'row', 'array', 'inherited', 'inherited-cell', 'hidden', 'number', 'null', 'delete', 'series']

/** Applies one edit: under `place`, sets `key` to a value of the kind (built from the report's own keys). */
function edit(report: ParsedReport, place: object, key: string, kind: Kind, n: number, otherKey: string): void {
  const target = place as Record<string, unknown>
  const inner = { [otherKey]: cell(n + 1), [key]: cell(n + 2) }
  switch (kind) {
    case 'cell':
      target[key] = cell(n)
      break
    case 'row':
      target[key] = inner
      break
    case 'array':
      target[key] = [cell(n), inner, null]
      break
    case 'inherited': {
      // Enumerable inherited keys: for…in lists them after the own ones.
      const child = Object.create(inner) as Record<string, unknown>
      child[otherKey === key ? `${key}.x` : key] = cell(n + 3)
      target[key] = child
      break
    }
    case 'inherited-cell':
      // A cell by inheritance: `value`, `via`, `raw` found on the prototype.
      target[key] = Object.assign(Object.create(cell(n)) as object, { [otherKey]: cell(n + 4) })
      break
    case 'hidden':
      Object.defineProperty(target, key, { value: cell(n), enumerable: false, configurable: true, writable: true })
      break
    case 'number':
      target[key] = n
      break
    case 'null':
      target[key] = null
      break
    case 'delete':
      delete target[key]
      break
    case 'series': {
      const statistics = (report as { statistics?: { series: { key: string | null; label: string; values: Record<string, unknown> }[] } }).statistics
      if (statistics) statistics.series.push({ key, label: key, values: { [otherKey]: cell(n), '2019': cell(n + 5) } })
      else target[key] = cell(n)
      break
    }
  }
}

describe('ReadPlan (properties)', () => {
  for (const generation of generations) {
    test(`gives every planned path the cell the map of all cells gives, on edited ${generation} reports`, () => {
      const relations = defaultRelations.filter((relation) => relation.generations.includes(generation))
      const planned = [...new Set(relations.flatMap((relation) => relation.reads))]
      const keys = keysOf(planned)
      const editArbitrary = fc.record({ place: fc.oneof(fc.nat(3), fc.nat()), key: fc.constantFrom(...keys), kind: fc.constantFrom(...kinds), n: fc.nat(1000), other: fc.constantFrom(...keys) })
      // Extra planned paths: runs of the report's keys, so that edits can land on them.
      const extraArbitrary = fc.array(fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.')), { maxLength: 8 })
      const topArbitrary = fc.constantFrom('requests', 'activeDisclosure', 'reviewLitigation', 'statistics', 'statistics.cumulative', 'statistics.series', 'requests.newReceived')
      fc.assert(
        fc.property(reportDataArbitrary(generation), fc.array(editArbitrary, { maxLength: 8 }), extraArbitrary, topArbitrary, (data, edits, extra, top) => {
          const report = reportFromData(data)
          for (const { place, key, kind, n, other } of edits) {
            const places = placesOf(report)
            if (places.length > 0) edit(report, places[place % places.length] as object, key, kind, n, other)
          }
          const paths = [...planned, ...extra, ...extra.map((path) => `${top}.${path}`)]
          const plan = new ReadPlan(relations, paths)
          const cells = plan.cellsOf(report)
          const index = indexCells(report)
          for (const path of paths) expect(cells.get(path)).toBe(index.get(path))
          expect(plan.reads.map((read) => read.relation)).toEqual(relations)
          for (const { relation, slots } of plan.reads) {
            relation.reads.forEach((path, i) => expect(cells.cells[slots[i] ?? -1]).toBe(index.get(path)))
          }
        }),
        settings,
      )
    })
  }
})
