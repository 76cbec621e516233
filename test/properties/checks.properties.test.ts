import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { checkReport, type Generation } from '../../src/index.js'
import { mutationArbitrary, reportDataArbitrary, reportFromData } from '../../src/testing/index.js'
import { settings } from './fc-settings.js'

const generations: Generation[] = ['2008', '2014', '2019', '2021']

describe.each(generations)('checks on generated %s data', (generation) => {
  test('should fail no check, hard or soft, on valid data, with or without template blanks', () => {
    fc.assert(
      fc.property(fc.oneof(reportDataArbitrary(generation), reportDataArbitrary(generation, { blanks: 'template' })), (data) => {
        const failed = checkReport(reportFromData(data)).filter((check) => check.status === 'fail')
        expect(failed.map((check) => `${check.id} ${check.scope ?? ''} ${check.left} ${check.operator} ${check.right}`)).toEqual([])
      }),
      settings,
    )
  })

  test('should fail at least one hard check that names the changed cell', () => {
    fc.assert(
      fc.property(mutationArbitrary(reportDataArbitrary(generation)), (mutation) => {
        const failed = checkReport(reportFromData(mutation.data)).filter((check) => check.severity === 'error' && check.status === 'fail')
        expect(failed.length).toBeGreaterThan(0)
        expect(failed.some((check) => check.reads.includes(mutation.path))).toBe(true)
        // Fault location keeps the changed cell among the suspects of every check it broke.
        for (const check of mutation.broken) expect(check.suspects ?? check.reads).toContain(mutation.path)
      }),
      settings,
    )
  })

  test('should break exactly the one relation the mutator reports when asked for one', () => {
    fc.assert(
      fc.property(mutationArbitrary(reportDataArbitrary(generation), { exactlyOne: true }), (mutation) => {
        const failed = checkReport(reportFromData(mutation.data)).filter((check) => check.severity === 'error' && check.status === 'fail')
        expect(failed.map((check) => [check.id, check.scope])).toEqual(mutation.broken.map((check) => [check.id, check.scope]))
        expect(failed).toHaveLength(1)
      }),
      settings,
    )
  })
})
