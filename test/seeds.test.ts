// Expectations read by hand off each seed's text (fixtures/*.txt = shared/seeds, byte for byte).
import { describe, expect, test } from 'vitest'
import { parseReport, type ParsedReport, type Section } from '../src/index.js'
import { fixture } from './fixture.js'

const headings = (report: ParsedReport) => report.sections.map((section) => `${section.numbering ?? ''}${section.title}`)
const secondLevelCount = (report: ParsedReport) => report.sections.reduce((sum, section) => sum + section.children.length, 0)
const codes = (report: ParsedReport) => report.diagnostics.map((diagnostic) => diagnostic.code)

describe('qidu-2017 (齐都镇, G2 statistics table, 11 sections)', () => {
  const text = fixture('qidu-2017.txt')
  const report = parseReport(text)

  test('should classify it as the 2014 generation from its table columns', () => {
    expect(report.generation).toBe('2014')
    expect(report.classification.evidence.map((evidence) => evidence.signal)).toContain('g2.column-indicator')
  })

  test('should read title, organ, year and period', () => {
    expect(report.meta.title).toBe('齐都镇政府2017年信息公开工作年度报告')
    expect(report.meta.organ).toBe('齐都镇政府')
    expect(report.meta.year).toBe(2017)
    expect(report.meta.period).toEqual({ start: '2017-01-01', end: '2017-12-31' })
    expect(report.meta.publicationDate).toBeNull()
  })

  test('should find the 11 top-level sections, indented or not', () => {
    expect(headings(report)).toEqual([
      '一、概述',
      '二、政府信息公开的组织领导和制度建设情况',
      '三、重点领域政府信息公开工作推进情况',
      '四、主动公开政府信息以及公开平台建设情况',
      '五、政府信息公开申请的办理情况',
      '六、政府信息公开的收费以及减免情况',
      '七、因政府信息公开申请提起行政复议、行政诉讼的情况',
      '八、政府信息公开保密审查及监督检查情况',
      '九、所属事业单位信息公开推进情况',
      '十、政府信息公开工作存在的主要问题及改进情况',
      '十一、需要说明的事项与附表',
    ])
    expect(report.sections.map((section) => section.role)).toEqual([
      'overview', null, null, 'activeDisclosure', 'requests', 'fees', 'reviewLitigation', null, null, 'problems', 'other',
    ])
  })

  test('should nest （一） headings and 1、 items, and cut run-on titles at the sentence end', () => {
    // 3 + 3 + 8 + 3 + 0 + 0 + 0 + 3 + 0 + 2 + 2
    expect(secondLevelCount(report)).toBe(24)
    const problems = report.sections[9] as Section
    expect(problems.children.map((child) => child.title)).toEqual(['主要问题', '改进措施'])
    expect(problems.children[0]?.children.map((child) => child.title)).toEqual([
      '公开内容需要进一步深化',
      '公开形式的便民性需要进一步提高',
      '宣传和引导工作需要进一步加强',
    ])
    expect(report.sections[0]?.children[0]?.title).toBe('制定政府信息公开工作计划')
  })

  test('should not take the table row labels (一、主动公开情况 …) for headings', () => {
    const all = JSON.stringify(report.sections)
    expect(all).not.toContain('主动公开情况"')
    expect(report.sections.at(-1)?.children.map((child) => child.title)).toEqual(['其它说明', '2017年政府信息公开工作情况统计表'])
  })

  test('should keep positions pointing at the printed heading', () => {
    const section = report.sections[0] as Section
    expect(text.slice(section.position.start.offset, section.position.end.offset)).toBe('一、概述')
    expect(section.position.start).toEqual({ line: 3, column: 4, offset: text.indexOf('一、概述') })
  })

  test('should report the removed [bookmark: _GoBack] residue and nothing alarming', () => {
    expect(codes(report)).toEqual(['read.residue-removed'])
  })
})

describe('tongjiang-2017 (同江市, prose only, mis-numbered headings)', () => {
  const report = parseReport(fixture('tongjiang-2017.txt'))

  test('should classify it as 2014 from the year and its G2 wording', () => {
    expect(report.generation).toBe('2014')
  })

  test('should read title, organ, year, period and contacts', () => {
    expect(report.meta.title).toBe('同江市2017年政府信息公开工作年度报告')
    expect(report.meta.organ).toBe('同江市')
    expect(report.meta.year).toBe(2017)
    expect(report.meta.period).toEqual({ start: '2017-01-01', end: '2017-12-31' })
    expect(report.meta.contacts).toEqual({
      phones: ['(0454)2907056'],
      emails: ['tjxxzx888@126.com'],
      postcode: '156400',
      address: '同江市人大后院203室',
    })
  })

  test('should keep 1、 概述 as the first of four top-level sections', () => {
    expect(headings(report)).toEqual(['1、概述', '二、政府信息主动公开情况', '三、存在的主要问题', '四、2018年工作思路'])
    expect(report.sections[0]?.numbering).toBe('1、')
  })

  test('should keep （3） （4） as siblings of （一）（二）（五）', () => {
    const active = report.sections[1] as Section
    expect(active.children.map((child) => child.numbering)).toEqual(['（一）', '（二）', '（3）', '（4）', '（五）'])
    expect(active.children.map((child) => child.level)).toEqual([2, 2, 2, 2, 2])
    expect(secondLevelCount(report)).toBe(9)
  })

  test('should report each style switch with its position', () => {
    const switches = report.diagnostics.filter((diagnostic) => diagnostic.code === 'section.numbering-style-switch')
    expect(switches.map((diagnostic) => diagnostic.actual)).toEqual(['二、', '（3）', '（五）'])
    expect(switches.map((diagnostic) => diagnostic.position?.start.line)).toEqual([21, 29, 33])
  })

  test('should read the four declared parts and find them all', () => {
    expect(report.meta.declaredParts).toEqual({
      count: 4,
      parts: ['概述', '政府信息公开情况', '政府信息公开工作存在的主要问题', '2018年工作思路'],
    })
    expect(codes(report)).not.toContain('meta.declared-parts-mismatch')
  })
})

