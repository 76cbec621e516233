// docs/checks.md and docs/testing.md: every runnable example prints what it promises.
import { describe, expect, test } from 'vitest'
import { docExamples, runExample } from '../docs/doc-examples.js'

const pages = ['docs/checks.md', 'docs/testing.md']

describe('the checks and testing-kit pages', () => {
  test.each(pages.flatMap((page) => docExamples(page)))('should print what $name promises', async (example) => {
    expect(await runExample(example)).toEqual(example.expected)
  })
})
