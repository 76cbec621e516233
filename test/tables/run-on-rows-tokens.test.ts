import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import type { Line, ReadDocument } from '../../src/model/block.js'
import type { Grid, GridCell } from '../../src/model/grid.js'
import { linePosition, lineSourceText } from '../../src/read/line-position.js'
import { readText } from '../../src/read/read-text.js'
import { makeGrid } from '../../src/tables/grid-cell.js'
import { toGrid, tokenize, transitionScore } from '../../src/tables/readers/run-on-rows.js'
import { settings } from '../properties/fc-settings.js'

// The run-on row reader as first written, with regexes and the label's brackets re-counted for
// every digit run: the character-code reader must cut every line and build every grid as it did.
interface Token {
  kind: 'text' | 'digits'
  line: Line
  start: number
  end: number
}
function tokenizeByPattern(line: Line): Token[] {
  const tokens: Token[] = []
  const text = line.text
  const pattern = /(\d[\d.]*(?:[-+,]\d[\d.]*)*)|([^\d ]+)/gu
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    if (match[1] === undefined) {
      tokens.push({ kind: 'text', line, start, end })
      continue
    }
    const dotted = match[0].endsWith('.') && (end === text.length || /^ ?[^\d ]/u.test(text.slice(end, end + 2)))
    const enumerated = text[end] === '、'
    if (dotted || enumerated) {
      const bodyEnd = dotted ? end - 1 : end
      const separate = start === 0 || text[start - 1] === ' '
      const numberStart = separate && bodyEnd - start <= 2 ? start : bodyEnd - 1
      if (numberStart > start) tokens.push({ kind: 'digits', line, start, end: numberStart })
      tokens.push({ kind: 'text', line, start: numberStart, end })
      continue
    }
    tokens.push({ kind: 'digits', line, start, end })
  }
  return tokens
}
// A unit, but not the last character of a word that ends in one (`文件`, `事项`).
const trailingUnit = /(?:万元|人次|(?<![文事案邮信稿条])件|个|次|人|篇|期|(?<![年省身股])份|元|(?<![事款])项|条)$/u
function toGridAsFirstWritten(document: ReadDocument, run: readonly Line[]): Grid | undefined {
  const tokens = run.flatMap((line) => tokenizeByPattern(line))
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
    if (label.length > 0 || digits.length > 0) rows.push([...labelCells(label), ...(digits.length > 0 ? [cell(digits, ' ')] : [])])
    label = []
    digits = []
  }
  const labelCells = (parts: Token[]): GridCell[] => {
    const last = parts[parts.length - 1]
    const unit = last ? trailingUnit.exec(last.line.text.slice(last.start, last.end)) : null
    if (!last || !unit || last.end - last.start <= unit[0].length || digits.length === 0) return [cell(parts, '')]
    const unitToken = { ...last, start: last.end - unit[0].length }
    return [cell([...parts.slice(0, -1), { ...last, end: unitToken.start }], ''), cell([unitToken], '')]
  }
  const openBrackets = (parts: readonly Token[]) => {
    let depth = 0
    for (const part of parts) for (const character of part.line.text.slice(part.start, part.end)) depth += character === '（' || character === '(' ? 1 : character === '）' || character === ')' ? -1 : 0
    return depth > 0
  }
  for (const token of tokens) {
    if (token.kind === 'digits' && digits.length === 0 && openBrackets(label)) {
      label.push({ ...token, kind: 'text' })
      continue
    }
    if (token.kind === 'text') {
      const previousLine = label[label.length - 1]?.line
      if (digits.length > 0 || (previousLine !== undefined && previousLine !== token.line)) flush()
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
  return makeGrid(document, 'run-on-rows', rows, first, last)
}

const read = (text: string) => readText(text, new DiagnosticList())
// Pieces that make every branch likely: digit runs with dots, signs and 、, labels with units and
// brackets (full-width or not, closed or not), spaces (one or two), a surrogate pair, `&nbsp;`.
const piece = fc.constantFrom(
  ...['行政许可', '总计', '1', '0', '12', '693665', '5-14', '3+2', '7-', '.', '2.', '00000002.', '、', '12、', ' ', '  ', '（', '）', '(', ')', '计1条', '万元', '人次', '件', '元', '条件', '数件', '𠀀', '\u00a0', '-', 'a'],
)
const lines = fc.array(fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 6 })

describe('run-on rows read by character codes', () => {
  test('tokenize cuts a line where the pattern as first written cuts it', () => {
    const [line] = read('属于国家秘密00000002.其他法律 0 3. 业务12、一 5-14件').lines as [Line]
    expect(tokenize(line).map(({ kind, start, end }) => `${kind}:${line.text.slice(start, end)}`)).toEqual([
      'text:属于国家秘密',
      'digits:0000000',
      'text:2.',
      'text:其他法律',
      'digits:0',
      'text:3.',
      'text:业务',
      'digits:1',
      'text:2',
      'text:、一',
      'digits:5-14',
      'text:件',
    ])
    fc.assert(
      fc.property(lines, (texts) => {
        for (const line of read(texts.join('\n')).lines) {
          const tokens = tokenize(line)
          expect(tokens.map(({ brackets: _, ...token }) => token)).toEqual(tokenizeByPattern(line))
          // Each token's bracket count is that of its text.
          const depth = (text: string) => [...text].reduce((sum, character) => sum + ('（('.includes(character) ? 1 : '）)'.includes(character) ? -1 : 0), 0)
          for (const token of tokens) expect(token.brackets).toBe(depth(line.text.slice(token.start, token.end)))
        }
      }),
      settings,
    )
  })

  test('toGrid builds the grid the reader as first written builds', () => {
    const document = read(['（一）主动公开（不同渠道计1条）2300', '收到申请数件23', '本年增减5-14'].join('\n'))
    expect(toGrid(document, document.lines)?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['（一）主动公开（不同渠道计1条）', '2300'],
      ['收到申请数', '件', '23'],
      ['本年增减', '5-14'],
    ])
    fc.assert(
      fc.property(lines, (texts) => {
        const document = read(texts.join('\n'))
        const run = document.lines.filter((line) => !line.blank)
        expect(toGrid(document, run)).toEqual(toGridAsFirstWritten(document, run))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })

  test('transitionScore scores a line as the two patterns as first written did', () => {
    const labelThenDigits = /[\p{Script=Han}）)”"][\d]/gu
    const proseUnits = new Set([...'年月日条件个次项人名份期家%％万元'].map((character) => character.charCodeAt(0)))
    const scoreAsFirstWritten = (text: string): number => {
      let count = 0
      for (const match of text.matchAll(labelThenDigits)) {
        let after = match.index + 2
        while (after < text.length && /[\d.]/u.test(text[after] as string)) after++
        if (after === text.length || !proseUnits.has(text.charCodeAt(after))) count++
      }
      return count + (/\d{12}/u.test(text) ? 4 : 0)
    }
    expect(transitionScore('行政许可693665 （七）总计630020469 2017年 收到12件 a1 “甲”3 代码113300000024820000')).toBe(4 + 4)
    const part = fc.constantFrom('许', '〇', '々', '㐀', '𠀀', '\ud840', '\udc00', '）', ')', '”', '"', '“', 'a', ' ', '.', '1', '0', '123456', '12345678901', '年', '件', '万元', '%', '—')
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(transitionScore(text)).toBe(scoreAsFirstWritten(text))
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })
})
