import type { Line, ReadDocument } from '../../model/block.js'
import type { Grid, GridCell } from '../../model/grid.js'
import { linePosition, lineSourceText } from '../../read/line-position.js'
import { makeGrid } from '../grid-cell.js'
import type { GridReader } from '../grid-reader.js'
import { nextUnclaimed } from '../scan-grids.js'
import { pageBreakEnd } from '../page-break-end.js'
import { LineFact, lineFactBits, recordedLineFacts, unknownFacts } from '../../read/line-facts.js'
import { isHanBefore } from '../../read/segment-run-on-line.js'

interface Token {
  kind: 'text' | 'digits'
  line: Line
  start: number
  end: number
  /** How much the token's text opens round brackets: `(`/`（` less `)`/`）` (0 for digits). */
  brackets: number
}

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
    // The run being read: header lines (labels without numbers) and row lines (labels running into
    // numbers). One pass: a line that is neither ends the run, and no run starts on it either.
    let run: Line[] = []
    let score = 0
    let lastRow = -1
    const close = () => {
      if (score >= minimumRows && lastRow >= 0) {
        const grid = toGrid(document, run.slice(0, lastRow + 1))
        if (grid) grids.push(grid)
      }
      run = []
      score = 0
      lastRow = -1
    }
    const lines = document.lines
    const facts = recordedLineFacts(document)
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j] as Line
      // A claimed line ends the run, and so does every claimed line after it: passed at once.
      if (claimed.has(j)) {
        if (run.length > 0) close()
        j = nextUnclaimed(claimed, j, lines.length) - 1
        continue
      }
      // A page break inside the run (a page number, the blank lines around it) is passed.
      if ((line.blank || line.ignored) && run.length > 0) {
        const after = pageBreakEnd(lines, j, claimed)
        if (after >= 0) {
          j = after - 1
          continue
        }
      }
      // Sentences are prose, whatever numbers they hold (`通过365足球即时比分门户网站…。`, a
      // credit code `113300000024820000，…。`): no transitions, no digit run, not only numbers, not a
      // header, so they end a run as a TAB row does. The search for a mark stops at the first one;
      // the search for a TAB reads the whole line, so only lines without a mark (few) are searched.
      // With the line's recorded facts, neither is searched for; and a line without a digit has
      // no transition and no twelve digits, and is header text when it is short enough.
      const bits = line.blank || line.ignored ? 0 : lineFactBits(facts, line)
      if (line.blank || line.ignored || (bits === unknownFacts ? sentenceMark.test(line.text) || line.text.includes('\t') : (bits & proseBits) !== 0)) {
        if (run.length > 0) close()
        continue
      }
      const digits = bits === unknownFacts || (bits & LineFact.digit) !== 0
      // A site's registration numbers in a page footer (`陇ICP备07001201号 网站标识码:6210270009
      // 甘公网安备 62102702000101号`, zhenyuan-2017) run labels into long digit runs like a
      // flattened table, but are page chrome: they end a run as prose does.
      if (digits && isSiteRegistration(line.text)) {
        if (run.length > 0) close()
        continue
      }
      const count = digits ? transitionScore(line.text) : 0
      const numbersOnly = isNumbersOnly(line.text)
      if (count === 0 && !numbersOnly && !(digits ? isHeaderText(line.text) : line.text.length <= 200)) {
        if (run.length > 0) close()
        continue
      }
      run.push(line)
      if (count > 0 || numbersOnly) lastRow = run.length - 1
      score += count
    }
    if (run.length > 0) close()
    return grids
  },
}

const sentenceMark = /[。；;！？]/u
/** `sentenceMark` and a TAB as `LineFact` bits. */
const proseBits = LineFact.stop | LineFact.exclamation | LineFact.tab

/** Whether a line holds a website's registration (ICP filing, public-security filing, site code). */
function isSiteRegistration(text: string): boolean {
  return text.includes('ICP备') || text.includes('公网安备') || text.includes('网站标识码')
}
/**
 * Whether the text is only digits, dots and spaces (`/^[\d. ]+$/u`), by reading it: most lines
 * here are labels, which fail at their first character without a pattern being run.
 */
function isNumbersOnly(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x2e && (code < 0x30 || code > 0x39)) return false
  }
  return true
}
/** Units and date words: digits followed by one are prose (`2017年`, `4850条`), not a row's numbers. */
const proseUnits = new Set([...'年月日条件个次项人名份期家%％万元'].map((character) => character.charCodeAt(0)))

/**
 * How much a line without sentence marks reads like flattened table rows: the number of labels
 * running into their numbers (`行政规范性文件693665`, `（七）总计630020469`: a Han character, `）`,
 * `)`, `”` or `"` right before a digit run that no prose unit follows), plus {@link minimumRows}
 * when it holds twelve digits in a row. One walk of the line for what the patterns
 * `/[\p{Script=Han}）)”"]\d/gu` and `/\d{12}/u` found in two (the rule as first written, kept in
 * the test). A transition starts a digit run: the character before it is no digit.
 */
