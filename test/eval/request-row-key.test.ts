import { describe, expect, test } from 'vitest'
import { requestColumnKey, requestRowKey } from '../../scripts/eval/request-row-key.js'

const results = '三、本年度办理结果'
// Row labels as printed in the template (templates.md §5.3, §6.3), with their parents as the manifests write them.
describe('requestRowKey', () => {
  test.each([
    ['一、本年新收政府信息公开申请数量', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    [`${results} / （一）予以公开`, 'granted'],
    [`${results} / （二）部分公开（区分处理的，只计这一情形，不计其他情形）`, 'partiallyGranted'],
    [`${results} / （三）不予公开 / 1.属于国家秘密`, 'denied.stateSecret'],
    [`${results} / （三）不予公开 / 2.其他法律行政法规禁止公开`, 'denied.lawForbidden'],
    [`${results} / （三）不予公开 / 3.危及“三安全一稳定”`, 'denied.securityStability'],
    [`${results} / （三）不予公开 / 4.保护第三方合法权益`, 'denied.thirdParty'],
    [`${results} / （三）不予公开 / 5.属于三类内部事务信息`, 'denied.internalAffairs'],
    [`${results} / （三）不予公开 / 6.属于四类过程性信息`, 'denied.processInfo'],
    [`${results} / （三）不予公开 / 7.属于行政执法案卷`, 'denied.enforcementFile'],
    [`${results} / （三）不予公开 / 8.属于行政查询事项`, 'denied.adminQuery'],
    [`${results} / （四）无法提供 / 1.本机关不掌握相关政府信息`, 'unable.notHeld'],
    [`${results} / （四）无法提供 / 2.没有现成信息需要另行制作`, 'unable.needCreation'],
    [`${results} / （四）无法提供 / 3.补正后申请内容仍不明确`, 'unable.unclear'],
    [`${results} / （五）不予处理 / 1.信访举报投诉类申请`, 'notProcessed.petition'],
    [`${results} / （五）不予处理 / 2.重复申请`, 'notProcessed.duplicate'],
    [`${results} / （五）不予处理 / 3.要求提供公开出版物`, 'notProcessed.publication'],
    [`${results} / （五）不予处理 / 4.无正当理由大量反复申请`, 'notProcessed.massRepeated'],
    [`${results} / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息`, 'notProcessed.confirmReissue'],
    [`${results} / （六）其他处理`, 'other'],
    [`${results} / （六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`, 'other.noCorrection'],
    [`${results} / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`, 'other.feeUnpaid'],
    [`${results} / （六）其他处理 / 3.其他`, 'other.other'],
    [`${results} / （七）总计`, 'totalProcessed'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ])('should map %s to %s', (label, key) => {
    expect(requestRowKey(label)).toBe(key)
  })

  test('should read half-width brackets, straight quotes and stray spaces', () => {
    expect(requestRowKey('三、本年度办 理结果 / (三)不予公开 / 3.危及"三安全一稳定"')).toBe('denied.securityStability')
    expect(requestRowKey('(二)部分公开')).toBe('partiallyGranted')
  })

  test('should not take a bare 其他 outside （六）其他处理 for a row', () => {
    expect(requestRowKey('三、本年度办理结果 / （五）不予处理 / 6.其他')).toBeNull()
    expect(requestRowKey('其他')).toBeNull()
    expect(requestRowKey('三、本年度办理结果')).toBeNull()
  })
})

describe('requestColumnKey', () => {
  test('should map the seven applicant columns in template order', () => {
    expect(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map(requestColumnKey)).toEqual([
      'naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total',
    ])
  })

  test('should ignore spaces inside a header and refuse an unknown one', () => {
    expect(requestColumnKey('社会公益 组织')).toBe('publicInterestOrg')
    expect(requestColumnKey('法人或其他组织')).toBeNull()
  })
})
