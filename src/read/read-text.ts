import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, ReadDocument } from '../model/block.js'
import { normalizeLine } from './normalize-line.js'
import { createSourceText, spanPosition } from './source-text.js'

// A stray page number of a PDF or Word export on its own line: `- 3 -`, `— 12 —`, `第 3 页`, `第3页 共9页`.
const pageNumberPattern = /^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$/u

/**
 * Reads plain text into the block model: one {@link Line} per source line (CRLF, CR and LF all
 * end a line), each non-blank line a paragraph block.
 */
export function readText(text: string, diagnostics: DiagnosticList): ReadDocument {
  const source = createSourceText(text)
  const lines: Line[] = []
  const blocks: Block[] = []
  const starts = source.lineStarts
  let residueReported = false
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] ?? 0
    let end = index + 1 < starts.length ? (starts[index + 1] ?? text.length) : text.length
    // Leave out the line break.
    if (end > start && text.charCodeAt(end - 1) === 10) end--
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    const raw = text.slice(start, end)
    const normalized = normalizeLine(raw, start)
    const position = spanPosition(source, start, end)
    const line: Line = {
      index,
      text: normalized.text,
      raw,
      position,
      map: normalized.map,
      markup: {},
      blank: normalized.text.trim() === '',
    }
    if (normalized.removedResidue && !residueReported) {
      residueReported = true
      diagnostics.add('read.residue-removed', 'read', `Left out word-processor residue in ${JSON.stringify(raw.slice(0, 40))}.`, { position })
    }
    if (!line.blank && pageNumberPattern.test(line.text)) {
      line.ignored = 'page-number'
      diagnostics.add('read.page-number-ignored', 'read', `Left out the page number line ${JSON.stringify(raw.trim())}.`, { position })
    }
    lines.push(line)
    if (!line.blank && !line.ignored) blocks.push({ type: 'paragraph', lines: [line], position })
  }
  if (text.trim() === '') diagnostics.add('read.empty-input', 'read', 'The input is empty or only white space.')
  return { source, format: 'text', lines, blocks }
}
