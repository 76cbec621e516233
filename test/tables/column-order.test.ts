// A G3/G4 table whose header names its columns in another order than the template's is read by
// its header (templates.md §5–6): in the template's order its values would be swapped, and table 3's
// row sums would still hold, so no check could tell.
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells } from '../../src/testing/index.js'

const title = '张村镇2025年政府信息公开工作年度报告'

/** The cells of a report holding table 3 with the given header lines below its first, and one row. */
const table3Cells = (headers: string[], row: string) =>
  dataCells(listCells(parseReport([title, '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t', ...headers, row].join('\n'))))

describe('columns printed in another order', () => {
  test('should be read by their header in table 3', () => {
    const cells = table3Cells(['\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计', '\t\t\t\t科研机构\t商业企业\t社会公益组织\t法律服务机构\t其他\t'], '一、本年新收政府信息公开申请数量\t\t\t1\t2\t3\t0\t0\t0\t6')
    expect([cells['requests.newReceived.researchInstitution'], cells['requests.newReceived.commercialEnterprise'], cells['requests.newReceived.total']]).toEqual([2, 3, 6])
  })

  test('should be read by their header in table 2', () => {
    const cells = dataCells(listCells(parseReport([title, '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容\t本年废止件数\t本年制发件数\t现行有效件数', '规章\t1\t2\t3'].join('\n'))))
    expect([cells['activeDisclosure.regulations.issued'], cells['activeDisclosure.regulations.repealed'], cells['activeDisclosure.regulations.inForce']]).toEqual([2, 1, 3])
  })

  test('should be read in the template’s order when the header follows it', () => {
    const cells = dataCells(listCells(parseReport([title, '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t2\t3'].join('\n'))))
    expect([cells['activeDisclosure.regulations.issued'], cells['activeDisclosure.regulations.repealed'], cells['activeDisclosure.regulations.inForce']]).toEqual([1, 2, 3])
  })

  test('should pass over a 法人或其他组织 subtotal column a report adds (templates.md §5.3)', () => {
    const cells = table3Cells(['\t\t\t自然人\t法人或其他组织\t\t\t\t\t\t总计', '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t'], '一、本年新收政府信息公开申请数量\t\t\t827\t1617\t864\t13\t24\t689\t3207\t4034')
    // 小计 (3207) reads one character away from 总计: the total is the 总计 column's, 4034.
    expect([cells['requests.newReceived.otherOrg'], cells['requests.newReceived.total']]).toEqual([689, 4034])
  })
})
