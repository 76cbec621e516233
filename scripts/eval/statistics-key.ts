/**
 * Row labels of the Fujian indicator tables (forms F1 2009–2013 and F1′ 2014–2018), folded, with
 * the key each one has in the shared G1/G2 vocabulary. // templates.md §3.2 (keys for F1 / F1′ rows)
 */
const vocabulary: ReadonlyArray<readonly [key: string, labels: readonly string[]]> = [
  ['active.total', ['主动公开信息数', '主动公开文件数']],
  ['active.channels.website', ['网站公开', '政府网站公开数', '政府网站']],
  ['active.channels.gazette', ['政府公报公开', '政府公报公开数', '政府公报']],
  ['requests.received', ['受理依申请公开信息总数', '受理政府信息依申请公开总数']],
  ['requests.channels.inPerson', ['当面申请数']],
  ['requests.channels.fax', ['传真申请数']],
  ['requests.channels.email', ['电子邮件申请数']],
  ['requests.channels.online', ['网上申请数']],
  ['requests.channels.letter', ['信函申请数']],
  ['requests.channels.letterFax', ['信函、传真申请数']],
  ['requests.channels.other', ['其它形式申请数', '其他形式申请数']],
  ['requests.answered', ['对申请的答复数', '对申请的答复总数', '本年度对申请的答复总数']],
  ['requests.answers.granted', ['同意公开答复数']],
  ['requests.answers.partiallyGranted', ['同意部分公开答复数']],
  ['requests.answers.denied', ['否决公开答复数', '否决公开答复总数', '不予公开答复数']],
  ['requests.answers.other', ['其他类型答复数']],
  ['review.total', ['行政复议数']],
  ['litigation.total', ['行政诉讼数']],
  ['appeals.total', ['行政申诉数']],
  ['complaints.total', ['行政申诉、举报数', '接受行政诉讼、举报数']],
  ['fees', ['政府信息公开收费减免金额']],
]

const keyByLabel = new Map(vocabulary.flatMap(([key, labels]) => labels.map((label) => [label, key] as const)))

/**
 * Maps a row label of a Fujian indicator table, as a manifest prints it (`其中：1、政府网站公开数`,
 * `2.政府公报公开`), to its statistics key (`active.channels.website`), or null when the label is
 * not in the vocabulary. The `其中：` lead-in, the item number and white space are ignored.
 */
export function statisticsKey(label: string): string | null {
  const folded = label
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/^其中[:：]?/u, '')
    .replace(/^\d+[.、]/u, '')
    .replace(/,/gu, '、')
  return keyByLabel.get(folded) ?? null
}
