import { describe, expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'

// A 2021-format table 3 in a report whose text points to 2019: the year is 2020 (the 2019
// format's last year), there is no table 2, and OCR has garbled the two （六） rows only the 2021
// format has (逾其, 末按), so no 2021 text cue matches while the table still fits 2021 better.
// The tables decide (templates.md §1); the sibling generation is first matched for its fit only,
// so this checks that the chosen one is then read in full.
const rows = [
  ['一、本年新收政府信息公开申请数量', '10', '2', '0', '0', '0', '1', '13'],
  ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
  ['三、本年度办理结果\t（一）予以公开', '5', '1', '0', '0', '0', '0', '6'],
  ['\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1', '0', '0', '0', '0', '0', '1'],
  ['\t（三）不予公开\t1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t3.危及“三安全一稳定”', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t4.保护第三方合法权益', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t5.属于三类内部事务信息', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t6.属于四类过程性信息', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t7.属于行政执法案卷', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t8.属于行政查询事项', '0', '0', '0', '0', '0', '0', '0'],
  ['\t（四）无法提供\t1.本机关不掌握相关政府信息', '2', '0', '0', '0', '0', '0', '2'],
  ['\t\t2.没有现成信息需要另行制作', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t3.补正后申请内容仍不明确', '0', '0', '0', '0', '0', '0', '0'],
  ['\t（五）不予处理\t1.信访举报投诉类申请', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t2.重复申请', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t3.要求提供公开出版物', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t4.无正当理由大量反复申请', '0', '0', '0', '0', '0', '0', '0'],
  ['\t\t5.要求行政机关确认或重新出具已获取信息', '0', '0', '0', '0', '0', '0', '0'],
  ['\t（六）其他处理\t1.申请人无正当理由逾其不补正、行政机关不再处理其政府信息公开申请', '3', '0', '0', '0', '0', '0', '3'],
  ['\t\t2.申请人逾期末按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0', '1', '0', '0', '0', '0', '1'],
  ['\t\t3.其他', '0', '0', '0', '0', '0', '0', '0'],
  ['\t（七）总计', '11', '2', '0', '0', '0', '0', '13'],
  ['四、结转下年度继续办理', '0', '0', '0', '0', '0', '1', '1'],
]
const report = [
  '某县人民政府2020年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '2020年，本机关共收到政府信息公开申请13件。',
  '',
  '三、收到和处理政府信息公开申请情况',
  '',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况',
  '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
  '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  ...rows.map(([label, ...values]) => `${label}\t\t${values.join('\t')}`.replace(/^(\t（[一二三四五六七]）[^\t]*)\t\t/u, '$1\t\t')),
  '',
  '五、存在的主要问题及改进情况',
  '',
  '下一步将继续改进。',
  '',
].join('\n')

describe('the tables overrule the text between 2019 and 2021', () => {
  const parsed = parseReport(report, { format: 'text' })

  test('the text points to 2019; the 2021 tables decide', () => {
    expect(parsed.generation).toBe('2021')
    expect(parsed.diagnostics.map((diagnostic) => diagnostic.code)).toContain('table.generation-revised')
    expect(parsed.classification.evidence.some((evidence) => evidence.signal === 'tables-fit' && evidence.generation === '2021')).toBe(true)
  })

  test('the chosen generation is read in full: the garbled 2021-only rows carry their values', () => {
    if (parsed.generation !== '2021') throw new Error('expected the 2021 variant')
    const other = parsed.requests?.other
    expect(other?.noCorrection.naturalPerson.value).toBe(3)
    expect(other?.noCorrection.total.value).toBe(3)
    expect(other?.feeUnpaid.commercialEnterprise.value).toBe(1)
    expect(other?.feeUnpaid.commercialEnterprise.raw).toBe('1')
    expect(other?.other.total.value).toBe(0)
    expect(parsed.requests?.newReceived.total.value).toBe(13)
    expect(parsed.requests?.totalProcessed.naturalPerson.value).toBe(11)
    expect(parsed.requests?.carriedForward.otherOrg.value).toBe(1)
    // Positions lead back to the printed digit.
    const cell = other?.noCorrection.naturalPerson
    expect(cell?.position && report.slice(cell.position.start.offset, cell.position.end.offset)).toBe('3')
  })
})
