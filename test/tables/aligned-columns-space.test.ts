import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DiagnosticList } from '../../src/diagnostics/diagnostic-list.js'
import { foldCharacter } from '../../src/read/normalize-line.js'
import { readText } from '../../src/read/read-text.js'
import { settings } from '../properties/fc-settings.js'

// The white space the aligned-columns reader no longer searches a line for: `[^\S ]` less the
// characters a normalised line cannot hold.
const leftOut = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]/u

describe('aligned-columns: white space a normalised line cannot hold', () => {
  test('every character left out of the search is folded to a space or dropped', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (!leftOut.test(String.fromCharCode(code))) continue
      const folded = foldCharacter(code)
      expect(folded === 0x20 || folded < 0, `U+${code.toString(16)}`).toBe(true)
    }
  })

  test('no line read from text holds one', () => {
    const piece = fc.constantFrom('规章', '12', ' ', '\t', '\u00a0', '\u2003', '\u202f', '\u205f', '\u3000', '\ufeff', '\n', '\r\n', '[bookmark: \u3000]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        for (const line of readText(pieces.join(''), new DiagnosticList()).lines) expect(leftOut.test(line.text)).toBe(false)
      }),
      settings,
    )
  })
})
