import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { settings } from '../../test/properties/fc-settings.js'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { findPlainMarkdownBlocks } from './plain-markdown-blocks.js'
import { markdownParserInput } from './markdown-parser-input.js'
import { readMarkdown } from './read-markdown.js'
import { createSourceText } from './source-text.js'

const kinds = (markdown: string) => findPlainMarkdownBlocks(createSourceText(markdown)).map((block) => `${block.kind}:${markdown.slice(block.from, block.to)}`)

describe('findPlainMarkdownBlocks', () => {
  test('finds paragraphs, ATX headings and pipe tables between blank lines', () => {
    const markdown = ['## 一、总体情况', '', '2020年，本机关主动公开1\\.2万条。', '第二行。', '', '| 指标 | 数量 |', '| --- | --- |', '| 1\\.属于 | 12 |', ''].join('\n')
    expect(kinds(markdown)).toEqual(['heading:## 一、总体情况', 'paragraph:2020年，本机关主动公开1\\.2万条。\n第二行。', 'table:| 指标 | 数量 |\n| --- | --- |\n| 1\\.属于 | 12 |'])
  })

  test('reads lines all bold around plain text (`**一、总体情况**`) as plain, in bold', () => {
    expect(kinds('**一、总体情况**\n\n**（一）主动公开**\n2020年，主动公开12条。\n\n后文。')).toEqual([
      'paragraph:**一、总体情况**',
      'paragraph:**（一）主动公开**\n2020年，主动公开12条。',
      'paragraph:后文。',
    ])
    const document = readMarkdown('**一、总体情况**\n\n正文。', new DiagnosticList())
    expect(document.lines.map((line) => [line.text, line.markup.bold === true, line.position.start.offset, line.position.end.offset])).toEqual([
      ['一、总体情况', true, 2, 8],
      ['正文。', false, 12, 15],
    ])
    for (const run of ['** 空格**', '**尾空格 **', '**\u3000全角**', '**a\\*b**', '**x|y**', '**x**y', '****', '***x***', '**一**二**三**']) {
      expect(kinds(`${run}\n\n后文。`), run).toEqual(['paragraph:后文。'])
    }
  })

  test('leaves inline markup, white space at the ends and block markers to the parser', () => {
    for (const run of ['**一是**加强领导。', '主动公开&nbsp;12条', '见[网站](http://x)', '`代码`', '<br>换行', '行尾两空格  ', '\t制表', '  缩进', '- 列表', '1. 第一', '> 引用', '双反斜杠\\\\', '行尾反斜杠\\', '# 标题 #', '#无空格', '####### 七级']) {
      expect(kinds(`${run}\n\n后文。`), run).toEqual(['paragraph:后文。'])
    }
  })

  test('keeps a run only when the line after the next blank cannot continue a list or code the parser left open', () => {
    expect(kinds('- 项\n\n正文。\n\n  续行')).toEqual([])
    expect(kinds('- 项\n\n正文。\n\n- 下一项')).toEqual([])
    expect(kinds('- 项\n\n正文。\n\n1) 下一项')).toEqual([])
    expect(kinds('    代码\n\n正文。\n\n    代码')).toEqual([])
    expect(kinds('- 项\n\n正文。\n\n2020年。')).toEqual(['paragraph:正文。', 'paragraph:2020年。'])
  })

  test('finds nothing in a document with a fence or an HTML block that spans blank lines', () => {
    expect(kinds('正文。\n\n```\n\n代码\n\n```')).toEqual([])
    expect(kinds('<!--\n\n正文。\n\n-->')).toEqual([])
    expect(kinds('<div>\n\n正文。')).toEqual(['paragraph:正文。'])
  })

  test('a table must be one from its first line to its last', () => {
    expect(kinds('| a | b |\n| --- |\n| 1 | 2 |')).toEqual([])
    expect(kinds('| a |\n| b |')).toEqual([])
    expect(kinds('| a | b |\n| --- | --- |')).toEqual(['table:| a | b |\n| --- | --- |'])
  })

  test('leaves the parser the rest, piece by piece, each with its place in the source; null when nothing is left', () => {
    const markdown = '# 标题\r\n\r\n> 引用\r\n> 二\r\n\r\n正文。\r\n\r\n\r\n*强调*\r\n\r\n后文。'
    const source = createSourceText(markdown)
    expect(markdownParserInput(source, findPlainMarkdownBlocks(source))).toEqual({
      text: '> 引用\r\n> 二\n\n*强调*',
      starts: [0, 11],
      sourceStarts: [8, 30],
      lines: [0, 3],
      sourceLines: [2, 8],
    })
    const plain = createSourceText('# 标题\n\n正文。\n')
    expect(markdownParserInput(plain, findPlainMarkdownBlocks(plain))).toBeNull()
  })
})

// Lines that are plain, nearly plain, or Markdown constructs that could reach into a plain block.
const fragments = [
  '一、总体情况',
  '2020年，本机关主动公开政府信息1200条。',
  '　　缩进的段落。',
  '1\\. 属于国家秘密',
  'a\\*b\\_c\\|d',
  'x\\\\y',
  '反斜杠\\a在中间',
  '行尾\\',
  '行尾空格 ',
  '行尾两空格  ',
  '\t制表符',
  '中\t间',
  '**粗体**',
  '**一、总体情况**',
  '**（一）主动公开情况**',
  '**“三安全一稳定”**',
  '**1. 标题**',
  '** 空格**',
  '**尾空格 **',
  '**\u3000全角空格**',
  '**\u00a0不换行空格**',
  '**a\\*b**',
  '**x|y**',
  '**x**y',
  '****',
  '***x***',
  '**一**二**三**',
  '*强调*',
  '`代码`',
  '[链接](http://x)',
  '[ref]: http://x',
  '[ref]',
  '<br>',
  '<div>',
  '</div>',
  '<!-- 注释',
  '-->',
  '&amp;&nbsp;',
  '1. 第一',
  '2. 第二',
  '10) 十',
  '- 列表',
  '* 星',
  '+ 加',
  '  - 嵌套',
  '   续行',
  '    缩进代码',
  '> 引用',
  '>> 深引用',
  '## 二、标题',
  '# 标题 #',
  '###### 六级',
  '####### 七级',
  '#无空格',
  '===',
  '---',
  '***',
  '___',
  '```',
  '~~~',
  '| 指标 | 数量 |',
  '| --- | --- |',
  '| 主动公开 | 12 |',
  '|a|b|',
  '|-|-|',
  '| \\| 转义 | x |',
  '| 1\\. x | 2 |',
  '| a | b | c |',
  '| 粗 | **1** |',
  '| 断<br>行 | 2 |',
  '|',
  '',
  ' ',
  '\uFEFF开头',
  '\u0000',
  '\u0085',
  '2020.1.1 日期',
]
const separators = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\n\n']

describe('reading plain blocks without the parser', () => {
  test('gives the same document as remark-parse does (every line, map, position and block)', () => {
    const document = fc
      .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...separators)), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''))
    fc.assert(
      fc.property(document, fc.boolean(), (markdown, trimEnd) => {
        const text = trimEnd ? markdown.trimEnd() : markdown
        const fast = new DiagnosticList()
        const slow = new DiagnosticList()
        expect(readMarkdown(text, fast)).toEqual(readMarkdown(text, slow, { plainBlocks: false }))
        expect(fast.items).toEqual(slow.items)
      }),
      { ...settings, numRuns: settings.numRuns * 5 },
    )
  })
})
