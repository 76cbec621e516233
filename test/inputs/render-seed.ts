// Renders a plain-text seed as Markdown and as a government web page, for the "same report,
// different form" tests. Tables of the seeds (TAB-separated rows, one TAB cell per line) become
// pipe tables / <table>s; the top-level headings the plain-text parse found become `##` headings /
// bold paragraphs (attachments excepted); every other line a paragraph.
import type { ParsedReport } from '../../src/index.js'

/** A piece of a seed: a paragraph line, a heading line or a table. */
export type SeedPart = { kind: 'line'; text: string } | { kind: 'heading'; text: string } | { kind: 'table'; rows: string[][] }

const isBlankCell = (text: string) => text.replace(/[\s\u00a0\u3000]+/gu, '') === ''

/** Splits a seed into paragraph lines, heading lines and tables. */
export function splitSeed(text: string, report: ParsedReport): SeedPart[] {
  const lines = text.split(/\r\n|\r|\n/u)
  // An attachment line (附件：) stays a plain line: marked up as a heading it would be read as an
  // unnumbered heading, not an attachment (a matter of the sections stage, noted on the issue).
  const headingLines = new Set(report.sections.filter((section) => section.role !== 'attachment').map((section) => section.position.start.line - 1))
  const parts: SeedPart[] = []
  let table: string[][] | null = null
  let row: string[] | null = null
  const closeRow = () => {
    if (table && row && row.length > 0) table.push(row)
    row = null
  }
  const closeTable = () => {
    closeRow()
    if (table && table.length > 0) parts.push({ kind: 'table', rows: table })
    table = null
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line.startsWith('\t')) {
      // One cell per line (qidu-2017): a TAB starts a cell, an empty line ends the row.
      table ??= []
      row ??= []
      row.push(line.slice(1).trim())
      continue
    }
    if (table && row && line === '') {
      closeRow()
      continue
    }
    if (table && row && line.trim() !== '' && !line.includes('\t')) {
      // A label wrapped onto a line without TAB.
      row[row.length - 1] = `${row[row.length - 1] ?? ''}${line.trim()}`
      continue
    }
    if (table && row && line.trim() === '') continue
    if (line.includes('\t')) {
      // TAB-separated row (chongwen-2020, zhangcun-2011).
      if (table && row) closeRow()
      table ??= []
      table.push(line.split('\t').map((cell) => cell.trim()))
      continue
    }
    if (table && !row && line.trim() === '') continue
    closeTable()
    if (line.trim() === '') continue
    parts.push({ kind: headingLines.has(i) ? 'heading' : 'line', text: line.trim() })
  }
  closeTable()
  return parts
}

const escapeMarkdown = (text: string) =>
  text
    .replace(/[\\`*_[\]<>#|~]/gu, (character) => `\\${character}`)
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^([-+=])/u, '\\$1')

/** The seed as Markdown: `##` headings, paragraphs, pipe tables. */
export function renderMarkdown(parts: readonly SeedPart[]): string {
  const out: string[] = []
  for (const part of parts) {
    if (part.kind === 'line') out.push(escapeMarkdown(part.text))
    else if (part.kind === 'heading') out.push(`## ${escapeMarkdown(part.text)}`)
    else {
      const width = Math.max(...part.rows.map((row) => row.length))
      const cell = (text: string | undefined) => (text === undefined || isBlankCell(text) ? '' : escapeMarkdown(text))
      const rows = part.rows.map((row) => `| ${Array.from({ length: width }, (_, index) => cell(row[index])).join(' | ')} |`)
      out.push([rows[0], `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n'))
    }
  }
  return `${out.join('\n\n')}\n`
}

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/** Page fields printed in the page's metadata table. */
export interface PageFields {
  title: string
  indexNumber: string
  publisher: string
  publicationDate: string
}

/** The seed inside a realistic government page: header, navigation, metadata table, share bar, footer. */
export function renderGovernmentPage(parts: readonly SeedPart[], fields: PageFields): string {
  const body: string[] = []
  for (const part of parts) {
    if (part.kind === 'line') body.push(`<p style="text-indent:2em;">${escapeHtml(part.text)}</p>`)
    else if (part.kind === 'heading') body.push(`<p style="text-indent:2em;"><strong>${escapeHtml(part.text)}</strong></p>`)
    else {
      const width = Math.max(...part.rows.map((row) => row.length))
      const rows = part.rows.map(
        (row) =>
          `<tr>${Array.from({ length: width }, (_, index) => {
            const text = row[index]
            return `<td>${text === undefined || isBlankCell(text) ? '&nbsp;' : `<p>${escapeHtml(text)}</p>`}</td>`
          }).join('')}</tr>`,
      )
      body.push(`<table border="1" cellspacing="0"><tbody>\n${rows.join('\n')}\n</tbody></table>`)
    }
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(fields.title)}_人民政府门户网站</title>
<link rel="stylesheet" href="/css/style.css">
<script>var _hmt = _hmt || []; document.write('<div>政府信息公开年报</div>');</script>
<style>.nav li { float: left; } /* 政府信息公开工作年度报告 */</style>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="人民政府门户网站"></div>
<div class="top-links"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwgk/nb">政府信息公开年报</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/nb">政府信息公开年报</a></div>
<div class="main-box">
<table class="xxgk-table" width="100%">
<tr><td class="label">索引号：</td><td>${escapeHtml(fields.indexNumber)}</td><td class="label">发布机构：</td><td>${escapeHtml(fields.publisher)}</td></tr>
<tr><td class="label">发布日期：</td><td>${escapeHtml(fields.publicationDate)}</td><td class="label">主题分类：</td><td>政务公开</td></tr>
<tr><td class="label">名&nbsp;&nbsp;称：</td><td colspan="3">${escapeHtml(fields.title)}</td></tr>
</table>
<h1 class="article-title">${escapeHtml(fields.title)}</h1>
<div id="zoom" class="TRS_Editor">
${body.join('\n')}
</div>
<div class="share">分享到：<a class="weixin">微信</a><a class="weibo">微博</a></div>
<div class="print-close">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">
<p>主办单位：人民政府办公室 &nbsp; 网站标识码：6210000001</p>
<p><a href="https://beian.miit.gov.cn">陇ICP备05000001号</a> &nbsp; <img src="/images/ga.png">甘公网安备 62102702000001号</p>
</div>
</body>
</html>
`
}
