import type { IndicatorDefinition, IndicatorVocabulary } from '../tables/indicator-definition.js'

const leaf = (key: string, ...labels: string[]): IndicatorDefinition => ({ key, labels })
const group = (key: string | null, labels: string[], children: IndicatorDefinition[] = []): IndicatorDefinition => ({ key, labels, children })

/** The three outcome sub-rows under 行政复议 / 行政诉讼 / 举报投诉 (§4.1) and their F3 forms (§3.2). */
const outcomes = (prefix: string, upheld: string[]): IndicatorDefinition[] => [
  leaf(`${prefix}.upheld`, ...upheld, '维持具体行政行为'),
  leaf(`${prefix}.corrected`, '被依法纠错数', '被纠错数', '纠错'),
  leaf(`${prefix}.other`, '其他情形数'),
]

/**
 * The key vocabulary shared by G1 and G2 indicator tables (templates.md §3.2 F1/F1′/F3 and §4.1):
 * the same concept gets the same key in both generations.
 */
export const indicatorVocabulary: readonly IndicatorDefinition[] = [
  // §4.1 一、主动公开情况; F1/F1′/F3 主动公开信息数 / 主动公开文件数 / 主动公开信息数量
  group(null, ['主动公开情况'], [
    leaf('active.total', '主动公开政府信息数'),
    leaf('active.normativeDocuments', '主动公开规范性文件数'),
    leaf('active.normativeDocumentsIssued', '制发规范性文件总数'),
    group(null, ['通过不同渠道和方式公开政府信息的情况'], []),
    leaf('active.channels.gazette', '政府公报公开政府信息数'),
    leaf('active.channels.website', '政府网站公开政府信息数'),
    leaf('active.channels.weibo', '政务微博公开政府信息数'),
    leaf('active.channels.wechat', '政务微信公开政府信息数', '政务微信公开', '政府微信公开'),
    leaf('active.channels.other', '其他方式公开政府信息数', '其他方式公开'),
  ]),
  group('active.total', ['主动公开信息数', '主动公开文件数', '主动公开信息数量', '主动公开政府信息数'], [
    leaf('active.channels.website', '网站公开', '政府网站', '政府网站公开数', '政府网站公开'),
    leaf('active.channels.gazette', '政府公报公开', '政府公报', '政府公报公开数'),
    leaf('active.channels.wechat', '政务微信公开', '政府微信公开'),
    leaf('active.channels.weibo', '政务微博公开'),
    leaf('active.channels.other', '其他方式公开'),
    leaf('active.categories.organization', '机构领导、设置及人事类信息'),
    leaf('active.categories.policies', '政策法规、规范性文件信息'),
    leaf('active.categories.work', '业务工作信息'),
    leaf('active.categories.plansStatistics', '规划计划、统计信息'),
    leaf('active.categories.budget', '财务预决算信息'),
    leaf('active.categories.procurement', '招标采购信息'),
  ]),
  // §4.1 二、回应解读情况
  group(null, ['回应解读情况'], [
    leaf('responses.hotTopics', '回应公众关注热点或重大舆情数'),
    group(null, ['通过不同渠道和方式回应解读的情况'], []),
    leaf('responses.pressConferences', '参加或举办新闻发布会总次数'),
    leaf('responses.pressConferencesByLeaders', '主要负责同志参加新闻发布会次数'),
    leaf('responses.onlineInterviews', '政府网站在线访谈次数'),
    leaf('responses.onlineInterviewsByLeaders', '主要负责同志参加政府网站在线访谈次数'),
    leaf('responses.policyInterpretations', '政策解读稿件发布数'),
    leaf('responses.socialMedia', '微博微信回应事件数'),
    leaf('responses.other', '其他方式回应事件数'),
  ]),
  // §4.1 三、依申请公开情况; F1/F1′/F3 受理依申请公开信息总数 / 信息公开申请数量
  group(null, ['依申请公开情况'], [
    leaf('requests.received', '收到申请数'),
    leaf('requests.channels.inPerson', '当面申请数'),
    leaf('requests.channels.fax', '传真申请数'),
    leaf('requests.channels.online', '网络申请数'),
    leaf('requests.channels.letter', '信函申请数'),
    leaf('requests.channels.other', '其他形式'),
    leaf('requests.concluded', '申请办结数'),
    leaf('requests.concludedOnTime', '按时办结数'),
    leaf('requests.concludedExtended', '延期办结数'),
    leaf('requests.answered', '申请答复数'),
    leaf('requests.answers.alreadyPublic', '属于已主动公开范围数'),
    leaf('requests.answers.granted', '同意公开答复数'),
    leaf('requests.answers.partiallyGranted', '同意部分公开答复数'),
    leaf('requests.answers.denied', '不同意公开答复数'),
    leaf('requests.deniedReasons.stateSecret', '涉及国家秘密'),
    leaf('requests.deniedReasons.commercialSecret', '涉及商业秘密'),
    leaf('requests.deniedReasons.privacy', '涉及个人隐私'),
    leaf('requests.deniedReasons.securityStability', '危及国家安全、公共安全、经济安全和社会稳定'),
    leaf('requests.deniedReasons.notGovernmentInformation', '不是《条例》所指政府信息'),
    leaf('requests.deniedReasons.otherLaw', '法律法规规定的其他情形'),
    leaf('requests.answers.notThisOrgan', '不属于本行政机关公开数'),
    leaf('requests.answers.notExist', '申请信息不存在数'),
    leaf('requests.answers.amendmentRequested', '告知作出更改补充数'),
    leaf('requests.answers.otherChannel', '告知通过其他途径办理数'),
  ]),
  group('requests.received', ['受理依申请公开信息总数', '受理政府信息依申请公开总数', '信息公开申请数量', '申请总数'], [
    leaf('requests.channels.inPerson', '当面申请数', '当面申请'),
    leaf('requests.channels.fax', '传真申请数'),
    leaf('requests.channels.email', '电子邮件申请数'),
    leaf('requests.channels.online', '网上申请数', '网上填表及电子邮件申请'),
    leaf('requests.channels.letter', '信函申请数'),
    leaf('requests.channels.letterFax', '信函、传真申请数', '信函及传真申请'),
    leaf('requests.channels.other', '其它形式申请数', '其他形式申请数'),
  ]),
  group('requests.answered', ['对申请的答复数', '对申请的答复总数', '本年度对申请的答复总数', '对申请的答复数量'], [
    leaf('requests.answers.granted', '同意公开答复数', '同意公开'),
    leaf('requests.answers.partiallyGranted', '同意部分公开答复数', '同意部份公开', '同意部分公开'),
    leaf('requests.answers.denied', '否决公开答复数', '否决公开答复总数', '不予公开答复数', '不予公开'),
    leaf('requests.answers.other', '其他类型答复数', '其他情况'),
  ]),
  // §4.1 四 to 十三
  group('review.total', ['行政复议数量', '行政复议数', '政府信息公开被行政复议数量'], outcomes('review', ['维持具体行政行为数'])),
  group('litigation.total', ['行政诉讼数量', '行政诉讼数', '政府信息公开被诉讼数量'], outcomes('litigation', ['维持具体行政行为或者驳回原告诉讼请求数'])),
  group('complaints.total', ['被举报投诉数量', '政府信息公开被举报数量', '接受行政诉讼、举报数', '行政申诉、举报数'], outcomes('complaints', ['维持具体行政行为数'])),
  group('appeals.total', ['行政申诉数'], []),
  group('archives.total', ['向图书馆、档案馆等查阅场所报送信息数', '向档案馆报送信息数量'], [
    leaf('archives.paper', '纸质文件数', '纸质文档'),
    leaf('archives.electronic', '电子文件数', '电子文档'),
  ]),
  group('websites.total', ['开通政府信息公开网站（或设立门户网站信息公开专栏）数', '开通政府信息公开网站（或设立门户网站信息公开专栏）数量'], [
    leaf('websites.county', '区县政府及其部门门户网站'),
    leaf('websites.township', '乡镇政府（街道办事处）门户网站'),
  ]),
  group('gazette.total', ['政府公报发行量'], [leaf('gazette.issues', '公报发行期数'), leaf('gazette.copies', '公报发行总份数')]),
  group('readingRooms.total', ['设置政府信息查阅点数'], [
    leaf('readingRooms.county', '区县政府及其部门'),
    leaf('readingRooms.township', '乡镇政府（街道办事处）'),
  ]),
  group('visitors.total', ['查阅点接待人数'], [
    leaf('visitors.county', '区县政府及其部门'),
    leaf('visitors.township', '乡镇政府（街道办事处）'),
  ]),
  group(null, ['机构建设和保障经费情况'], [
    leaf('staffing.offices', '政府信息公开工作专门机构数'),
    leaf('staffing.staff', '从事政府信息公开工作人员数'),
    leaf('staffing.fullTime', '专职人员数'),
    leaf('staffing.partTime', '兼职人员数'),
    leaf('staffing.budget', '政府信息公开专项经费'),
  ]),
  group('staffing.staff', ['政府信息公开制定工作人员数量'], [leaf('staffing.fullTime', '全职人员'), leaf('staffing.partTime', '兼职人员')]),
  group(null, ['政府信息公开会议和培训情况'], [
    leaf('training.meetings', '召开政府信息公开工作会议或专题会议数'),
    leaf('training.courses', '举办各类培训班数'),
    leaf('training.trainees', '接受培训人员数'),
  ]),
  group('training.courses', ['组织学习培训次数'], []),
  group('training.trainees', ['参加学习培训人数'], []),
  group('responses.pressConferences', ['召开新闻发布会数量'], []),
  { key: 'fees', labels: ['依申请公开信息收取的费用', '依申请提供信息收费数额', '政府信息公开收费减免金额'], children: [] },
]

/** Header words of indicator tables (§3.2, §4.1). */
const headers = {
  labelColumns: ['指标名称', '统计指标', '指标', '项目', '公开渠道', '类别'],
  unitColumns: ['计量单位', '单位'],
  thisYearColumns: ['本年度', '统计数', '本期实际', '本年累计', '本年', '数量', '公开信息数'],
  cumulativeColumns: ['历年累计', '累计'],
}

/** G1 indicator tables: fees in 元 (§3.2: "the money row uses 元"). */
export const indicatorVocabulary2008: IndicatorVocabulary = {
  id: 'g1.statistics',
  indicators: indicatorVocabulary,
  ...headers,
  moneyUnits: { fees: '元' },
}

/** G2 indicator tables: fees and the budget in 万元 (§4.1, §4.2). */
export const indicatorVocabulary2014: IndicatorVocabulary = {
  id: 'g2.statistics',
  indicators: indicatorVocabulary,
  ...headers,
  moneyUnits: { fees: '万元', 'staffing.budget': '万元' },
}
