import { memoizeByText } from '../../util/memoize-by-text.js'

/**
 * A cell text as label tests compare it: NFKC (full-width and compatibility forms folded) and no
 * white space. Memoised: the same cell texts come back for every template and every report of a
 * batch, and NFKC is the costly part. A text that is compact already (digits, CJK ideographs: most
 * cells of a table) is answered by one character scan, without hashing it for the memo.
 */
export function compactText(text: string): string {
  return isCompact(text) ? text : memoizedCompact(text)
}

const memoizedCompact = memoizeByText((text) => text.normalize('NFKC').replace(/\s+/gu, ''), 20_000)

/**
 * Whether a code unit is one NFKC keeps as it is, composes with no neighbour from this set, and
 * `\s` does not match: printable ASCII but the space, and the CJK Unified Ideographs. A text of
 * such characters is its own compact text (a property test holds this against the full
 * computation, and checks that no canonical composition pairs two of them).
 */
export function isCompactCode(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)
}

function isCompact(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCompactCode(text.charCodeAt(i))) return false
  return true
}
