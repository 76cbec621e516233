import { describe, expect, test } from 'vitest'
import type { HtmlElement, HtmlNode, HtmlText } from './html-node.js'
import { parseHtmlTree } from './parse-html-tree.js'

const shape = (node: HtmlNode): unknown =>
  node.type === 'text' ? node.data : node.type === 'root' ? node.children.map(shape) : { [node.name]: node.children.map(shape) }
const first = (html: string, name: string) => parseHtmlTree(html).elements.find((element) => element.name === name) as HtmlElement
const texts = (node: HtmlNode): HtmlText[] => (node.type === 'text' ? [node] : node.children.flatMap(texts))

describe('parseHtmlTree', () => {
  test('should close p, li, td and tr by their successors, as HTML implies', () => {
    const tree = parseHtmlTree('<p>一<p>二<ul><li>甲<li>乙</ul><table><tr><td>1<td>2<tr><td>3</table>')
    expect(shape(tree.root)).toEqual([
      { p: ['一'] },
      { p: ['二'] },
      { ul: [{ li: ['甲'] }, { li: ['乙'] }] },
      { table: [{ tr: [{ td: ['1'] }, { td: ['2'] }] }, { tr: [{ td: ['3'] }] }] },
    ])
  })

  test('should end no element past the input when a comment or CDATA section is cut off by its end', () => {
    for (const html of ['<html><body><p>一、总体情况<!--x', '<html><body><table><tr><td>一、总体情况<!--x', '<div><p>一、总体情况<![CDATA[x']) {
      const { elements } = parseHtmlTree(html)
      expect(elements.length).toBeGreaterThan(0)
      for (const element of elements) {
        expect(element.end).toBeLessThanOrEqual(html.length)
        expect(element.contentEnd).toBeLessThanOrEqual(html.length)
      }
    }
  })

  test('should give an element its tag and content offsets, end exclusive', () => {
    const html = '<div id=a><td>12</td><td>3<td></div>'
    const [div, cell, implied, empty] = parseHtmlTree(html).elements as HtmlElement[]
    expect(html.slice(div?.start, div?.end)).toBe(html)
    expect(html.slice(div?.contentStart, div?.contentEnd)).toBe('<td>12</td><td>3<td>')
    expect(html.slice(cell?.start, cell?.end)).toBe('<td>12</td>')
    expect(html.slice(cell?.contentStart, cell?.contentEnd)).toBe('12')
    // Closed by the next <td>: it ends where that tag starts.
    expect(html.slice(implied?.start, implied?.end)).toBe('<td>3')
    expect(html.slice(implied?.contentStart, implied?.contentEnd)).toBe('3')
    expect(empty?.contentStart).toBe(empty?.contentEnd)
    expect(empty?.contentEnd).toBe(html.indexOf('</div>'))
  })

  test('should close void elements at once, and read </br> and a lone </p> as a browser does', () => {
    const html = '<p>甲<br>乙<img src=x>丙</br>丁</p></p>'
    const tree = parseHtmlTree(html)
    expect(shape(tree.root)).toEqual([{ p: ['甲', { br: [] }, '乙', { img: [] }, '丙', { br: [] }, '丁'] }, { p: [] }])
    const br = tree.elements[1] as HtmlElement
    expect(html.slice(br.start, br.end)).toBe('<br>')
  })

  test('should decode character references and keep each one as a piece spanning the whole reference', () => {
    const html = '<p>A&nbsp;b&amp;c&lt d&#x4e00;</p>'
    const [text] = texts(parseHtmlTree(html).root)
    expect(text?.data).toBe('A\u00a0b&c< d一')
    expect(html.slice(text?.start, text?.end)).toBe('A&nbsp;b&amp;c&lt d&#x4e00;')
    // (length in data, source start, source end) per piece.
    const at = (s: string) => html.indexOf(s)
    expect(text?.pieces).toEqual([1, 3, 4, 1, at('&nbsp;'), at('b&'), 1, at('b&'), at('&amp;'), 1, at('&amp;'), at('c&'), 1, at('c&'), at('&lt'), 1, at('&lt'), at(' d'), 2, at(' d'), at('&#x'), 1, at('&#x'), at('</p>')])
  })

  test('should keep text without references as the plain source slice', () => {
    const html = '<p>一二三</p>'
    const [text] = texts(parseHtmlTree(html).root)
    expect(text?.pieces).toBeNull()
    expect(html.slice(text?.start, text?.end)).toBe('一二三')
  })

  test('should read script and style as raw text, drop comments and CDATA, lower-case tags and attributes', () => {
    const tree = parseHtmlTree('<SCRIPT>if (a<b) x="</p>"</SCRIPT><Style>p{}</Style><!-- <p>x</p> --><![CDATA[y]]><DIV CLASS=TRS_Editor Id="z">文</DIV>')
    expect(shape(tree.root)).toEqual([{ script: ['if (a<b) x="</p>"'] }, { style: ['p{}'] }, { div: ['文'] }])
    expect(tree.elements[2]?.attribs).toEqual({ class: 'TRS_Editor', id: 'z' })
  })

  test('should close what is open at the end, and report a tag or comment cut off there', () => {
    const cut = '<div><p>甲<table'
    const tree = parseHtmlTree(cut)
    expect(shape(tree.root)).toEqual([{ div: [{ p: ['甲'] }] }])
    expect(tree.errors).toEqual([{ code: 'eof-in-tag', offset: cut.length }])
    expect(parseHtmlTree('<p>甲<!-- 未完').errors).toEqual([{ code: 'eof-in-comment', offset: 11 }])
    expect(parseHtmlTree('<p>甲</p>\n').errors).toEqual([])
    expect(parseHtmlTree('<p>甲').errors).toEqual([])
  })

  test('should find the first body, list elements in document order, and merge one run of text', () => {
    const tree = parseHtmlTree('<html><head><title>t</title></head><body><div>a&amp;b</div></body></html>')
    expect(tree.body?.name).toBe('body')
    expect(tree.elements.map((element) => element.name)).toEqual(['html', 'head', 'title', 'body', 'div'])
    expect(tree.elements.every((element, index) => element.index === index)).toBe(true)
    expect(texts(first('<div>a&amp;b</div>', 'div')).map((text) => text.data)).toEqual(['a&b'])
  })
})

