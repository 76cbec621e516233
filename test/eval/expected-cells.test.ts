import { describe, expect, test } from 'vitest'
import { expectedCells } from '../../scripts/eval/expected-cells.js'
import { expectedGeneration } from '../../scripts/eval/expected-generation.js'
import { parseExpectedNumber } from '../../scripts/eval/parse-expected-number.js'

const asMap = (cells: { path: string; expected: number | null }[]) => Object.fromEntries(cells.map((cell) => [cell.path, cell.expected]))

describe('expectedGeneration', () => {
  test('should map the manifest codes to the discriminant', () => {
    expect(['G1', 'G2', 'G3', 'G4', 'not-a-report'].map(expectedGeneration)).toEqual(['2008', '2014', '2019', '2021', 'unrecognized'])
    expect(expectedGeneration('G5')).toBeNull()
  })
})

describe('parseExpectedNumber', () => {
  test('should keep numbers and blanks, and read a number printed with its unit', () => {
    expect(parseExpectedNumber(0)).toBe(0)
    expect(parseExpectedNumber(null)).toBeNull()
    expect(parseExpectedNumber('75394432.52元')).toBe(75394432.52)
    expect(parseExpectedNumber('24252.311082')).toBe(24252.311082)
    expect(parseExpectedNumber('-18')).toBe(-18)
    expect(parseExpectedNumber('１２')).toBe(12)
  })

  test('should refuse text that is not one number', () => {
    expect(parseExpectedNumber('约20')).toBeUndefined()
    expect(parseExpectedNumber('')).toBeUndefined()
    expect(parseExpectedNumber(undefined)).toBeUndefined()
  })
})

describe('expectedCells', () => {
  test('should map G3/G4 table 3 and table 4 to requests.* and reviewLitigation.*', () => {
    const { cells, problems } = expectedCells({
      table3: { new_received: { total: 5, natural_person: 4 }, carried_forward: { total: null, natural_person: 0 } },
      table4: { review_total: 2, litigation_direct_total: 0, litigation_after_review_total: 1 },
    })
    expect(problems).toEqual([])
    expect(asMap(cells)).toEqual({
      'requests.newReceived.total': 5,
      'requests.newReceived.naturalPerson': 4,
      'requests.carriedForward.total': null,
      'requests.carriedForward.naturalPerson': 0,
      'reviewLitigation.review.total': 2,
      'reviewLitigation.litigationDirect.total': 0,
      'reviewLitigation.litigationAfterReview.total': 1,
    })
  })

  test('should expand table3_all_rows into seven columns a row and keep a path given twice once', () => {
    const { cells, problems } = expectedCells({
      table3: { granted: { total: 3, natural_person: 2 } },
      table3_all_rows: {
        columns: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
        rows: [
          { label: '三、本年度办理结果 / （一）予以公开', values: [2, 1, 0, 0, 0, 0, 3] },
          { label: '三、本年度办理结果 / （六）其他处理 / 3.其他', values: [null, null, null, null, null, null, 0] },
        ],
      },
    })
    expect(problems).toEqual([])
    expect(cells).toHaveLength(14)
    const map = asMap(cells)
    expect(map['requests.granted.commercialEnterprise']).toBe(1)
    expect(map['requests.granted.total']).toBe(3)
    expect(map['requests.other.other.naturalPerson']).toBeNull()
    expect(map['requests.other.other.total']).toBe(0)
  })

  test('should report a table3_all_rows value that contradicts table3 and keep the first', () => {
    const { cells, problems } = expectedCells({
      table3: { granted: { total: 3 } },
      table3_all_rows: { columns: ['总计'], rows: [{ label: '（一）予以公开', values: [4] }] },
    })
    expect(asMap(cells)).toEqual({ 'requests.granted.total': 3 })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('requests.granted.total')
  })

  test('should map the G3 table 2 and read the amount printed in 元 as a number', () => {
    const { cells, problems } = expectedCells({
      table2: {
        regulations: { new_made: 0, new_published: 0, total_published: 0 },
        normative_documents: { new_made: 9, new_published: 8, total_published: 70 },
        procurement: { count: 12, amount: '251000元' },
      },
    })
    expect(problems).toEqual([])
    expect(asMap(cells)).toEqual({
      'activeDisclosure.regulations.newlyMade': 0,
      'activeDisclosure.regulations.newlyPublished': 0,
      'activeDisclosure.regulations.totalPublished': 0,
      'activeDisclosure.normativeDocuments.newlyMade': 9,
      'activeDisclosure.normativeDocuments.newlyPublished': 8,
      'activeDisclosure.normativeDocuments.totalPublished': 70,
      'activeDisclosure.procurement.projects': 12,
      'activeDisclosure.procurement.amount': 251000,
    })
  })

  test('should map the G4 table 2, fees given as text or as a number', () => {
    const { cells, problems } = expectedCells({
      table2: {
        regulations: { made: 1, repealed: 0, valid: 4 },
        licensing_decisions: 120,
        punishment_decisions: null,
        coercion_decisions: 3,
        fees_wan_yuan: '12.5',
      },
    })
    expect(problems).toEqual([])
    expect(asMap(cells)).toEqual({
      'activeDisclosure.regulations.issued': 1,
      'activeDisclosure.regulations.repealed': 0,
      'activeDisclosure.regulations.inForce': 4,
      'activeDisclosure.licensing.decisions': 120,
      'activeDisclosure.punishment.decisions': null,
      'activeDisclosure.coercion.decisions': 3,
      'activeDisclosure.fees.amount': 12.5,
    })
    expect(asMap(expectedCells({ table2: { fees_wan_yuan: 7.25 } }).cells)).toEqual({ 'activeDisclosure.fees.amount': 7.25 })
  })

  test('should map G1/G2 cells to statistics.<key> and statistics.cumulative.<key>', () => {
    const { cells, problems } = expectedCells({
      cells: {
        主动公开文件数: { this_year: 12, cumulative: 340 },
        '其中：1、政府网站公开数': { this_year: 10, cumulative: null },
      },
    })
    expect(problems).toEqual([])
    expect(asMap(cells)).toEqual({
      'statistics.active.total': 12,
      'statistics.cumulative.active.total': 340,
      'statistics.active.channels.website': 10,
      'statistics.cumulative.active.channels.website': null,
    })
  })

  test('should report labels, rows and values it cannot map instead of scoring them', () => {
    const { cells, problems } = expectedCells({
      cells: { 网站访问量: { this_year: 5 } },
      table3: { granted: { commercial: 1 } },
      table4: { review_upheld: 1 },
      table2: { regulations: { new_made: 'n/a' } },
    })
    expect(cells).toEqual([])
    expect(problems).toHaveLength(4)
  })
})
