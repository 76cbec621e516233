import MarkdownIt, { type StateInline, type Token } from 'markdown-it'

/** Where each inline token starts in its inline token's `content` (markdown-it keeps no inline positions). */
const inlineStarts = new WeakMap<Token, number>()

/**
 * The CommonMark parser `readMarkdown` uses: markdown-it with the `commonmark` preset (inline HTML
 * on, no GFM: pipe tables are found by `findPipeTable`), taught to record where each inline token
 * starts. Its `tokenize` is markdown-it's own loop plus that record: a token a rule pushes starts
 * where the rule started, a text token where its pending text started. `text_join` is off, so
 * escapes and character references stay their own `text_special` tokens, and a run of text tokens
 * that `fragments_join` merges keeps the start of its first.
 */
const parser = new MarkdownIt('commonmark', { html: true })
parser.core.ruler.disable('text_join')
parser.inline.tokenize = function tokenize(state: StateInline): void {
  const rules = this.ruler.getRules('')
  const end = state.posMax
  const maxNesting = state.md.options.maxNesting
  let pendingStart = state.pos
  const mark = (from: number, start: number) => {
    for (let i = from; i < state.tokens.length; i++) {
      const token = state.tokens[i] as Token
      if (!inlineStarts.has(token)) inlineStarts.set(token, start)
    }
  }
  while (state.pos < end) {
    const start = state.pos
    const before = state.tokens.length
    const hadPending = state.pending !== ''
    let ok = false
    if (state.level < maxNesting) {
      for (const rule of rules) {
        ok = rule(state, false)
        if (ok) break
      }
    }
    if (ok) {
      // A rule that pushes a token first flushes the pending text as a text token.
      const flushed = state.tokens[before]
      if (hadPending && flushed?.type === 'text' && !inlineStarts.has(flushed)) inlineStarts.set(flushed, pendingStart)
      mark(before, start)
      if (!hadPending && state.pending !== '') pendingStart = start
      if (state.pos >= end) break
      continue
    }
    if (state.pending === '') pendingStart = start
    state.pending += state.src[state.pos++]
  }
  if (state.pending) {
    const before = state.tokens.length
    state.pushPending()
    mark(before, pendingStart)
  }
}
parser.inline.ruler2.before('fragments_join', 'keep_text_start', (state: StateInline) => {
  const tokens = state.tokens
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1] as Token
    if (token.type !== 'text' || next.type !== 'text') continue
    const start = inlineStarts.get(token)
    if (start !== undefined && start < (inlineStarts.get(next) ?? Infinity)) inlineStarts.set(next, start)
  }
})

/** Parses Markdown into markdown-it's block tokens (CommonMark), inline tokens as their `children`. */
export function parseMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {})
}

/** Where an inline token (a child of an `inline` token) starts in its parent's `content`, or undefined. */
export function inlineStart(token: Token): number | undefined {
  return inlineStarts.get(token)
}
