import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { ReadDocument } from '../model/block.js'
import type { ReadFormat } from './detect-format.js'
import { readHtml } from './read-html.js'
import { readMarkdown } from './read-markdown.js'
import { readText } from './read-text.js'

/** A reader of one input format into the block model. */
export interface Reader {
  /** The format it reads; `parseReport`'s `format` option names it. */
  readonly format: ReadFormat
  read(text: string, diagnostics: DiagnosticList): ReadDocument
}

/** Plain text (`readText`), Markdown (`readMarkdown`, remark) and HTML (`readHtml`, htmlparser2). */
export const defaultReaders: readonly Reader[] = [
  { format: 'text', read: readText },
  { format: 'markdown', read: readMarkdown },
  { format: 'html', read: (text, diagnostics) => readHtml(text, diagnostics) },
]

/** Reads `text` with the reader of `format` (plain text when no reader has it). */
export function readDocument(text: string, format: ReadFormat, diagnostics: DiagnosticList, readers: readonly Reader[] = defaultReaders): ReadDocument {
  const reader = readers.find((candidate) => candidate.format === format) ?? readers.find((candidate) => candidate.format === 'text')
  return reader ? reader.read(text, diagnostics) : readText(text, diagnostics)
}
