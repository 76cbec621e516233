// What the throughput bench times, as data: each `parseReport` path and the baseline it is
// compared with, each run over every bench document in one form.
import { load } from 'cheerio'
import iconv from 'iconv-lite'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { DiagnosticList, parseReport, readMarkdown } from '../src/index.js'
import type { BenchDocument } from './bench-inputs.js'

/** One timed task: `run` handles one document; the bench times a pass over all of them. */
export interface ThroughputTask {
  /** Key in `results.json` (`throughput.<key>`). */
  key: string
  /** What the task does, for the printed table. */
  description: string
  /** Input form the task reads. */
  form: 'text' | 'markdown' | 'html' | 'gb18030'
  run(document: BenchDocument): unknown
}

/**
 * remark-parse alone (CommonMark; the parser `readMarkdown` runs before finding pipe tables itself):
 * the baseline of both the Markdown and the plain-text path, as issue 7 names it.
 */
const remark = unified().use(remarkParse)

/** remark-parse with remark-gfm, for reference: what reading GFM pipe tables through remark costs. */
const remarkWithGfm = unified().use(remarkParse).use(remarkGfm)

/** One regex test per line: about the least any line-based reader can do. */
const headingLike = /^\s*[一二三四五六七八九十]+、/u

/** Every task of the throughput bench, `parseReport` paths first. */
export const throughputTasks: readonly ThroughputTask[] = [
  { key: 'text', description: "parseReport(text, { format: 'text' })", form: 'text', run: (document) => parseReport(document.text, { format: 'text' }) },
  { key: 'markdown', description: "parseReport(markdown, { format: 'markdown' })", form: 'markdown', run: (document) => parseReport(document.markdown, { format: 'markdown' }) },
  { key: 'html', description: "parseReport(html, { format: 'html' })", form: 'html', run: (document) => parseReport(document.html, { format: 'html' }) },
  { key: 'gb18030', description: 'parseReport(gb18030Bytes) (encoding sniffed)', form: 'gb18030', run: (document) => parseReport(document.gb18030) },
  {
    key: 'floor',
    description: 'floor: split the text into lines, one regex test per line',
    form: 'text',
    run: (document) => {
      let headings = 0
      for (const line of document.text.split(/\r\n|\r|\n/u)) if (headingLike.test(line)) headings++
      return headings
    },
  },
  { key: 'remarkOnText', description: 'remark-parse alone on the plain text', form: 'text', run: (document) => remark.parse(document.text) },
  { key: 'remarkOnMarkdown', description: 'remark-parse alone on the Markdown', form: 'markdown', run: (document) => remark.parse(document.markdown) },
  { key: 'remarkGfmOnMarkdown', description: 'remark-parse + remark-gfm on the Markdown (reference)', form: 'markdown', run: (document) => remarkWithGfm.parse(document.markdown) },
  { key: 'readMarkdown', description: 'readMarkdown alone (plain blocks read without remark-parse; reference)', form: 'markdown', run: (document) => readMarkdown(document.markdown, new DiagnosticList()) },
  {
    key: 'readMarkdownParserOnly',
    description: 'readMarkdown alone, every block through remark-parse (plainBlocks: false; reference)',
    form: 'markdown',
    run: (document) => readMarkdown(document.markdown, new DiagnosticList(), { plainBlocks: false }),
  },
  { key: 'cheerio', description: 'cheerio.load(html) + .text()', form: 'html', run: (document) => load(document.html).root().text() },
  { key: 'iconv', description: "iconv.decode(bytes, 'gb18030')", form: 'gb18030', run: (document) => iconv.decode(Buffer.from(document.gb18030.buffer, document.gb18030.byteOffset, document.gb18030.byteLength), 'gb18030') },
]

/** Size of a document in the task's form, in bytes (UTF-8 for strings). */
export function formBytes(document: BenchDocument, form: ThroughputTask['form']): number {
  if (form === 'gb18030') return document.gb18030.byteLength
  return Buffer.byteLength(document[form], 'utf8')
}
