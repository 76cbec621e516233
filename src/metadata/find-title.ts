import type { Line } from '../model/block.js'
import type { HeaderField } from './header-fields.js'

/** The title line(s) found. */
export interface TitleMatch {
  /** Title as printed, with the spaces inside it kept. */
  text: string
  /** Title without white space, for matching. */
  compact: string
  lines: Line[]
  /** From the field `名称:`/`标题:` rather than a line of its own. */
  fromField: boolean
}

// What an annual report's title ends with: 年度报告, 工作报告, 年报, 情况的报告, optionally with a gloss.
const reportTitlePattern = /(?:信息公开|政务公开|信息公示).{0,16}(?:年度报告|工作报告|年报|情况报告|情况的报告|报告)(?:[(（][^)）]{0,20}[)）])?$/u
/** Breadcrumb lines of a web page (`当前位置：首页 > …`). */
export const breadcrumbPattern = /当前位置|^ *首页|首页\s*[>›»]|您现在的位置/u

const compactText = (text: string) => text.replace(/[\s\t]+/gu, '')

/**
 * The report's title: the first line before the first section that reads like one
 * (`镇原县2017年政府信息公开工作报告`), joining a title broken over two lines
 * (`平潭综合实验区2019年` / `政府信息公开工作年度报告`); else the value of a `名称`/`标题` field.
 */
export function findTitle(lines: readonly Line[], fields: readonly HeaderField[]): TitleMatch | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.blank || line.text.includes('\t')) continue
    if (breadcrumbPattern.test(line.text) || fields.some((field) => field.line === line)) continue
    const compact = compactText(line.text)
    if (compact.length < 6 || compact.length > 80) continue
    if (reportTitlePattern.test(compact)) {
      const previous = previousNonBlank(lines, i)
      if (previous && /(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?$/u.test(compactText(previous.text)) && compactText(previous.text).length < 30) {
        return joined([previous, line])
      }
      return { text: line.text.trim(), compact, lines: [line], fromField: false }
    }
  }
  const field = fields.find((candidate) => (candidate.label === '名称' || candidate.label === '标题') && candidate.value !== '')
  if (field) return { text: field.value, compact: compactText(field.value), lines: [field.line], fromField: true }
  return null
}

function previousNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]
    if (line && !line.blank) return line
  }
  return undefined
}

function joined(parts: Line[]): TitleMatch {
  const text = parts.map((line) => line.text.trim()).join('')
  return { text, compact: compactText(text), lines: parts, fromField: false }
}
