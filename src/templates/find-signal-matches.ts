import { literalPrefix } from '../util/literal-prefix.js'
import type { Signal, Template } from './template.js'

/** A signal prepared for the one-pass scan. */
interface PreparedSignal {
  signal: Signal
  /** The signal's pattern when prepared: a caller may give the signal another one later. */
  pattern: RegExp
  /** What every match starts with; `''` when the pattern gives none and runs on its own. */
  prefix: string
  /** The pattern, sticky: tried only where the prefix is. */
  sticky: RegExp | null
  /**
   * The pattern is its prefix and nothing else (`/统计指标/u`, most signals): where the prefix is,
   * the pattern matches it, so it is not run.
   */
  literal: boolean
}

/** Where a signal's pattern first matches the text, and what it matches there. */
export interface SignalMatch {
  index: number
  text: string
}

/** The signals of a list of templates, with the tables of a one-pass multi-pattern search. */
interface SignalScanner {
  templates: readonly Template[]
  signals: PreparedSignal[]
  /** How many signals have a prefix (the others run on their own). */
  prefixed: number
  /** Length of the shortest prefix: the width of the search window. */
  window: number
  /**
   * Code unit (its low 10 bits) → how far the window may move when its last character is this one
   * (1 … window), plus {@link endsWindow} when it is the `window`-th character of some prefix: one
   * load a step for both.
   */
  stepOf: Uint8Array
  /**
   * {@link windowKey} of the first `window` characters of a prefix → 1 + index into `buckets`, else
   * 0: a window is compared only with the prefixes that start with what it holds (keyed by its
   * last character alone, `主动公` was compared with every prefix whose third character is `公`).
   */
  bucketOf: Uint16Array
  /** Indices into `signals` by the {@link windowKey} of their prefix's first `window` characters, in template and signal order. */
  buckets: number[][]
  /** {@link pairKey} of the last two characters of a window → 1 when they end some prefix's window. */
  pairs: Uint8Array
}

/** The flag of {@link SignalScanner.stepOf} for a character that ends some prefix's window (shifts are at most {@link maxWindow}). */
const endsWindow = 0x80
const shiftMask = 0x7f

/** A hash of two code units, within the tables (`tableMask`). */
function pairKey(first: number, second: number): number {
  return (first * 31 + second) & tableMask
}

/** A hash of the `window` code units of `text` from `at`, within the tables (`tableMask`). */
function windowKey(text: string, at: number, window: number): number {
  let key = 0
  for (let j = 0; j < window; j++) key = (key * 31 + text.charCodeAt(at + j)) & tableMask
  return key
}

/**
 * The tables are indexed by the low 10 bits of a code unit: 4 KB in all, small enough to stay in
 * the CPU's cache between parses (64 Ki entries would not). With 12 bits they took 16 KB, which a
 * parse's other stages push out: with the caches emptied before each document, the scan of the
 * bench documents took 6-9 % longer than with 10 bits (the same with warm caches). Characters
 * that share an index share the smaller shift, and windows whose keys collide share a bucket: a few
 * more steps and compares (0.6 % more steps, 2 % more prefix compares than with 12 bits on the
 * bench documents), never a match.
 */
const tableMask = 0x3ff

/** Widest window used: longer prefixes gain little more and the shifts must fit a byte. */
const maxWindow = 8

/**
 * The scanners of the template lists used last, newest first: a caller that builds its list anew
 * for every parse (`{ templates: [template2019, mine] }`) still finds the one built for the same
 * templates. Bounded, since every entry holds its tables.
 */
const recentScanners: SignalScanner[] = []
const maxRecentScanners = 8

/**
 * The first match in `compact` of every signal of `templates`, in template then signal order (null
 * where a signal does not occur): what running each signal's pattern on the text would give, found
 * in one pass over the text instead of one pass per signal (about forty). Each pattern runs only
 * at the places where the literal text its matches start with occurs (templates.md §1: classify).
 */
