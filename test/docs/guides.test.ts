// The guides and recipes: every runnable example prints what it promises.
import { describe, expect, test } from 'vitest'
import { docExamples, runExample } from './doc-examples.js'

const pages = ['docs/writing-a-detector.md', 'docs/cli.md', 'docs/recipes/ndjson-to-sqlite-and-duckdb.md', 'docs/recipes/check-in-ci.md', 'docs/recipes/testing-with-vitest.md']

describe('the guides and recipes', () => {
  test.each(pages.flatMap((page) => docExamples(page)))('should print what $name promises', async (example) => {
    expect(await runExample(example)).toEqual(example.expected)
  })
})