describe('parseHtmlTree on cells with inline elements left open', () => {
  test('should close the cell at the next cell or row, as a browser does', () => {
    const html = '<table><tr><td><p>甲<td><span>1<th>2<tr><td><b>乙<td>3</table>'
    const tree = parseHtmlTree(html)
    expect(shape(tree.root)).toEqual([
      {
        table: [
          { tr: [{ td: [{ p: ['甲'] }] }, { td: [{ span: ['1'] }] }, { th: ['2'] }] },
          { tr: [{ td: [{ b: ['乙'] }] }, { td: ['3'] }] },
        ],
      },
    ])
    const cell = tree.elements.find((element) => element.name === 'td') as HtmlElement
    expect(html.slice(cell.start, cell.end)).toBe('<td><p>甲')
    expect(html.slice(cell.contentStart, cell.contentEnd)).toBe('<p>甲')
  })

  test('should put a cell opened inside inline elements of a row into the row, and leave nested tables alone', () => {
    expect(shape(parseHtmlTree('<table><tr><span><td>1</td></tr></table>').root)).toEqual([{ table: [{ tr: [{ span: [] }, { td: ['1'] }] }] }])
    expect(shape(parseHtmlTree('<table><tr><td><table><tr><td>1<td>2</table></td></tr></table>').root)).toEqual([
      { table: [{ tr: [{ td: [{ table: [{ tr: [{ td: ['1'] }, { td: ['2'] }] }] }] }] }] },
    ])
  })
})
