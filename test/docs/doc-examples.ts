// Runs the TypeScript examples of a documentation page, so the docs cannot go stale unnoticed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { format } from 'node:util'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** A fenced ```ts block of a page, with the outputs its `// →` comments promise. */
export interface DocExample {
  /** `docs/api.md:120`, the line of the opening fence. */
  name: string
  code: string
  /**
   * What each `console.log` prints, in order: the text after `// → ` on its line. Runs of white
   * space count as one space, so a long array may be written on one line.
   */
  expected: string[]
}

/**
 * The runnable examples of a page: every block fenced as exactly ```ts (a block fenced ```ts
 * signature, ```ts no-run, or in another language is documentation only).
 */
export function docExamples(page: string): DocExample[] {
  const text = readFileSync(join(root, page), 'utf8')
  const examples: DocExample[] = []
  const fence = /^```ts\n([\s\S]*?)^```$/gmu
  for (const match of text.matchAll(fence)) {
    const code = match[1] ?? ''
    const line = text.slice(0, match.index).split('\n').length
    const expected = [...code.matchAll(/\/\/ → (.*)$/gmu)].map((arrow) => flatten(arrow[1] ?? ''))
    examples.push({ name: `${page}:${line}`, code, expected })
  }
  return examples
}

/**
 * Runs one example as a module, with `zfxxgk` and `zfxxgk/testing` resolved to the sources and the
 * repository as working directory, and returns what it logged (each call formatted as console.log
 * would print it).
 */
export async function runExample(example: DocExample): Promise<string[]> {
  const logged: string[] = []
  const scope = globalThis as { __docLog?: (...values: unknown[]) => void }
  scope.__docLog = (...values) => logged.push(flatten(format(...values)))
  const source = example.code
    .replaceAll(`from 'zfxxgk/testing'`, `from '${pathToFileURL(join(root, 'src/testing/index.ts')).href}'`)
    .replaceAll(`from 'zfxxgk'`, `from '${pathToFileURL(join(root, 'src/index.ts')).href}'`)
    .replaceAll(`createRequire(import.meta.url)('zfxxgk/schema.json')`, `JSON.parse(readFileSync('schema.json', 'utf8'))`)
    .replaceAll('console.log(', 'globalThis.__docLog(')
  const directory = join(root, 'node_modules/.cache/zfxxgk-doc-examples')
  mkdirSync(directory, { recursive: true })
  const file = join(directory, `${example.name.replaceAll(/[/:.]/gu, '-')}.ts`)
  writeFileSync(file, source)
  await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${Date.now()}`)
  return logged
}

/** White space runs as one space, as util.inspect breaks long values over lines. */
function flatten(text: string): string {
  return text.replaceAll(/\s+/gu, ' ').trim()
}
