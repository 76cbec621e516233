// docs/api.md: every export of the package has a heading, and every example prints what it promises.
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import * as zfxxgk from '../../src/index.js'
import { docExamples, runExample } from './doc-examples.js'

const page = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')
const headings = page.split('\n').filter((line) => line.startsWith('### '))
/** Every name `src/index.ts` exports, types included (read from its export declarations). */
const exportedNames = (() => {
  const path = new URL('../../src/index.ts', import.meta.url)
  const source = ts.createSourceFile('index.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022)
  return source.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((element) => element.name.text)
      : [],
  )
})()

describe('docs/api.md', () => {
  test('should find the exports, values and types alike', () => {
    expect(exportedNames).toContain('parseReport')
    expect(exportedNames).toContain('ParsedReport')
    for (const name of Object.keys(zfxxgk)) expect(exportedNames).toContain(name)
  })

  test.each(exportedNames)('should have a ### heading for %s', (name) => {
    expect(headings.some((heading) => heading.includes(`\`${name}\``))).toBe(true)
  })

  test.each(docExamples('docs/api.md'))('should print what $name promises', async (example) => {
    expect(await runExample(example)).toEqual(example.expected)
  })
})
