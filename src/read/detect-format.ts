/** An input format a reader exists for. */
export type ReadFormat = 'text' | 'markdown' | 'html'

// HTML: a doctype, an <html>/<body> tag, or several common tags near the start.
const htmlStart = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/iu
const htmlTag = /<\/?(?:html|head|body|div|p|table|tbody|tr|td|th|span|br|h[1-6]|ul|ol|li|meta|font|strong|b|section|article)\b[^<>]{0,400}>/giu
// Markdown: ATX headings and GFM table delimiter rows are what plain text never has.
const atxHeading = /^ {0,3}#{1,6}[ \t]+\S/gmu
const tableDelimiter = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/mu
/** How much of the input the detection looks at. */
const sniffLength = 20000

/**
 * The format of a text, for `format: 'auto'`: HTML when it starts with a doctype or `<html>`;
 * Markdown when it has a GFM table delimiter row (`| --- | --- |`) or at least two ATX headings
 * (`## 一、总体情况`), whatever HTML it holds besides (`<br>` in table cells, `<strong>` headings:
 * what PDF-to-Markdown tools write); HTML when it has at least three common HTML tags in its first
 * 20,000 characters; else plain text. Bold `**一是**` and `- ` bullets alone do not make Markdown:
 * OCR and Word exports leave them in plain text.
 */
export function detectFormat(text: string): ReadFormat {
  const head = text.length > sniffLength ? text.slice(0, sniffLength) : text
  // Each pattern needs a character most plain text lacks (`<`, `---`, `#`): a native search for it
  // first spares the regex its walk over the whole head.
  const angle = head.includes('<')
  if (angle && htmlStart.test(head)) return 'html'
  if (isMarkdown(head)) return 'markdown'
  if (angle) {
    htmlTag.lastIndex = 0
    let tags = 0
    while (htmlTag.exec(head) && tags < 3) tags++
    if (tags >= 3) return 'html'
  }
  return 'text'
}

/** Whether a text has a GFM table delimiter row or two ATX headings. */
function isMarkdown(head: string): boolean {
  if (head.includes('---') && tableDelimiter.test(head)) return true
  if (!head.includes('#')) return false
  atxHeading.lastIndex = 0
  let headings = 0
  while (atxHeading.exec(head) && headings < 2) headings++
  return headings >= 2
}