describe('zhangcun-2011 (张村镇, G1, Chinese-numeral date)', () => {
  const report = parseReport(fixture('zhangcun-2011.txt'))

  test('should classify it as 2008', () => {
    expect(report.generation).toBe('2008')
  })

  test('should read title, organ, year, period and the signature date in Chinese numerals', () => {
    expect(report.meta.title).toBe('张村镇2011年度政府信息公开工作报告')
    expect(report.meta.organ).toBe('张村镇')
    expect(report.meta.year).toBe(2011)
    expect(report.meta.period).toEqual({ start: '2011-01-01', end: '2011-12-31' })
    expect(report.meta.signatureDate).toBe('2012-02-20')
  })

  test('should find eight numbered sections and the attachment', () => {
    expect(headings(report)).toEqual([
      '一、概述',
      '二、政府信息公开的组织领导和制度建设情况',
      '三、主动公开政府信息以及公开平台建设情况',
      '四、政府信息公开申请的办理情况',
      '五、政府信息公开的收费及减免情况',
      '六、因政府信息公开申请行政复议、行政诉讼的情况',
      '七、政府信息公开保密审查及监督检查情况',
      '八、政府信息公开工作存在的主要问题及改进情况',
      '附件：',
    ])
    expect(report.sections.at(-1)?.role).toBe('attachment')
    expect(secondLevelCount(report)).toBe(9)
  })

  test('should report the restarted （一） and the declared part that has no section', () => {
    expect(codes(report)).toEqual(['section.numbering-restarted', 'meta.declared-parts-mismatch'])
    expect(report.meta.declaredParts?.count).toBe(9)
    expect(report.meta.declaredParts?.parts.at(-1)).toBe('需要说明的事项与附表')
  })
})

describe('chongwen-2020 (崇文镇, G3, OCR)', () => {
  const report = parseReport(fixture('chongwen-2020.txt'))

  test('should classify it as 2019 from its table 2 columns', () => {
    expect(report.generation).toBe('2019')
    expect(report.classification.evidence.map((evidence) => evidence.signal)).toEqual(
      expect.arrayContaining(['g3.table2-newly-made', 'g3.table2-procurement-amount', 'year-prior']),
    )
  })

  test('should read title (spaces kept), organ and year', () => {
    expect(report.meta.title).toBe('崇文镇 2020 年政府信息公开工作年度报告')
    expect(report.meta.organ).toBe('崇文镇')
    expect(report.meta.year).toBe(2020)
    expect(report.meta.period).toBeNull()
  })

  test('should find the six fixed headings and no heading inside the OCR tables', () => {
    expect(headings(report)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
    expect(report.sections.map((section) => section.role)).toEqual(['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other'])
    expect(secondLevelCount(report)).toBe(0)
  })
})

describe('zhenyuan-2017 (镇原县, web page copy with spam site name)', () => {
  const report = parseReport(fixture('zhenyuan-2017.txt'))

  test('should classify it as 2014', () => {
    expect(report.generation).toBe('2014')
  })

  test('should take the organ from the title, never from the spam site name', () => {
    expect(report.meta.organ).toBe('镇原县')
    expect(JSON.stringify(report.meta)).not.toContain('365')
  })

  test('should read the page fields, title, year, period and contacts', () => {
    expect(report.meta.title).toBe('镇原县2017年政府信息公开工作报告')
    expect(report.meta.year).toBe(2017)
    expect(report.meta.indexNumber).toBe('XXGK/2018-4388')
    expect(report.meta.documentNumber).toBeNull()
    expect(report.meta.publisher).toBe('政府办')
    expect(report.meta.publicationDate).toBe('2018-02-23')
    expect(report.meta.period).toEqual({ start: '2017-01-01', end: '2017-12-31' })
    // Phones from the introduction; the footer's e-mail and postcode are site chrome.
    expect(report.meta.contacts).toEqual({ phones: ['0934-7135819', '0934-7121808'], emails: [], postcode: null, address: null })
  })

  test('should find the six declared parts as six sections', () => {
    expect(headings(report)).toEqual([
      '一、概述',
      '二、主动公开政府信息情况',
      '三、依申请公开政府信息情况',
      '四、政府信息公开的收费及减免情况',
      '五、行政复议、行政诉讼和举报投诉情况',
      '六、政府信息公开工作存在的主要问题及改进措施',
    ])
    expect(secondLevelCount(report)).toBe(11)
    expect(report.meta.declaredParts?.count).toBe(6)
    expect(codes(report)).not.toContain('meta.declared-parts-mismatch')
  })
})
