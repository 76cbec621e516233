// Misuse of the API throws a TypeError that says what is wrong (docs/api.md); any input does not.
import { describe, expect, test } from 'vitest'
import { defaultGridReaders, defaultTemplates, parseReport } from '../../src/index.js'

const text = '张村镇2022年政府信息公开工作年度报告\n一、总体情况\n略。'

describe('options', () => {
  test('should reject an unknown option key, naming it', () => {
    expect(() => parseReport(text, { formt: 'text' } as never)).toThrow(/unknown option `formt`/u)
  })

  test('should reject a template that lacks what the pipeline reads, naming the field', () => {
    expect(() => parseReport(text, { templates: [null] as never })).toThrow(/options\.templates\[0\]` must be a template object/u)
    expect(() => parseReport(text, { templates: [{}] as never })).toThrow(/`generation`/u)
    const [g4] = defaultTemplates
    if (!g4) throw new Error('no template')
    expect(() => parseReport(text, { templates: [{ ...g4, signals: [{ name: 'x', pattern: 'x', weight: 1 }] }] as never })).toThrow(/`signals`/u)
    expect(() => parseReport(text, { templates: [{ ...g4, tables: undefined }] as never })).toThrow(/`tables`/u)
    // A copy of a built-in template is fine.
    expect(parseReport(text, { templates: defaultTemplates.map((template) => ({ ...template })) }).generation).not.toBe(undefined)
  })

  test('should reject a grid reader without a name', () => {
    expect(() => parseReport(text, { gridReaders: [{ read: () => [] }] as never })).toThrow(/`name` \(string\)/u)
    expect(() => parseReport(text, { gridReaders: [...defaultGridReaders] })).not.toThrow()
  })
})
