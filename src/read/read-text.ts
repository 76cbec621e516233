import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Block, Line, LineMarkup, OffsetMap, ReadDocument, SourceText } from '../model/block.js'
import { foldCharactersAt, normalizeLine } from './normalize-line.js'
import { linePosition, sourceStart } from './line-position.js'
import { segmentRunOnLine, tableLineLength } from './segment-run-on-line.js'
import type { Position } from '../model/position.js'
import { type PlainLineScan, scanPlainLine } from './scan-plain-line.js'
import type { ScriptCount } from './script-count.js'
import { foldedLineFacts, lineFactsOfText, recordLineFacts, unknownFacts } from './line-facts.js'
import { isWhiteSpace, trimStartIndex } from '../util/is-white-space.js'
import { pageNumberPattern } from './page-number-line.js'


/**
 * Reads plain text into the block model: one {@link Line} per source line (CRLF, CR and LF all
 * end a line), each non-blank line a paragraph block.
 */
export function readText(text: string, diagnostics: DiagnosticList): ReadDocument {
  const lines: Line[] = []
  const lineStarts = [0]
  const source: SourceText = { text, lineStarts }
  const length = text.length
  const scan: PlainLineScan = { end: 0, firstFoldable: -1, foldables: new Int32Array(16), foldableCount: 0, bracket: false, han: 0, folding: 0, facts: 0 }
  // The Han counts of the lines' texts, for `foldTraditional` (the lines hold every Han character
  // of the input but those of removed residue, counted again below).
  const count: ScriptCount = { han: 0, folding: 0 }
  // Each line's text and its `LineFact` bits, for the grid readers (`line-facts.ts`).
  const texts: string[] = []
  const facts: number[] = []
  // Whether joining the lines' texts with LF gives the input back but for the lines folded
  // character for character (listed): LF breaks only, every line kept whole, none dropping a character.
  let joinsToInput = true
  const foldedLines: number[] = []
  let residueReported = false
  for (let index = 0, start = 0; ; index++) {
    // One walk of the line: where it ends, its first character the fold changes (a line is a slice
    // of the input unless it holds one, or Word residue, and then `normalizeLine` folds it into a
    // string of its own, with an offset map when it drops characters), and its Han counts.
    scanPlainLine(text, start, scan)
    const end = scan.end
    const raw = text.slice(start, end)
    let lineText = raw
    let map: OffsetMap | null = null
    let removedResidue = false
    // Residue starts with `[`: only a line that holds one is searched for it.
    const lineResidue = scan.bracket && raw.includes('[bookmark:')
    // The folds the walk found, without a search: a string of the line's own unless one is dropped.
    const folded = scan.foldableCount > 0 && !lineResidue ? foldCharactersAt(raw, start, scan.foldables, scan.foldableCount) : null
    // Whether the line's text is `raw`, a slice of the input.
    let sliced = true
    // The `LineFact` bits of the line's text: the walk's for a slice; unknown (the grid readers
    // search the text itself) for the rare line that drops characters or residue.
    let lineFacts = scan.facts
    if (folded !== null) {
      lineText = folded
      sliced = false
      lineFacts = foldedLineFacts(scan.facts, raw, start, scan.foldables, scan.foldableCount, folded)
      foldedLines.push(index)
    } else if (scan.firstFoldable >= 0 || lineResidue) {
      sliced = false
      lineFacts = unknownFacts
      joinsToInput = false
      const normalized = normalizeLine(raw, start, scan.firstFoldable >= 0 ? scan.firstFoldable - start : -1, lineResidue)
      lineText = normalized.text
      map = normalized.map
      removedResidue = normalized.removedResidue
      // Residue may hold Han characters the line no longer has: its text is counted as it is.
      if (removedResidue) scanPlainLine(lineText, 0, scan)
    }
    count.han += scan.han
    count.folding += scan.folding
    // The line's own number: no search over the line starts (spanPosition would find the same).
    // An empty line (a quarter of most reports) has one point for both ends: positions are never
    // changed in place.
    const startPoint = { line: index + 1, column: 1, offset: start }
    const position: Position = { start: startPoint, end: end === start ? startPoint : { line: index + 1, column: end - start + 1, offset: end } }
    // Where the printed text starts. For a line that is a slice of the input, read off the input
    // itself (a flat string) rather than off the slice (each read of a slice goes through it).
    let first = start
    if (sliced) {
      while (first < end && isWhiteSpace(text.charCodeAt(first))) first++
      first -= start
    } else first = trimStartIndex(lineText)
    const line: Line = {
      index,
      text: lineText,
      raw,
      position,
      map,
      markup: plainMarkup,
      blank: first === lineText.length,
    }
    if (removedResidue && !residueReported) {
      residueReported = true
      diagnostics.add('read.residue-removed', 'read', `Left out word-processor residue in ${JSON.stringify(raw.slice(0, 40))}.`, { position })
    }
    if (first < lineText.length && mayBePageNumber(lineText.charCodeAt(first)) && pageNumberPattern.test(line.text)) {
      line.ignored = 'page-number'
      joinsToInput = false
      diagnostics.add('read.page-number-ignored', 'read', `Left out the page number line ${JSON.stringify(raw.trim())}.`, { position })
    }
    // Most lines are too short to be cut: no call for them.
    const segments = line.blank || lineText.length < tableLineLength ? null : segmentRunOnLine(lineText)
    if (segments) {
      joinsToInput = false
      // A page flattened onto one line: one line per segment, each with its own offsets. The
      // segments leave out only spaces and tabs: the line's Han count is theirs.
      for (const [from, to] of segments) {
        const segment = sliceLine(source, line, from, to, lines.length)
        lines.push(segment)
        texts.push(segment.text)
        facts.push(lineFactsOfText(segment.text))
      }
    } else {
      line.index = lines.length
      lines.push(line)
      texts.push(lineText)
      facts.push(lineFacts)
    }
    if (end === length) break
    // CRLF, CR or LF: the line starts `createSourceText` finds.
    if (text.charCodeAt(end) === 13) joinsToInput = false
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    lineStarts.push(start)
  }
  if (text.trim() === '') diagnostics.add('read.empty-input', 'read', 'The input is empty or only white space.')
  const document = withParagraphBlocks({ source, format: 'text', lines })
  recordLineFacts(document, { texts, bits: facts, joined: joinsToInput ? { input: text, foldedLines } : null, scriptCount: count })
  return document
}

