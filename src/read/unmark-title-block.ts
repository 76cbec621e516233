import type { Line } from '../model/block.js'

// What a report title reads like (`平潭综合实验区2015年度政府信息公开工作年度报告`), white space removed.
const titlePattern = /(?:信息公开|政务公开).{0,20}(?:年度报告|工作报告|年报|报告)(?:[(（][^)）]{0,20}[)）])?$/u
const yearPattern = /\d{4}|[〇○零一二三四五六七八九]{4}/u
/** The title block is looked for in this many leading lines. */
const titleBlockLines = 4

/**
 * A report title printed as a heading or in bold at the top of the article (`<h1>`, `# …`,
 * `<p><strong>平潭综合实验区</strong></p><p><strong>2015年度…报告</strong></p>`) is the title, not a
 * section: when the first leading heading/bold lines together read like a report title (with a
 * year, ending in 报告/年报), their `headingDepth` and `bold` markup is removed. Lines are changed in place.
 */
export function unmarkTitleBlock(lines: readonly Line[]): void {
  const block: Line[] = []
  for (const line of lines) {
    if (line.blank || line.markup.tableCell) continue
    if (line.markup.headingDepth === undefined && !line.markup.bold) break
    block.push(line)
    if (block.length >= titleBlockLines) break
  }
  for (let count = 1; count <= block.length; count++) {
    const compact = block
      .slice(0, count)
      .map((line) => line.text)
      .join('')
      .replace(/\s+/gu, '')
    if (compact.length <= 80 && titlePattern.test(compact) && yearPattern.test(compact)) {
      for (const line of block.slice(0, count)) {
        delete line.markup.headingDepth
        delete line.markup.bold
      }
      return
    }
  }
}
