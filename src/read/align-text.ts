/** Longest run of source characters skipped while looking for the next character of the value. */
const maxSkip = 256

/**
 * Leads each character of a parser's decoded `value` back to the source span `[from, to)` it was
 * read from, writing `starts[at + i]`/`ends[at + i]`. Markup the parser dropped (indentation, `>`
 * quote markers, line-break forms) is skipped; a backslash escape maps to both characters and a
 * character reference (`&nbsp;`, `&#12;`) to the whole reference (unless the value holds the
 * reference's own text, as code does), so slicing the source at the span
 * shows what was printed. A character that cannot be found gets an empty span at the last place
 * reached, so positions stay in order even on input the alignment does not understand. Returns
 * true when the value is the source from `from` on as written (character `i` at `from + i`) and
 * was aligned as such without comparing (false does not say it is not).
 */
export function alignText(value: string, source: string, from: number, to: number, starts: Int32Array, ends: Int32Array, at: number): boolean {
  if (to - from >= value.length && !value.includes('&') && source.startsWith(value, from)) {
    // The value is the source as written (most text nodes): each character is the next source
    // character, as the loop below would find one by one.
    for (let j = 0; j < value.length; j++) {
      starts[at + j] = from + j
      ends[at + j] = from + j + 1
    }
    return true
  }
  let i = from
  for (let j = 0; j < value.length; j++) {
    const code = value.charCodeAt(j)
    // The common character: the next source character itself (an `&` may start a reference, see below).
    if (code !== 0x26 && i < to && source.charCodeAt(i) === code) {
      starts[at + j] = i
      ends[at + j] = i + 1
      i++
      continue
    }
    let found = false
    for (let skipped = 0; i < to && skipped <= maxSkip; skipped++) {
      const here = source.charCodeAt(i)
      // `&amp;` prints `&`, unless the value holds `&amp;` itself (a code block, a code span).
      if (here === code && !(code === 0x26 && isAmpersandReference(source, i, to) && !value.startsWith(source.slice(i, referenceEnd(source, i, to)), j))) {
        starts[at + j] = i
        ends[at + j] = i + 1
        i++
        found = true
        break
      }
      if (here === 0x5c && source.charCodeAt(i + 1) === code && i + 1 < to) {
        // `\*` → `*`
        starts[at + j] = i
        ends[at + j] = i + 2
        i += 2
        found = true
        break
      }
      if (here === 0x26) {
        const end = referenceEnd(source, i, to)
        if (end > i) {
          starts[at + j] = i
          ends[at + j] = end
          // An astral character from `&#x1F600;` is two code units of the value.
          if (code >= 0xd800 && code <= 0xdbff && j + 1 < value.length) {
            j++
            starts[at + j] = i
            ends[at + j] = end
          }
          i = end
          found = true
          break
        }
      }
      i++
    }
    if (!found) {
      const place = Math.min(i, to)
      starts[at + j] = place
      ends[at + j] = place
    }
  }
  return false
}

/** End of the character reference starting at `&` at `index`, or `index` when there is none. */
function referenceEnd(source: string, index: number, to: number): number {
  let k = index + 1
  if (source.charCodeAt(k) === 0x23) {
    k++
    if ((source.charCodeAt(k) | 0x20) === 0x78) k++
  }
  const nameStart = k
  while (k < to && k - index < 40 && isAlphanumeric(source.charCodeAt(k))) k++
  if (k === nameStart) return index
  if (source.charCodeAt(k) === 0x3b && k < to) return k + 1
  return k
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isAmpersandReference(source: string, index: number, to: number): boolean {
  const name = source.slice(index, referenceEnd(source, index, to)).toLowerCase()
  return name === '&amp;' || name === '&amp' || name === '&#38;' || name === '&#x26;'
}
