import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { linePosition, lineSourceText } from '../../read/line-position.js'
import { makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'

interface Token {
  kind: 'text' | 'digits'
  line: Line
  start: number
  end: number
}

// A label running straight into its numbers: `行政规范性文件693665`, `（七）总计630020469`.
const labelThenDigits = /[\p{Script=Han}）)”"][\d]/u
/** A run of text and numbers counts as a table when this many labels run into numbers. */
const minimumRows = 4

/**
 * Tables flattened into running text, as web pages saved as text print them (the corpus
 * `page.txt` form): each label runs straight into its numbers, which run into the next label.
 * Rows are cut where text meets digits; the digits of a row stay one cell (`693665`), to be split
 * by the template's row sums when mapped. Spaces (from `&nbsp;` padding) separate the digit runs
 * of one cell (`500000 5`). A digit right before `.` or `、` and text is the next label's number:
 *
 *   属于国家秘密00000002.其他法律行政法规禁止公开
 *   ^^^^^^^^^^ ^^^^^^^ ^^ next label
 */
export const runOnRows: GridReader = {
  name: 'run-on-rows',
  read(document, claimed) {
    const grids: Grid[] = []
    const lines = document.lines
    let i = 0
    while (i < lines.length) {
      // A run: header lines (labels without numbers) and row lines (labels running into numbers).
      const run: Line[] = []
      let score = 0
      let lastRow = -1
      let j = i
      for (; j < lines.length; j++) {
        const line = lines[j]
        if (!line || claimed.has(j) || line.blank || line.ignored || line.text.includes('\t')) break
        const count = countTransitions(line.text) + (/\d{12}/u.test(line.text) ? minimumRows - 1 : 0)
        const numbersOnly = /^[\d. ]+$/u.test(line.text)
        if (count === 0 && !numbersOnly && !isHeaderText(line.text)) break
        run.push(line)
        if (count > 0 || numbersOnly) lastRow = run.length - 1
        score += count
      }
      const rows = run.slice(0, lastRow + 1)
      if (score >= minimumRows && rows.length > 0) {
        const grid = toGrid(document, rows)
        if (grid) grids.push(grid)
      }
      i = Math.max(j, i + 1)
    }
    return grids
  },
}

function countTransitions(text: string): number {
  // Sentences are prose, whatever numbers they hold (`通过365足球即时比分门户网站…。`).
  if (/[。；;！？]/u.test(text)) return 0
  let count = 0
  const pattern = new RegExp(labelThenDigits.source, 'gu')
  for (const match of text.matchAll(pattern)) {
    // `2017年` and `4850条` are prose: digits followed by a unit or a date word.
    const after = text.slice(match.index + 1).match(/^\d[\d.]*(.)?/u)?.[1] ?? ''
    if (!/[年月日条件个次项人名份期家%％万元]/u.test(after)) count++
  }
  return count
}

// A heading (`三、收到和处理政府信息公开申请情况`) ends a run; a numbered group label of the table
// (`三、本年度办理结果`) does not: headings end in words like 情况.
const headingStart = /^[一二三四五六七八九十]{1,3}、.{0,40}?(?:情况|事项|概述|措施|问题)/u

/** A stretch of table headers between rows: no numbers, no sentence marks, not a heading. */
function isHeaderText(text: string): boolean {
  return !/[。；;！？\d]/u.test(text) && text.length <= 200 && !headingStart.test(text)
}

function tokenize(line: Line): Token[] {
  const tokens: Token[] = []
  const text = line.text
  const pattern = /(\d[\d.]*)|([^\d ]+)/gu
  for (const match of text.matchAll(pattern)) {
    const kind = match[1] !== undefined ? 'digits' : 'text'
    const start = match.index
    let end = start + match[0].length
    if (kind === 'digits') {
      const next = text.slice(end, end + 2)
      // `00000002.其他…`: the last digit is the next label's number.
      if (/^[.、][^\d]/u.test(next) || (text[end - 1] === '.' && /^[^\d ]/u.test(text[end] ?? ''))) {
        const numberEnd = text[end - 1] === '.' ? end - 1 : end
        const numbering = numberEnd - 1
        if (numbering > start) {
          tokens.push({ kind: 'digits', line, start, end: numbering })
          tokens.push({ kind: 'text', line, start: numbering, end })
          continue
        }
        tokens.push({ kind: 'text', line, start, end })
        continue
      }
    }
    tokens.push({ kind, line, start, end })
  }
  return tokens
}

function toGrid(document: ReadDocument, run: readonly Line[]): Grid | undefined {
  const tokens = run.flatMap(tokenize)
  const rows: GridCell[][] = []
  let label: Token[] = []
  let digits: Token[] = []
  const cell = (parts: readonly Token[], joiner: string): GridCell => {
    const first = parts[0]
    const last = parts[parts.length - 1]
    if (!first || !last) return { text: '', position: null }
    const text = parts.map((part) => lineSourceText(document.source, part.line, part.start, part.end)).join(joiner)
    const start = linePosition(document.source, first.line, first.start, first.end).start
    const end = linePosition(document.source, last.line, last.start, last.end).end
    return { text, position: { start, end } }
  }
  const flush = () => {
    if (label.length > 0 || digits.length > 0) rows.push([cell(label, ''), ...(digits.length > 0 ? [cell(digits, ' ')] : [])])
    label = []
    digits = []
  }
  for (const token of tokens) {
    if (token.kind === 'text') {
      // Text after digits starts the next row; text after text continues the label.
      if (digits.length > 0) flush()
      // A number glued to a label start (`2.其他…`) belongs to the label.
      const previous = label[label.length - 1]
      if (previous && previous.line === token.line && previous.end === token.start) previous.end = token.end
      else label.push({ ...token })
    } else {
      digits.push(token)
    }
  }
  flush()
  const first = run[0]
  const last = run[run.length - 1]
  if (!first || !last || rows.length === 0) return undefined
  return makeGrid(document, runOnRows.name, rows, first, last)
}
