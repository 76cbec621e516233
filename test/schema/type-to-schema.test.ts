// The schema generator on small hand-written contracts, so its rules are pinned down one by one.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { generateSchema } from '../../scripts/schema/generate-schema.js'

/** A throw-away project whose src/model/report.ts is `source`. */
function project(source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'zfxxgk-schema-'))
  mkdirSync(join(root, 'src/model'), { recursive: true })
  const compilerOptions = { strict: true, exactOptionalPropertyTypes: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }))
  writeFileSync(join(root, 'src/model/report.ts'), source)
  return root
}

describe('generateSchema', () => {
  test('should turn interfaces into definitions, literals into enums, optional fields into non-required ones', () => {
    const schema = generateSchema(
      project(`
        /** A place. */
        export interface Point { line: number; column: number }
        export type Kind = 'a' | 'b'
        export interface ParsedReport {
          /** Where. */
          at: Point | null
          kind: Kind
          note?: string
          pair: [first: number, last: number]
          flag: boolean
          cells: Record<string, Point>
          inline: { value: number | null }
        }
      `),
    )
    expect(schema.$ref).toBe('#/definitions/ParsedReport')
    expect(schema.definitions).toEqual({
      Kind: { type: 'string', enum: ['a', 'b'] },
      ParsedReport: {
        type: 'object',
        properties: {
          at: { description: 'Where.', anyOf: [{ type: 'null' }, { $ref: '#/definitions/Point' }] },
          kind: { $ref: '#/definitions/Kind' },
          note: { type: 'string' },
          pair: { type: 'array', items: [{ type: 'number' }, { type: 'number' }], minItems: 2, maxItems: 2, additionalItems: false },
          flag: { type: 'boolean' },
          cells: { type: 'object', properties: {}, additionalProperties: { $ref: '#/definitions/Point' } },
          inline: {
            type: 'object',
            properties: { value: { type: ['null', 'number'] } },
            required: ['value'],
            additionalProperties: false,
          },
        },
        required: ['at', 'kind', 'pair', 'flag', 'cells', 'inline'],
        additionalProperties: false,
      },
      Point: {
        description: 'A place.',
        type: 'object',
        properties: { line: { type: 'number' }, column: { type: 'number' } },
        required: ['line', 'column'],
        additionalProperties: false,
      },
    })
  })

  test('should refer to a recursive type instead of unrolling it', () => {
    const schema = generateSchema(project('export interface ParsedReport { children: ParsedReport[] }'))
    expect(schema.definitions).toEqual({
      ParsedReport: {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#/definitions/ParsedReport' } } },
        required: ['children'],
        additionalProperties: false,
      },
    })
  })

  test.each([
    ['a function', 'export interface ParsedReport { run: () => void }', /ParsedReport\.run: functions have no JSON Schema/u],
    ['a typed array', 'export interface ParsedReport { starts: Int32Array }', /ParsedReport\.starts: `Int32Array.*` is not plain data/u],
    ['unknown', 'export interface ParsedReport { data: unknown }', /ParsedReport\.data: `unknown` has no JSON Schema/u],
  ])('should refuse %s, naming where it is', (_, source, message) => {
    expect(() => generateSchema(project(source))).toThrow(message)
  })
})
