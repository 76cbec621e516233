// The shipped JSON Schema (schema.json, `zfxxgk/schema.json`) against the types and the parser.
import { readFileSync, readdirSync } from 'node:fs'
import Ajv from 'ajv'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { generateSchema, schemaPath, serializeSchema } from '../../scripts/schema/generate-schema.js'
import { parseReport, type ParsedReport } from '../../src/index.js'
import { fixture } from '../fixture.js'
import { settings } from '../properties/fc-settings.js'

const committed = readFileSync(schemaPath, 'utf8')
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(committed) as object)
const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`))
/** A report as it travels: through JSON, the way the CLI prints it and other systems read it. */
const asJson = (report: ParsedReport): Record<string, unknown> => JSON.parse(JSON.stringify(report)) as Record<string, unknown>

describe('schema.json', () => {
  test('should be what `npm run schema` generates from src/model/ (a contract change needs a new schema and a changelog line)', () => {
    const generated = serializeSchema(generateSchema())
    if (generated !== committed) {
      // Not toBe: a 2,000-line diff helps nobody; say what to do instead.
      expect.fail('schema.json differs from the types in src/model/. Run `npm run schema`, review the diff, and name the contract change in CHANGELOG.md.')
    }
  })

  test('should cover positions, cells, checks, diagnostics, sections and every generation', () => {
    const schema = JSON.parse(committed) as { $ref: string; definitions: Record<string, { anyOf?: { $ref: string }[] }> }
    expect(schema.$ref).toBe('#/definitions/ParsedReport')
    for (const name of ['Point', 'Position', 'CellValue', 'Check', 'Diagnostic', 'Section', 'ReportMeta', 'StatisticsTable', 'RequestsTable2019', 'RequestsTable2021', 'ReviewLitigationTable']) {
      expect(schema.definitions, name).toHaveProperty(name)
    }
    expect(schema.definitions.ParsedReport?.anyOf?.map((variant) => variant.$ref)).toEqual([
      '#/definitions/Report2008',
      '#/definitions/Report2014',
      '#/definitions/Report2019',
      '#/definitions/Report2021',
      '#/definitions/UnrecognizedReport',
    ])
  })

  const fixtures = readdirSync(new URL('../../fixtures/', import.meta.url)).filter((name) => name.endsWith('.txt'))
  test.each(fixtures)('should accept the result of parsing fixtures/%s', (name) => {
    expect(errorsOf(asJson(parseReport(fixture(name))))).toEqual([])
  })

  test('should accept the result of any string, report or not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(errorsOf(asJson(parseReport(text)))).toEqual([])
      }),
      settings,
    )
  })

  describe('should reject a result that breaks the contract', () => {
    const good = () => asJson(parseReport(fixture('qidu-2017.txt')))

    test('an unknown generation', () => {
      expect(errorsOf({ ...good(), generation: '2020' }).length).toBeGreaterThan(0)
    })

    test('a field the types do not have', () => {
      expect(errorsOf({ ...good(), extra: true }).length).toBeGreaterThan(0)
    })

    test('a missing field', () => {
      const { sections: _sections, ...rest } = good()
      expect(errorsOf(rest).length).toBeGreaterThan(0)
    })

    test('a position with a string offset', () => {
      const report = good() as { sections: { position: { start: { offset: unknown } } }[] }
      ;(report.sections[0] as (typeof report.sections)[number]).position.start.offset = '12'
      expect(errorsOf(report)).toContain('/sections/0/position/start/offset must be number')
    })

    test('a cell value printed as text instead of a number', () => {
      const cell = { value: '12', raw: '12', position: null, via: ['tab-separated'], confidence: 'high' }
      const report = { ...good(), statistics: { cells: { 'active.total': cell }, cumulative: {}, unmapped: [] } }
      expect(errorsOf(report)).toContain('/statistics/cells/active.total/value must be null,number')
    })
  })
})
