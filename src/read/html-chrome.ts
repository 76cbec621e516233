import type { HtmlElement } from './html-node.js'
import { trimStartIndex } from '../util/is-white-space.js'

/**
 * Elements that never print report text. `<head>` is not one: a page that forgets `</head>` gets
 * its body parsed inside it, and what a head really holds (title, meta, script…) is silent anyway.
 */
export const silentElements = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'title', 'meta', 'link',
  'input', 'select', 'button', 'textarea', 'img', 'map', 'audio', 'video', 'math',
])

/** Page furniture by element name: navigation and page footers. */
const chromeElements = new Set(['nav', 'footer', 'aside'])

// Class or id words of site furniture on government CMS pages: menus, breadcrumbs, share bars,
// print/close buttons, QR codes, font-size switches, related links, page footers.
const chromeWordPattern =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|location|position|share|bdshare|bdsharebuttonbox|footer|foot|copyright|toolbar|tools?|print|qrcode|ewm|erweima|fontsize|font-size|zihao|related|xgxx|xgwz|sidebar|advert|banner|login|search|pagination|pager|btn|btns|prev-next|sxp|fenxiang|dayin|guanbi)(?:$|[\s_-])/iu

/**
 * Whether an element is site furniture around the report: `<nav>`, `<footer>`, `<aside>`, or an
 * element whose class or id names a menu, breadcrumb, share bar, print button, QR code, footer…
 */
export function isChromeElement(node: HtmlElement): boolean {
  if (chromeElements.has(node.name)) return true
  const { class: classes, id } = node.attribs
  return (classes !== undefined && chromeWordPattern.test(classes)) || (id !== undefined && chromeWordPattern.test(id))
}

// A printed line that belongs to the site, not the report: registrations, site owner, share and print links.
const chromeLinePattern =
  /^\s*(?:.{0,40}ICP备|.{0,40}公网安备|.{0,20}网站标识码|版权所有|Copyright|©|主办单位[:：]|承办单位[:：]|技术支持[:：]|分享到[:：]?|【?\s*打印(?:本页|此页)?\s*】?\s*(?:【?\s*关闭(?:窗口)?\s*】?)?\s*$|【?\s*关闭(?:窗口|本页)?\s*】?\s*$|扫一扫)/iu

// First printed characters the pattern's anchored alternatives can start with (Copyright in any case).
const chromeLineStarts = new Set(['版', 'C', 'c', '©', '主', '承', '技', '分', '【', '打', '关', '扫'])

/** Whether a printed line is site chrome (ICP/公网安备 registration, share bar, print/close links). */
export function isChromeLine(text: string): boolean {
  // Most lines are report text: rule them out without running the pattern.
  if (!chromeLineStarts.has(text.charAt(trimStartIndex(text))) && !text.includes('备') && !text.includes('标识码')) return false
  return chromeLinePattern.test(text)
}

