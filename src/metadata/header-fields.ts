import type { Line } from '../model/block.js'

/** A labelled field of a page's metadata block: `索引号: XXGK/2018-4388`. */
export interface HeaderField {
  label: string
  value: string
  line: Line
  /** `[start, end)` of the value in `line.text`. */
  valueRange: [number, number]
}

// Labels of the metadata blocks of government CMS pages; the characters may be spaced (`文 号`).
const labels = [
  '索引号', '文号', '发文字号', '发布机构', '发文机关', '发布日期', '发布时间', '成文日期', '生成日期', '名称', '标题',
  '来源', '作者', '责任编辑', '点击次数', '主题分类', '公开方式', '公开范围', '时间', '栏目', '原文链接', '本地目录',
]

const labelPattern = new RegExp(
  `(?<![\\p{Script=Han}])(${labels.map((label) => [...label].join(' *')).join('|')}) *[:：]`,
  'gu',
)

/** Last code units of the labels: the character right before a field's colon and its spaces. */
const labelEnds = new Set(labels.map((label) => label.charCodeAt(label.length - 1)))

/**
 * False when `text` has no field: every match of `labelPattern` ends with a label's last
 * character, spaces, and a colon. Prose lines with a colon (`报告如下：`) are ruled out without
 * running the pattern over them.
 */
function mayHoldField(text: string): boolean {
  for (const colon of colons) {
    for (let at = text.indexOf(colon); at >= 0; at = text.indexOf(colon, at + 1)) {
      let before = at - 1
      while (before >= 0 && text.charCodeAt(before) === 0x20) before--
      if (before >= 0 && labelEnds.has(text.charCodeAt(before))) return true
    }
  }
  return false
}
const colons = [':', '：'] as const

/**
 * Reads the labelled fields of the given lines. Several fields may share a line
 * (`索引号: XXGK/2018-4388 文 号:`); a value runs to the next label.
 */
export function readHeaderFields(lines: readonly Line[]): HeaderField[] {
  const fields: HeaderField[] = []
  for (const line of lines) {
    // The pattern tries its look-behind and all labels at every character: it runs only on lines
    // where a label could end before a colon.
    if (!mayHoldField(line.text)) continue
    const found = [...line.text.matchAll(labelPattern)]
    for (let i = 0; i < found.length; i++) {
      const match = found[i]
      if (!match) continue
      const next = found[i + 1]
      let start = match.index + match[0].length
      let end = next ? next.index : line.text.length
      while (start < end && line.text[start] === ' ') start++
      while (end > start && line.text[end - 1] === ' ') end--
      fields.push({ label: (match[1] ?? '').replace(/ /gu, ''), value: line.text.slice(start, end), line, valueRange: [start, end] })
    }
  }
  return fields
}
