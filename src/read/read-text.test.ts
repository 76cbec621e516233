import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import { readText } from './read-text.js'
import { tableBlocks } from './table-blocks.js'

describe('readText blocks', () => {
  const text = ['标题', '', '一、总体情况', '- 3 -', '本年度共收到申请13件。'].join('\n')

  test('one paragraph block per printed line: blank and page-number lines have none', () => {
    const document = readText(text, new DiagnosticList())
    expect(document.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(document.blocks.map((block) => block.lines.map((line) => line.text))).toEqual([['标题'], ['一、总体情况'], ['本年度共收到申请13件。']])
    // The block is the line's: same line object, same position.
    const block = document.blocks[2]
    expect(block?.lines[0]).toBe(document.lines[4])
    expect(block?.position).toBe(document.lines[4]?.position)
    // Built once: reading `blocks` again gives the same array.
    expect(document.blocks).toBe(document.blocks)
  })

  test('blocks can be replaced, and a plain-text document has no table blocks', () => {
    const document = readText(text, new DiagnosticList())
    expect(tableBlocks(document)).toEqual([])
    document.blocks = []
    expect(document.blocks).toEqual([])
    expect(JSON.parse(JSON.stringify(document)).blocks).toEqual([])
  })

  test('every document shares one blocks accessor, so none is held by its getter', () => {
    const first = Object.getOwnPropertyDescriptor(readText(text, new DiagnosticList()), 'blocks')
    const second = Object.getOwnPropertyDescriptor(readText('另一份', new DiagnosticList()), 'blocks')
    expect(first?.enumerable).toBe(true)
    expect(first?.get).toBeTypeOf('function')
    expect(second?.get).toBe(first?.get)
    expect(second?.set).toBe(first?.set)
  })

  test('blocks set on one document leave another alone', () => {
    const one = readText(text, new DiagnosticList())
    const other = readText(text, new DiagnosticList())
    one.blocks = []
    expect(one.blocks).toEqual([])
    expect(other.blocks).toHaveLength(3)
  })
})
