import type { Contacts } from '../model/metadata.js'

// A phone word, then (within a few characters) the number: `电话：（0454）2907056`, `传真:0934-7121808`.
// Labels may be spaced out (`电 话：`, `传 真：`, Pingtan 2017).
const phoneContext = /电 *话|传 *真|热 *线|联系方式/gu
const phoneAfterContext = /^[^\d(]{0,8}((?:\(0\d{2,3}\) *|0\d{2,3} *[-—－] *)?[2-9]\d{6,7}|1[3-9]\d{9})(?!\d)/u
// Anchored at each `@` (an unanchored `[…]+@` pattern is quadratic on long runs of digits).
const emailLocalPart = /[A-Za-z0-9._%+-]{1,64}$/u
const emailDomain = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/u
const postcodePattern = /邮 *(?:政 *)?编 *(?:码)? *[:：]? *(\d{6})(?!\d)/u
const addressPattern = /(?:通讯地址|办公地址|联系地址|地址) *[:：为] *([^，,。；;）)\n]{4,60}?)(?=[，,。；;）)\n]|邮 *编|电 *话|$)/u

/**
 * Contacts printed in the report text: phone numbers near a phone word, e-mail addresses, the
 * postcode and the address. `text` must not include site chrome.
 */
export function findContacts(text: string): Contacts {
  const phones = new Set<string>()
  // An `exec` loop, not `matchAll`: the same matches without an iterator and a copy of the
  // pattern a call.
  phoneContext.lastIndex = 0
  for (let context = phoneContext.exec(text); context !== null; context = phoneContext.exec(text)) {
    const start = context.index + context[0].length
    const number = phoneAfterContext.exec(text.slice(start, start + 40))?.[1]
    if (number) phones.add(number.replace(/ /gu, ''))
  }
  const emails = new Set<string>()
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = emailLocalPart.exec(text.slice(Math.max(0, at - 64), at))?.[0]
    const domain = emailDomain.exec(text.slice(at + 1, at + 200))?.[0]
    if (local && domain) emails.add(`${local}@${domain}`)
  }
  return {
    phones: [...phones],
    emails: [...emails],
    postcode: firstMatchNear(postcodePattern, text, '邮', 0)?.[1] ?? null,
    // The longest labels (通讯地址…) start two characters before their 地址.
    address: firstMatchNear(addressPattern, text, '地址', 2)?.[1]?.trim() ?? null,
  }
}

/**
 * The first match of a pattern each of whose matches holds `word` at most `lead` characters from
 * its start, and that looks neither behind its start nor at the start of the text: the pattern
 * runs from the first `word` on, found by a native search, instead of scanning all the text before.
 */
function firstMatchNear(pattern: RegExp, text: string, word: string, lead: number): RegExpExecArray | null {
  const at = text.indexOf(word)
  if (at < 0) return null
  return pattern.exec(at > lead ? text.slice(at - lead) : text)
}
