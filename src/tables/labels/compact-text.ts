import { memoizeByText } from '../../util/memoize-by-text.js'

/**
 * A cell text as label tests compare it: NFKC (full-width and compatibility forms folded) and no
 * white space. Memoised: the same cell texts come back for every template and every report of a
 * batch, and NFKC is the costly part.
 */
export const compactText: (text: string) => string = memoizeByText((text) => text.normalize('NFKC').replace(/\s+/gu, ''), 20_000)