export function transitionScore(text: string): number {
  let count = 0
  let run = 0
  let twelveDigits = false
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) {
      run = 0
      continue
    }
    if (++run >= 12) twelveDigits = true
    if (run > 1 || i === 0 || !isLabelEnd(text, i)) continue
    // The character after the digits and dots that follow the label (`^\d[\d.]*(.)?`).
    let after = i + 1
    while (after < length && isDigitOrDot(text.charCodeAt(after))) after++
    if (after === length || !proseUnits.has(text.charCodeAt(after))) count++
  }
  return twelveDigits ? count + minimumRows : count
}

/** Whether the character before `index` can end a label: a Han character, `）`, `)`, `”` or `"`. */
function isLabelEnd(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  return before === 0xff09 || before === 0x29 || before === 0x201d || before === 0x22 || isHanBefore(text, index)
}

const isDigitOrDot = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x2e

/**
 * A stretch of table headers or group labels between rows: no numbers, no sentence marks. A
 * heading between two tables may sit in a run too; only the lines of rows with values are kept
 * from the sections stage (`valueRowLines`), so it stays a heading.
 */
function isHeaderText(text: string): boolean {
  // An item number (`其中：1.网站公开条`, `（2）`) is no figure: a row that prints its label and unit
  // but no figures is text of the run too, and must not cut the run between the header and the rows.
  return text.length <= 200 && !/[。；;！？]/u.test(text) && !/\d/u.test(text.replace(itemNumbers, ''))
}

/** Item numbers of labels: `1.`, `2、`, `（3）`. */
const itemNumbers = /\d{1,2}(?=[.．、])|[（(]\d{1,2}[)）]/gu

/**
 * Cuts a run's line into digit runs (with the signs of 本年增/减 inside a run: `5-14`) and the text
 * between them, spaces left out, and appends them to `tokens`. The runs are what
 * `/(\d[\d.]*(?:[-+,]\d[\d.]*)*)|([^\d ]+)/gu` matches (the rule as first written, kept in the
 * test, with commas between digits since), read by character codes: a match array for every cell
 * of a flattened page was most of the cost. A digit right before `.`/`、` and a label numbers that
 * label (`00000002.其他…`).
 */
export function tokenize(line: Line, tokens: Token[] = []): Token[] {
  const text = line.text
  const length = text.length
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      i++
      continue
    }
    const start = i
    if (!isDigit(code)) {
      // Anything up to a digit or a space (surrogate halves are neither, so a pair stays whole),
      // its brackets counted on the way for the row builder (a number inside an open gloss).
      let brackets = 0
      for (let next = code; ; next = text.charCodeAt(i)) {
        if (next === 0xff08 || next === 0x28) brackets++
        else if (next === 0xff09 || next === 0x29) brackets--
        if (++i >= length || isDigitOrSpace(text.charCodeAt(i))) break
      }
      tokens.push({ kind: 'text', line, start, end: i, brackets })
      continue
    }
    // `\d[\d.]*`, then each `,\d[\d.]*` (a comma between digits stays in the run: `1,020` is one
    // number, not `1` and a label `,` before `020`; a run the commas do not group in threes, such as
    // `10,53914,995`, is then one unreadable cell rather than the number `10`) or `[-+]\d[\d.]*`:
    // greedy, and nothing after it to backtrack for.
    i++
    for (;;) {
      while (i < length && isDigitOrDot(text.charCodeAt(i))) i++
      if (text.charCodeAt(i) === 0x2c && isDigit(text.charCodeAt(i + 1))) {
        i += 2
        continue
      }
      const sign = text.charCodeAt(i)
      if ((sign === 0x2d || sign === 0x2b) && i + 1 < length && isDigit(text.charCodeAt(i + 1))) i += 2
      else break
    }
    const end = i
    // `00000002.其他…`, `0 3. 业务…`, `12、…`: the last digit before `.`/`、` numbers the next label.
    // After `.` the text goes on with a label (`/^ ?[^\d ]/u`), perhaps after one space.
    const dotted = text.charCodeAt(end - 1) === 0x2e && (end === length || startsLabel(text, end))
    const enumerated = text.charCodeAt(end) === 0x3001
    if (dotted || enumerated) {
      const bodyEnd = dotted ? end - 1 : end
      const separate = start === 0 || text.charCodeAt(start - 1) === 0x20
      const numberStart = separate && bodyEnd - start <= 2 ? start : bodyEnd - 1
      if (numberStart > start) tokens.push({ kind: 'digits', line, start, end: numberStart, brackets: 0 })
      tokens.push({ kind: 'text', line, start: numberStart, end, brackets: 0 })
      continue
    }
    tokens.push({ kind: 'digits', line, start, end, brackets: 0 })
  }
  return tokens
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39
const isDigitOrSpace = (code: number) => code === 0x20 || (code >= 0x30 && code <= 0x39)

