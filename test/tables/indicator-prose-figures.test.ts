// G1/G2 figures stated in sentences (templates.md §3, seeds tongjiang-2017, zhenyuan-2017): only a
// statement of the report year's figure fills a key.
import { describe, expect, test } from 'vitest'
import { listCells, parseReport } from '../../src/index.js'
import { dataCells } from '../../src/testing/index.js'

const title = '同江市2017年政府信息公开工作年度报告'
const activeTotal = (sentence: string) => dataCells(listCells(parseReport([title, '', '一、概述', '', sentence].join('\n'))))['statistics.active.total']

describe('a figure stated in prose', () => {
  test('should be read when it is the report year’s', () => {
    expect(activeTotal('2017年，全市主动公开政府信息4850条。')).toBe(4850)
    expect(activeTotal('全市主动公开政府信息4850条，其中政府网站公开4000条。')).toBe(4850)
  })

  test('should not be read from a running total', () => {
    expect(activeTotal('自2008年以来，全市累计主动公开政府信息34207条。')).toBeUndefined()
    expect(activeTotal('截至目前，历年主动公开政府信息34207条。')).toBeUndefined()
  })

  test('should be read from the clause about the report year, not an earlier one', () => {
    expect(activeTotal('2016年主动公开信息3000条，2017年主动公开信息4850条。')).toBe(4850)
    expect(activeTotal('2016年主动公开信息3000条。')).toBeUndefined()
  })
})
