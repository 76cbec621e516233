import type { IndicatorFormName } from './report-data.js'

/** One printed row of an indicator table: its key (null for a group row), label and unit. */
export type IndicatorRow = readonly [key: string | null, label: string, unit: string]

/**
 * How the values of a form hang together, applied in order when data is generated: `sum` sets the
 * parent to the sum of the children, `split` shares the parent between two children, `atMost`
 * caps a child at the smallest of its parents, `atMostSum` caps a total at the sum of its parts,
 * `atLeastSum` raises a total to at least the sum of its parts.
 */
export type IndicatorRule =
  | readonly ['sum', string, readonly string[]]
  | readonly ['split', string, string, string]
  | readonly ['atMost', string, readonly string[]]
  | readonly ['atMostSum', string, readonly string[]]
  | readonly ['atLeastSum', string, readonly string[]]

/** A G1/G2 indicator table as printed (templates.md §3.2, §4.1). */
export interface IndicatorForm {
  name: IndicatorFormName
  /** Header cells: label, unit, then the value columns. */
  header: readonly string[]
  /** Whether the form has a second value column (历年累计). */
  cumulative: boolean
  rows: readonly IndicatorRow[]
  rules: readonly IndicatorRule[]
}

const outcomes3 = (group: string) => [`${group}.upheld`, `${group}.corrected`, `${group}.other`]

