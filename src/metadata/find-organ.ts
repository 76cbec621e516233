import { chineseNumeralCharacters } from '../util/chinese-numeral.js'

const yearPart = `(?:\\d{4}|[${chineseNumeralCharacters}]{4})年度?`
// 镇原县2017年政府信息公开工作报告 / 关于平潭综合实验区2022年度政府信息公开工作情况的报告
const organBeforeYear = new RegExp(`^(?:关于)?(.+?)${yearPart}`, 'u')
// 平潭综合实验区政府信息公开工作2013年度报告
const organBeforeTopic = /^(?:关于)?(.+?)(?:政府信息公开|政务公开|信息公开)/u

/** What an organ name may not be: leftovers of the title, not a name. */
const notAnOrgan = /^(?:关于|本|我|全|年度|政府|政府信息公开|政务公开)$/u

/**
 * The organ named by a report title (white space removed): the text before the year, else before
 * the topic words — the shorter, when the year comes after the topic words (`XX县人民政府政府信息
 * 公开工作年度报告（2022年度）`) — without a closing `关于` (`XX县教育局关于2022年度…的报告`). Returns
 * null when the title names none (`2019年度政府信息公开工作年度报告`, `政府信息公开工作年度报告`).
 */
export function organFromTitle(compactTitle: string): string | null {
  const beforeYear = organBeforeYear.exec(compactTitle)
  const beforeTopic = organBeforeTopic.exec(compactTitle)
  const match = beforeYear && beforeTopic && (beforeTopic[1] ?? '').length < (beforeYear[1] ?? '').length ? beforeTopic : (beforeYear ?? beforeTopic)
  if (!match) return null
  const organ = (match[1] ?? '').replace(/[《》“”"'、，,：:（(]+$/u, '').replace(/^[《“"]+/u, '').replace(/关于$/u, '')
  if (organ.length < 2 || organ.length > 40 || notAnOrgan.test(organ)) return null
  if (/\d/u.test(organ)) return null
  return organ
}

// A signature line: an organ name on its own line, usually above the date at the end.
const signaturePattern = /^(.{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|镇|乡|街道办事处|街道|县|市|区|中心|院))$/u

/** The organ of a signature line (`镇原县人民政府办公室`), or null; a field (`联系地址：…区`) is none. */
export function organFromSignature(compactLine: string): string | null {
  if (/[：:]/u.test(compactLine)) return null
  const match = signaturePattern.exec(compactLine)
  return match?.[1] ?? null
}
