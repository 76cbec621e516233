// docs/data-model.md: its examples run and print what they promise, and it names every cell path.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { defaultTemplates } from '../../src/index.js'
import { docExamples, runExample } from './doc-examples.js'

const page = readFileSync(new URL('../../docs/data-model.md', import.meta.url), 'utf8')

describe('docs/data-model.md', () => {
  test.each(docExamples('docs/data-model.md'))('should print what $name promises', async (example) => {
    expect(await runExample(example)).toEqual(example.expected)
  })

  const tablePaths = defaultTemplates.flatMap((template) =>
    template.tables.flatMap((table) => table.rows.map((row) => ({ row: `${table.path}.${row.key}`, columns: (row.columns ?? table.columns).map((column) => column.key) }))),
  )
  test.each(tablePaths)('should name the row $row and its columns', ({ row, columns }) => {
    expect(page).toContain(`\`${row}\``)
    for (const column of columns) expect(page).toContain(`\`${column}\``)
  })

  const statisticsKeys = new Set<string>()
  const collect = (indicators: readonly { key: string | null; children?: readonly unknown[] }[]): void => {
    for (const indicator of indicators) {
      if (indicator.key !== null) statisticsKeys.add(indicator.key)
      collect((indicator.children ?? []) as typeof indicators)
    }
  }
  for (const template of defaultTemplates) collect(template.statistics?.indicators ?? [])
  test.each([...statisticsKeys])('should name statistics.%s', (key) => {
    expect(page).toContain(`| \`statistics.${key}\` |`)
  })
})