/** Whether `text` at `index` (inside it) goes on with a label: `/^ ?[^\d ]/u` of the next two characters. */
function startsLabel(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code !== 0x20) return !isDigit(code)
  return index + 1 < text.length && !isDigitOrSpace(text.charCodeAt(index + 1))
}

/**
 * The unit printed between a label and its number in flattened indicator tables (`收到申请数件23`)
 * that `text[start, end)` ends with: its length, or 0. What `/(?:万元|人次|条|件|个|次|人|篇|期|份|元|项)$/u`
 * matches, by character codes (a match starts at most two characters before the end, and there
 * the two-character units are tried first), but for a word that ends in a unit's character.
 */
function trailingUnitLength(text: string, start: number, end: number): number {
  if (end - start >= 2) {
    const pair = text.slice(end - 2, end)
    if (pair === '万元' || pair === '人次') return 2
    // A word that ends in a unit's character is the label's own last word, not a unit after it:
    // G3/G4 table 2 rows `行政规范性文件693665`, `其他对外管理服务事项100153` have no unit column.
    if (unitLikeWords.has(pair)) return 0
  }
  return end > start && singleUnits.has(text.charCodeAt(end - 1)) ? 1 : 0
}
const singleUnits = new Set([...'条件个次人篇期份元项'].map((character) => character.charCodeAt(0)))
/** Two-character words of row labels that end in a unit's character (`文件`, `事项`). */
const unitLikeWords = new Set(['文件', '事件', '案件', '邮件', '信件', '稿件', '条件', '事项', '款项', '年份', '省份', '身份', '股份'])

/**
 * The grid of a run of lines (headers and rows, ending with a row): one row for each label with
 * the digit runs that follow it as one cell, the label's unit as a cell of its own. Exported for
 * the test that holds it to the rule as first written.
 */
export function toGrid(document: ReadDocument, run: readonly Line[]): Grid | undefined {
  const tokens: Token[] = []
  for (const line of run) tokenize(line, tokens)
  const rows: GridCell[][] = []
  // The row being read: its label's parts (tokens of the line, owned here and extended in place)
  // and its digit runs; and the label's open brackets, summed from its parts' counts as they are
  // added, not re-counted from the label's start for every digit run.
  let label: Token[] = []
  let digits: Token[] = []
  let depth = 0
  const cell = (parts: readonly Token[], joiner: string): GridCell => {
    const first = parts[0]
    const last = parts[parts.length - 1]
    if (!first || !last) return { text: '', position: null }
    const text = parts.length === 1 ? lineSourceText(document.source, first.line, first.start, first.end) : parts.map((part) => lineSourceText(document.source, part.line, part.start, part.end)).join(joiner)
    const head = linePosition(document.source, first.line, first.start, first.end)
    const end = last === first ? head.end : linePosition(document.source, last.line, last.start, last.end).end
    return { text, position: { start: head.start, end } }
  }
  const flush = () => {
    if (label.length > 0 || digits.length > 0) {
      const row = labelCells(label)
      if (digits.length > 0) row.push(cell(digits, ' '))
      rows.push(row)
    }
    label = []
    digits = []
    depth = 0
  }
  // A label and, when it ends in a unit (`…申请数件`), the unit as a cell of its own.
  const labelCells = (parts: Token[]): GridCell[] => {
    const last = parts[parts.length - 1]
    const unit = last ? trailingUnitLength(last.line.text, last.start, last.end) : 0
    if (!last || unit === 0 || last.end - last.start <= unit || digits.length === 0) return [cell(parts, '')]
    const unitToken = { ...last, start: last.end - unit }
    return [cell([...parts.slice(0, -1), { ...last, end: unitToken.start }], ''), cell([unitToken], '')]
  }
  for (const token of tokens) {
    if (token.kind === 'digits' && digits.length === 0 && depth > 0) {
      // A number inside a gloss belongs to the label: `（不同渠道和方式公开相同信息计1条）`. Digits
      // hold no brackets: the depth stays.
      token.kind = 'text'
      label.push(token)
      continue
    }
    if (token.kind === 'text') {
      // Text after digits starts the next row; so does text on a new line after a label without
      // numbers (a group label: `（二）通过不同渠道和方式公开政府信息的情况` / `1.政府公报公开…`).
      // (The label's last part is read only when there is one: `label[-1]` of an empty label is a
      // lookup of the property "-1", far slower than an element's.)
      let previous = label.length > 0 ? label[label.length - 1] : undefined
      if (digits.length > 0 || (previous !== undefined && previous.line !== token.line)) {
        flush()
        previous = undefined
      }
      depth += token.brackets
      // A number glued to a label start (`2.其他…`) belongs to the label.
      if (previous && previous.line === token.line && previous.end === token.start) previous.end = token.end
      else label.push(token)
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
