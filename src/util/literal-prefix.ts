/** Characters that end a run of literal characters at the start of a pattern's source. */
const syntax = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/'])
const quantifiers = new Set(['?', '*', '+', '{'])

/**
 * The text every match of `pattern` starts with, read off its source (`/本年增[/／]?减/u` gives
 * `本年增`), or `''` when the pattern guarantees none: a top-level `|`, a leading group, class or
 * escape, or case-insensitive or `v`-mode matching. Knowing it lets a caller look for many patterns in one pass
 * and run a pattern only where its prefix is.
 */
export function literalPrefix(pattern: RegExp): string {
  // `v` mode nests classes, which the scan for a top-level `|` does not follow.
  if (/[iv]/u.test(pattern.flags) || hasTopLevelAlternative(pattern.source)) return ''
  const source = pattern.source
  let end = 0
  while (end < source.length && !syntax.has(source[end] as string)) end++
  // A quantifier after the run applies to its last character only, which may then be absent
  // (in `u`/`v` mode to the whole code point: both halves of a surrogate pair go).
  if (end < source.length && quantifiers.has(source[end] as string) && end > 0) {
    end--
    const code = source.charCodeAt(end)
    if (code >= 0xdc00 && code <= 0xdfff && end > 0 && isHighSurrogate(source.charCodeAt(end - 1))) end--
  }
  return source.slice(0, end)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Whether a pattern's source has a `|` outside every group and class. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const character = source[i]
    if (character === '\\') i++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth++
    else if (character === ')') depth--
    else if (character === '|' && depth === 0) return true
  }
  return false
}