/** §4.1: the 13-group national form of the seed qidu-2017 (统计指标 / 单位 / 统计数). */
const national2014: IndicatorForm = {
  name: 'national-2014',
  header: ['统计指标', '单位', '统计数'],
  cumulative: false,
  rows: [
    [null, '一、主动公开情况', ''],
    ['active.total', '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条'],
    ['active.normativeDocuments', '其中：主动公开规范性文件数', '条'],
    ['active.normativeDocumentsIssued', '制发规范性文件总数', '件'],
    [null, '（二）通过不同渠道和方式公开政府信息的情况', ''],
    ['active.channels.gazette', '1.政府公报公开政府信息数', '条'],
    ['active.channels.website', '2.政府网站公开政府信息数', '条'],
    ['active.channels.weibo', '3.政务微博公开政府信息数', '条'],
    ['active.channels.wechat', '4.政务微信公开政府信息数', '条'],
    ['active.channels.other', '5.其他方式公开政府信息数', '条'],
    [null, '二、回应解读情况', ''],
    ['responses.hotTopics', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次'],
    [null, '（二）通过不同渠道和方式回应解读的情况', ''],
    ['responses.pressConferences', '1.参加或举办新闻发布会总次数', '次'],
    ['responses.pressConferencesByLeaders', '其中：主要负责同志参加新闻发布会次数', '次'],
    ['responses.onlineInterviews', '2.政府网站在线访谈次数', '次'],
    ['responses.onlineInterviewsByLeaders', '其中：主要负责同志参加政府网站在线访谈次数', '次'],
    ['responses.policyInterpretations', '3.政策解读稿件发布数', '篇'],
    ['responses.socialMedia', '4.微博微信回应事件数', '次'],
    ['responses.other', '5.其他方式回应事件数', '次'],
    [null, '三、依申请公开情况', ''],
    ['requests.received', '（一）收到申请数', '件'],
    ['requests.channels.inPerson', '1.当面申请数', '件'],
    ['requests.channels.fax', '2.传真申请数', '件'],
    ['requests.channels.online', '3.网络申请数', '件'],
    ['requests.channels.letter', '4.信函申请数', '件'],
    ['requests.channels.other', '5.其他形式', '件'],
    ['requests.concluded', '（二）申请办结数', '件'],
    ['requests.concludedOnTime', '1.按时办结数', '件'],
    ['requests.concludedExtended', '2.延期办结数', '件'],
    ['requests.answered', '（三）申请答复数', '件'],
    ['requests.answers.alreadyPublic', '1.属于已主动公开范围数', '件'],
    ['requests.answers.granted', '2.同意公开答复数', '件'],
    ['requests.answers.partiallyGranted', '3.同意部分公开答复数', '件'],
    ['requests.answers.denied', '4.不同意公开答复数', '件'],
    ['requests.deniedReasons.stateSecret', '其中：涉及国家秘密', '件'],
    ['requests.deniedReasons.commercialSecret', '涉及商业秘密', '件'],
    ['requests.deniedReasons.privacy', '涉及个人隐私', '件'],
    ['requests.deniedReasons.securityStability', '危及国家安全、公共安全、经济安全和社会稳定', '件'],
    ['requests.deniedReasons.notGovernmentInformation', '不是《条例》所指政府信息', '件'],
    ['requests.deniedReasons.otherLaw', '法律法规规定的其他情形', '件'],
    ['requests.answers.notThisOrgan', '5.不属于本行政机关公开数', '件'],
    ['requests.answers.notExist', '6.申请信息不存在数', '件'],
    ['requests.answers.amendmentRequested', '7.告知作出更改补充数', '件'],
    ['requests.answers.otherChannel', '8.告知通过其他途径办理数', '件'],
    ['review.total', '四、行政复议数量', '件'],
    ['review.upheld', '（一）维持具体行政行为数', '件'],
    ['review.corrected', '（二）被依法纠错数', '件'],
    ['review.other', '（三）其他情形数', '件'],
    ['litigation.total', '五、行政诉讼数量', '件'],
    ['litigation.upheld', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件'],
    ['litigation.corrected', '（二）被依法纠错数', '件'],
    ['litigation.other', '（三）其他情形数', '件'],
    ['complaints.total', '六、被举报投诉数量', '件'],
    ['complaints.upheld', '（一）维持具体行政行为数', '件'],
    ['complaints.corrected', '（二）被纠错数', '件'],
    ['complaints.other', '（三）其他情形数', '件'],
    ['archives.total', '七、向图书馆、档案馆等查阅场所报送信息数', '条'],
    ['archives.paper', '（一）纸质文件数', '条'],
    ['archives.electronic', '（二）电子文件数', '条'],
    ['websites.total', '八、开通政府信息公开网站（或设立门户网站信息公开专栏）数', '个'],
    ['websites.county', '（一）区县政府及其部门门户网站', '个'],
    ['websites.township', '（二）乡镇政府（街道办事处）门户网站', '个'],
    ['gazette.total', '九、政府公报发行量', ''],
    ['gazette.issues', '（一）公报发行期数', '期'],
    ['gazette.copies', '（二）公报发行总份数', '份'],
    ['readingRooms.total', '十、设置政府信息查阅点数', '个'],
    ['readingRooms.county', '（一）区县政府及其部门', '个'],
    ['readingRooms.township', '（二）乡镇政府（街道办事处）', '个'],
    ['visitors.total', '十一、查阅点接待人数', '次'],
    ['visitors.county', '（一）区县政府及其部门', '次'],
    ['visitors.township', '（二）乡镇政府（街道办事处）', '次'],
    [null, '十二、机构建设和保障经费情况', ''],
    ['staffing.offices', '（一）政府信息公开工作专门机构数', '个'],
    ['staffing.staff', '（二）从事政府信息公开工作人员数', '人'],
    ['staffing.fullTime', '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人'],
    ['staffing.partTime', '2.兼职人员数', '人'],
    ['staffing.budget', '（三）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元'],
    [null, '十三、政府信息公开会议和培训情况', ''],
    ['training.meetings', '（一）召开政府信息公开工作会议或专题会议数', '次'],
    ['training.courses', '（二）举办各类培训班数', '次'],
    ['training.trainees', '（三）接受培训人员数', '人次'],
  ],
  rules: [
    ['atMostSum', 'active.total', ['active.channels.gazette', 'active.channels.website', 'active.channels.weibo', 'active.channels.wechat', 'active.channels.other']],
    ['atMost', 'active.normativeDocuments', ['active.total', 'active.normativeDocumentsIssued']],
    ['atMost', 'responses.pressConferencesByLeaders', ['responses.pressConferences']],
    ['atMost', 'responses.onlineInterviewsByLeaders', ['responses.onlineInterviews']],
    ['sum', 'requests.received', ['requests.channels.inPerson', 'requests.channels.fax', 'requests.channels.online', 'requests.channels.letter', 'requests.channels.other']],
    ['sum', 'requests.answers.denied', ['requests.deniedReasons.stateSecret', 'requests.deniedReasons.commercialSecret', 'requests.deniedReasons.privacy', 'requests.deniedReasons.securityStability', 'requests.deniedReasons.notGovernmentInformation', 'requests.deniedReasons.otherLaw']],
    ['sum', 'requests.answered', ['requests.answers.alreadyPublic', 'requests.answers.granted', 'requests.answers.partiallyGranted', 'requests.answers.denied', 'requests.answers.notThisOrgan', 'requests.answers.notExist', 'requests.answers.amendmentRequested', 'requests.answers.otherChannel']],
    ['sum', 'requests.concluded', ['requests.answered']],
    ['split', 'requests.concluded', 'requests.concludedOnTime', 'requests.concludedExtended'],
    ['sum', 'review.total', outcomes3('review')],
    ['sum', 'litigation.total', outcomes3('litigation')],
    ['sum', 'complaints.total', outcomes3('complaints')],
    ['sum', 'archives.total', ['archives.paper', 'archives.electronic']],
    ['sum', 'websites.total', ['websites.county', 'websites.township']],
    ['sum', 'readingRooms.total', ['readingRooms.county', 'readingRooms.township']],
    ['sum', 'visitors.total', ['visitors.county', 'visitors.township']],
    ['sum', 'staffing.staff', ['staffing.fullTime', 'staffing.partTime']],
  ],
}

/** §3.2 F1′: Fujian 2014–2018 (平潭), without the fee row that 2017–2018 drop. */
const fujian2014: IndicatorForm = {
  name: 'fujian-2014',
  header: ['指标名称', '计量单位', '本年度', '历年累计'],
  cumulative: true,
  rows: [
    ['active.total', '主动公开文件数', '条'],
    ['active.channels.website', '其中：1、政府网站公开数', '条'],
    ['active.channels.gazette', '2、政府公报公开数', '条'],
    ['requests.received', '受理依申请公开信息总数', '条'],
    ['requests.channels.inPerson', '其中：1、当面申请数', '条'],
    ['requests.channels.online', '2、网上申请数', '条'],
    ['requests.channels.letterFax', '3、信函、传真申请数', '条'],
    ['requests.answered', '对申请的答复总数', '条'],
    ['requests.answers.granted', '其中：1、同意公开答复数', '条'],
    ['requests.answers.partiallyGranted', '2、同意部分公开答复数', '条'],
    ['requests.answers.denied', '3、不予公开答复数', '条'],
    ['requests.answers.other', '4、其他类型答复数', '条'],
    ['complaints.total', '接受行政诉讼、举报数', '件'],
    ['review.total', '行政复议数', '件'],
    ['litigation.total', '行政诉讼数', '件'],
  ],
  rules: [
    ['sum', 'active.total', ['active.channels.website', 'active.channels.gazette']],
    ['sum', 'requests.received', ['requests.channels.inPerson', 'requests.channels.online', 'requests.channels.letterFax']],
    ['sum', 'requests.answered', ['requests.answers.granted', 'requests.answers.partiallyGranted', 'requests.answers.denied', 'requests.answers.other']],
  ],
}

/** §3.2 F1: Fujian 2009–2013. */
const fujian2009: IndicatorForm = {
  name: 'fujian-2009',
  header: ['指标名称', '计量单位', '本年度', '历年累计'],
  cumulative: true,
  rows: [
    ['active.total', '主动公开信息数', '条'],
    ['active.channels.website', '其中：1.网站公开', '条'],
    ['active.channels.gazette', '2.政府公报公开', '条'],
    ['requests.received', '受理依申请公开信息总数', '条'],
    ['requests.channels.inPerson', '其中：1.当面申请数', '条'],
    ['requests.channels.fax', '2.传真申请数', '条'],
    ['requests.channels.email', '3.电子邮件申请数', '条'],
    ['requests.channels.online', '4.网上申请数', '条'],
    ['requests.channels.letter', '5.信函申请数', '条'],
    ['requests.channels.other', '6.其它形式申请数', '条'],
    ['requests.answered', '对申请的答复数', '条'],
    ['requests.answers.granted', '其中：1.同意公开答复数', '条'],
    ['requests.answers.partiallyGranted', '2.同意部分公开答复数', '条'],
    ['requests.answers.denied', '3.否决公开答复数', '条'],
    ['review.total', '行政复议数', '件'],
    ['litigation.total', '行政诉讼数', '件'],
    ['appeals.total', '行政申诉数', '件'],
  ],
  rules: [
    ['atLeastSum', 'active.total', ['active.channels.website', 'active.channels.gazette']],
    ['sum', 'requests.received', ['requests.channels.inPerson', 'requests.channels.fax', 'requests.channels.email', 'requests.channels.online', 'requests.channels.letter', 'requests.channels.other']],
    ['sum', 'requests.answered', ['requests.answers.granted', 'requests.answers.partiallyGranted', 'requests.answers.denied']],
  ],
}

/** §3.2 F3: the seed zhangcun-2011 (指标名称 / 单位 / 本年累计). */
const zhangcun2011: IndicatorForm = {
  name: 'zhangcun-2011',
  header: ['指标名称', '单位', '本年累计'],
  cumulative: false,
  rows: [
    ['active.total', '一、主动公开信息数量', '条'],
    ['active.categories.organization', '其中：1.机构领导、设置及人事类信息', '条'],
    ['active.categories.policies', '2.政策法规、规范性文件信息', '条'],
    ['active.categories.work', '3. 业务工作信息', '条'],
    ['active.categories.plansStatistics', '4. 规划计划、统计信息', '条'],
    ['active.categories.budget', '5.财务预决算信息', '条'],
    ['active.categories.procurement', '6.招标采购信息', '条'],
    ['requests.received', '二、信息公开申请数量', '条'],
    ['requests.channels.letterFax', '其中：1.信函及传真申请', '条'],
    ['requests.channels.online', '2.网上填表及电子邮件申请', '条'],
    ['requests.channels.inPerson', '3.当面申请', '条'],
    ['requests.answered', '三、对申请的答复数量', '条'],
    ['requests.answers.granted', '其中：1.同意公开', '条'],
    ['requests.answers.partiallyGranted', '2.同意部份公开', '条'],
    ['requests.answers.denied', '3.不予公开', '条'],
    ['requests.answers.other', '4.其他情况', '条'],
    ['fees', '四、依申请提供信息收费数额', '元'],
    ['complaints.total', '五、政府信息公开被举报数量', '件'],
    ['complaints.upheld', '其中：1.维持具体行政行为', '件'],
    ['complaints.corrected', '2.纠错', '件'],
    ['review.total', '六、政府信息公开被行政复议数量', '件'],
    ['review.upheld', '其中：1.维持具体行政行为', '件'],
    ['review.corrected', '2.纠错', '件'],
    ['litigation.total', '七、政府信息公开被诉讼数量', '件'],
    ['litigation.upheld', '其中：1.维持具体行政行为', '件'],
    ['litigation.corrected', '2.纠错', '件'],
    ['websites.total', '八、开通政府信息公开网站（或设立门户网站信息公开专栏）数量', '个'],
    ['responses.pressConferences', '九、召开新闻发布会数量', '次'],
    ['archives.total', '十、向档案馆报送信息数量', '条'],
    ['archives.paper', '其中：1.纸质文档', '条'],
    ['archives.electronic', '2.电子文档', '条'],
    ['staffing.staff', '十一、政府信息公开制定工作人员数量', '人'],
    ['staffing.fullTime', '其中：1.全职人员', '人'],
    ['staffing.partTime', '2.兼职人员', '人'],
    ['training.courses', '十二、组织学习培训次数', '次'],
    ['training.trainees', '十三、参加学习培训人数', '人'],
  ],
  rules: [
    ['sum', 'active.total', ['active.categories.organization', 'active.categories.policies', 'active.categories.work', 'active.categories.plansStatistics', 'active.categories.budget', 'active.categories.procurement']],
    ['sum', 'requests.received', ['requests.channels.letterFax', 'requests.channels.online', 'requests.channels.inPerson']],
    ['sum', 'requests.answered', ['requests.answers.granted', 'requests.answers.partiallyGranted', 'requests.answers.denied', 'requests.answers.other']],
    ['sum', 'complaints.total', ['complaints.upheld', 'complaints.corrected']],
    ['sum', 'review.total', ['review.upheld', 'review.corrected']],
    ['sum', 'litigation.total', ['litigation.upheld', 'litigation.corrected']],
    ['sum', 'archives.total', ['archives.paper', 'archives.electronic']],
    ['sum', 'staffing.staff', ['staffing.fullTime', 'staffing.partTime']],
  ],
}

/** The indicator forms, by generation: G1 prints F1 or F3, G2 the national form or F1′. */
export const indicatorForms: Readonly<Record<IndicatorFormName, IndicatorForm>> = {
  'fujian-2009': fujian2009,
  'zhangcun-2011': zhangcun2011,
  'fujian-2014': fujian2014,
  'national-2014': national2014,
}
