import { describe, expect, test } from 'vitest'
import { statisticsKey } from '../../scripts/eval/statistics-key.js'

// Labels as the Fujian tables print them (templates.md §3.2, forms F1 and F1′), keys from the same section.
describe('statisticsKey', () => {
  test.each([
    ['主动公开信息数', 'active.total'],
    ['主动公开文件数', 'active.total'],
    ['其中：1.网站公开', 'active.channels.website'],
    ['其中：1、政府网站公开数', 'active.channels.website'],
    ['2.政府公报公开', 'active.channels.gazette'],
    ['2、政府公报公开数', 'active.channels.gazette'],
    ['受理依申请公开信息总数', 'requests.received'],
    ['受理政府信息依申请公开总数', 'requests.received'],
    ['其中：1.当面申请数', 'requests.channels.inPerson'],
    ['2.传真申请数', 'requests.channels.fax'],
    ['3.电子邮件申请数', 'requests.channels.email'],
    ['4.网上申请数', 'requests.channels.online'],
    ['2、网上申请数', 'requests.channels.online'],
    ['5.信函申请数', 'requests.channels.letter'],
    ['3、信函、传真申请数', 'requests.channels.letterFax'],
    ['6.其它形式申请数', 'requests.channels.other'],
    ['对申请的答复数', 'requests.answered'],
    ['对申请的答复总数', 'requests.answered'],
    ['其中：1.同意公开答复数', 'requests.answers.granted'],
    ['2、同意部分公开答复数', 'requests.answers.partiallyGranted'],
    ['3.否决公开答复数', 'requests.answers.denied'],
    ['3、不予公开答复数', 'requests.answers.denied'],
    ['4、其他类型答复数', 'requests.answers.other'],
    ['政府信息公开收费减免金额', 'fees'],
    ['接受行政诉讼、举报数', 'complaints.total'],
    ['行政复议数', 'review.total'],
    ['行政诉讼数', 'litigation.total'],
    ['行政申诉数', 'appeals.total'],
  ])('should map %s to %s', (label, key) => {
    expect(statisticsKey(label)).toBe(key)
  })

  test('should ignore white space, full-width digits and an ASCII colon after 其中', () => {
    expect(statisticsKey(' 其中:１、政府网站 公开数 ')).toBe('active.channels.website')
    expect(statisticsKey('行政\u00a0复议数')).toBe('review.total')
  })

  test('should give null for a label outside the vocabulary, not the nearest key', () => {
    expect(statisticsKey('主动公开规范性文件数')).toBeNull()
    expect(statisticsKey('行政复议')).toBeNull()
    expect(statisticsKey('')).toBeNull()
  })
})