/** The paragraph blocks of plain-text documents whose `blocks` has been read or set. */
const paragraphBlocks = new WeakMap<ReadDocument, Block[]>()

/**
 * The `blocks` property of every plain-text document: one descriptor with one getter and setter for
 * all of them. A getter made per document (a closure over it) gave each document its own hidden
 * class, held by the transition tree of the literal's shared one, and with the closure the whole
 * document: every document read stayed alive until the next full collection, so each scavenge copied
 * all of them (half the time of reading plain text went to the collector).
 */
const blocksProperty: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ReadDocument): Block[] {
    let blocks = paragraphBlocks.get(this)
    if (!blocks) {
      blocks = this.lines.filter((line) => !line.blank && !line.ignored).map((line): Block => ({ type: 'paragraph', lines: [line], position: line.position }))
      paragraphBlocks.set(this, blocks)
    }
    return blocks
  },
  set(this: ReadDocument, value: Block[]) {
    paragraphBlocks.set(this, value)
  },
}

/**
 * Gives a plain-text document its blocks — one paragraph per printed line (not blank, not an
 * ignored page number) — built when `blocks` is first read. Nothing in the pipeline reads them
 * (plain text has no table blocks: `tableBlocks`), and on a large input they are two objects a
 * line; a plug-in that reads `document.blocks` gets them as before.
 */
function withParagraphBlocks(document: Omit<ReadDocument, 'blocks'>): ReadDocument {
  // Defined on an object that has no `blocks` yet: redefining a data property as an accessor
  // would turn the document into a dictionary-mode object, slower to read in every later stage.
  return Object.defineProperty(document, 'blocks', blocksProperty) as ReadDocument
}

/**
 * The markup of every plain-text line: none. One frozen object for all of them (an empty object per
 * line is a few percent of a large input's heap); nothing writes to a plain line's markup.
 */
const plainMarkup: LineMarkup = Object.freeze({})

/** Whether a page number line (`pageNumberPattern`) may start with this character: a dash or 第. */
function mayBePageNumber(code: number): boolean {
  return code === 0x2d || code === 0x2014 || code === 0x2013 || code === 0xff0d || code === 0x7b2c
}

/** The line made of characters `[from, to)` of `line`'s text, with its own position and offsets. */
function sliceLine(source: SourceText, line: Line, from: number, to: number, index: number): Line {
  const position = linePosition(source, line, from, to)
  const map = line.map ? { starts: line.map.starts.slice(from, to), ends: line.map.ends.slice(from, to) } : null
  const start = sourceStart(line, from)
  return {
    index,
    text: line.text.slice(from, to),
    raw: source.text.slice(start, position.end.offset),
    position,
    map,
    markup: plainMarkup,
    blank: false,
  }
}