export function findSignalMatches(compact: string, templates: readonly Template[]): (SignalMatch | null)[] {
  const scanner = scannerFor(templates)
  const { signals, window, stepOf, bucketOf, buckets, pairs } = scanner
  const found: (SignalMatch | null)[] = new Array<SignalMatch | null>(signals.length).fill(null)
  let missing = scanner.prefixed
  // Set-Horspool: look at the last character of a window as long as the shortest prefix. Unless
  // it is the `window`-th character of some prefix, no prefix starts at `at`. Either way the window
  // then moves on until that character lines up with one of the first `window - 1` characters of
  // a prefix (a start in between would need it there).
  for (let at = 0; at + window <= compact.length && missing > 0; ) {
    const code = compact.charCodeAt(at + window - 1)
    const step = stepOf[code & tableMask] as number
    const shift = step & shiftMask
    // Before the whole window is hashed: is the character before the last one the one before it
    // in some prefix? (Hashed with it; a rare collision only costs the hash.)
    if ((step & endsWindow) === 0 || (window > 1 && pairs[pairKey(compact.charCodeAt(at + window - 2), code)] === 0)) {
      at += shift
      continue
    }
    const bucket = bucketOf[windowKey(compact, at, window)] as number
    if (bucket === 0) {
      at += shift
      continue
    }
    for (const index of buckets[bucket - 1] as number[]) {
      if (found[index] !== null) continue
      const prepared = signals[index] as PreparedSignal
      if (!compact.startsWith(prepared.prefix, at)) continue
      if (prepared.literal) {
        found[index] = { index: at, text: prepared.prefix }
        missing--
        continue
      }
      const sticky = prepared.sticky as RegExp
      sticky.lastIndex = at
      const match = sticky.exec(compact)
      if (match) {
        found[index] = { index: at, text: match[0] }
        missing--
      }
    }
    at += shift
  }
  for (let index = 0; index < signals.length; index++) {
    const prepared = signals[index] as PreparedSignal
    if (prepared.sticky !== null) continue
    const match = prepared.signal.pattern.exec(compact)
    if (match) found[index] = { index: match.index, text: match[0] }
  }
  return found
}

/** The scanner of a template list: built once for the same templates and signals. */
function scannerFor(templates: readonly Template[]): SignalScanner {
  const cached = recentScanners.find((scanner) => sameTemplates(scanner, templates))
  if (cached) return cached
  const signals: PreparedSignal[] = []
  for (const template of templates) {
    for (const signal of template.signals) {
      const prefix = literalPrefix(signal.pattern)
      // A prefix that starts inside a surrogate pair would be found where a `u` pattern never starts.
      const first = prefix.charCodeAt(0)
      const usable = prefix !== '' && !(first >= 0xd800 && first <= 0xdfff)
      const flags = signal.pattern.flags.replace(/[gy]/gu, '')
      // A literal that ends inside a surrogate pair does not match the pair's first half in `u` mode.
      const last = prefix.charCodeAt(prefix.length - 1)
      const literal = usable && prefix === signal.pattern.source && !(last >= 0xd800 && last <= 0xdbff)
      signals.push({ signal, pattern: signal.pattern, prefix: usable ? prefix : '', sticky: usable ? new RegExp(signal.pattern.source, `${flags}y`) : null, literal })
    }
  }
  const withPrefix = signals.filter((prepared) => prepared.sticky !== null)
  const window = Math.min(maxWindow, ...withPrefix.map((prepared) => prepared.prefix.length))
  const buckets: number[][] = []
  const bucketOf = new Uint16Array(tableMask + 1)
  const shiftOf = new Uint8Array(tableMask + 1).fill(window)
  const ends = new Uint8Array(tableMask + 1)
  const pairs = new Uint8Array(tableMask + 1)
  signals.forEach((prepared, index) => {
    if (prepared.sticky === null) return
    ends[prepared.prefix.charCodeAt(window - 1) & tableMask] = endsWindow
    const key = windowKey(prepared.prefix, 0, window)
    if (bucketOf[key] === 0) {
      buckets.push([])
      bucketOf[key] = buckets.length
    }
    buckets[(bucketOf[key] as number) - 1]?.push(index)
    if (window > 1) pairs[pairKey(prepared.prefix.charCodeAt(window - 2), prepared.prefix.charCodeAt(window - 1))] = 1
    for (let j = 0; j < window - 1; j++) {
      const other = prepared.prefix.charCodeAt(j) & tableMask
      shiftOf[other] = Math.min(shiftOf[other] as number, window - 1 - j)
    }
  })
  const stepOf = shiftOf.map((shift, code) => shift | (ends[code] as number))
  const scanner: SignalScanner = { templates: [...templates], signals, prefixed: withPrefix.length, window, stepOf, bucketOf, buckets, pairs }
  recentScanners.unshift(scanner)
  recentScanners.length = Math.min(recentScanners.length, maxRecentScanners)
  return scanner
}

/** Whether the list still holds the templates and signals the scanner was built from. */
function sameTemplates(scanner: SignalScanner, templates: readonly Template[]): boolean {
  if (scanner.templates.length !== templates.length) return false
  let index = 0
  for (let i = 0; i < templates.length; i++) {
    const template = templates[i] as Template
    if (template !== scanner.templates[i]) return false
    for (const signal of template.signals) {
      const prepared = scanner.signals[index++]
      if (prepared?.signal !== signal || prepared.pattern !== signal.pattern) return false
    }
  }
  return index === scanner.signals.length
}
