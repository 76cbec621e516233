// docs/diagnostics.md: one heading per code of the catalogue, and no heading for a code that does not exist.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { diagnosticCodes } from '../../src/index.js'

const page = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8')
const headings = [...page.matchAll(/^### `([^`]+)`$/gmu)].map((match) => match[1] ?? '')

describe('docs/diagnostics.md', () => {
  test.each(Object.entries(diagnosticCodes))('should explain %s with its severity and summary', (code, { severity, summary }) => {
    expect(headings).toContain(code)
    const section = page.slice(page.indexOf(`### \`${code}\``)).split('\n### ')[0]
    expect(section).toContain(`${severity} · ${summary}`)
  })

  test('should have no heading for a code the catalogue lacks', () => {
    expect(headings.filter((code) => !(code in diagnosticCodes))).toEqual([])
  })
})
