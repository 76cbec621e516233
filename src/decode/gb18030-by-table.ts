import iconv from 'iconv-lite'
import { codeUnitsToString } from '../util/code-units-to-string.js'

const trailCount = 0xfe - 0x40 + 1
const leadCount = 0xfe - 0x81 + 1

/**
 * The two-byte GB18030 sequences (lead 0x81–0xFE, trail 0x40–0xFE) as iconv-lite decodes them: the
 * code unit of pair `(lead - 0x81) * trailCount + (trail - 0x40)`, or 0 for a pair iconv-lite does
 * not turn into one character of its own (an invalid trail such as 0x7F). Filled a lead at a time,
 * when a text first holds that lead (`rowFilled`): a text uses a few dozen of the 126.
 */
const pairs = new Uint16Array(leadCount * trailCount)
const rowFilled = new Uint8Array(leadCount)

/**
 * Fills the pairs of one lead from iconv-lite itself, so that this path and iconv-lite cannot
 * disagree: each pair followed by a line feed (never a trail byte, so a pair iconv-lite rejects
 * cannot swallow the next one), decoded in one call, the output cut at the line feeds. Should the
 * cut not give one piece a pair (an iconv-lite that reads some pair otherwise), the lead's pairs
 * stay 0 and its text goes to iconv-lite as before.
 */
function fillRow(leadIndex: number): void {
  rowFilled[leadIndex] = 1
  const bytes = Buffer.alloc(trailCount * 3)
  for (let trail = 0; trail < trailCount; trail++) {
    bytes[trail * 3] = leadIndex + 0x81
    bytes[trail * 3 + 1] = trail + 0x40
    bytes[trail * 3 + 2] = 0x0a
  }
  const pieces = iconv.decode(bytes, 'gb18030').split('\n')
  if (pieces.length !== trailCount + 1) return
  for (let trail = 0; trail < trailCount; trail++) pairs[leadIndex * trailCount + trail] = singleCodeUnit(pieces[trail] as string)
}

/**
 * The four-byte sequences met so far (0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39; U+00A0, the
 * no-break space of web text, is `81 30 84 32`), by their four bytes as one number: the code unit
 * iconv-lite gives, or 0 when it gives anything but one character of the Basic Multilingual Plane.
 * Each is decoded by iconv-lite once; the map is emptied when it reaches `quadLimit` entries.
 */
const quads = new Map<number, number>()
const quadLimit = 4096

function quadCode(b1: number, b2: number, b3: number, b4: number): number {
  const key = ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0
  const known = quads.get(key)
  if (known !== undefined) return known
  const code = singleCodeUnit(iconv.decode(Buffer.from([b1, b2, b3, b4]), 'gb18030'))
  if (quads.size >= quadLimit) quads.clear()
  quads.set(key, code)
  return code
}

/** The code unit of a one-character piece that is neither U+FFFD nor half of a surrogate pair; else 0. */
function singleCodeUnit(piece: string): number {
  if (piece.length !== 1) return 0
  const code = piece.charCodeAt(0)
  return code === 0xfffd || (code >= 0xd800 && code <= 0xdfff) ? 0 : code
}

/** Whether iconv-lite's GB18030 reads every byte 0x00–0x7F as that ASCII character (checked once). */
let asciiKept: boolean | null = null

function keepsAscii(): boolean {
  if (asciiKept === null) {
    const ascii = iconv.decode(Buffer.from(Array.from({ length: 0x80 }, (_, code) => code)), 'gb18030')
    asciiKept = ascii.length === 0x80 && Array.from(ascii).every((character, code) => character.charCodeAt(0) === code)
  }
  return asciiKept
}

/**
 * Scratch code units reused from one input to the next; a larger input gets its own array, so no
 * more than this stays allocated.
 */
let scratch: Uint16Array | null = null
const scratchLimit = 1 << 19

/**
 * Decodes GB18030 bytes made of ASCII and of sequences iconv-lite maps to one character of the
 * Basic Multilingual Plane — nearly every GB2312, GBK or GB18030 report — to the very string
 * `iconv.decode(bytes, 'gb18030')` gives, with a table lookup a character instead of iconv-lite's
 * general decoder (about a third of its time). Null when the bytes hold anything else (an invalid or
 * cut-off sequence, a character beyond the Basic Multilingual Plane): the caller decodes those with
 * iconv-lite, which also decides what an invalid byte becomes.
 */
export function decodeGb18030ByTable(bytes: Uint8Array): string | null {
  if (!keepsAscii()) return null
  const length = bytes.length
  let units = scratch
  if (units === null || units.length < length) {
    units = new Uint16Array(Math.max(length, 1 << 12))
    if (units.length <= scratchLimit) scratch = units
  }
  let count = 0
  let i = 0
  while (i < length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      units[count++] = lead
      i++
      continue
    }
    if (i + 1 >= length) return null
    // Unsigned compares: lead 0x81–0xFE, trail 0x40–0xFE.
    const leadIndex = (lead - 0x81) >>> 0
    if (leadIndex >= leadCount) return null
    const trail = bytes[i + 1] as number
    const trailIndex = (trail - 0x40) >>> 0
    let code: number
    if (trailIndex < trailCount) {
      if (rowFilled[leadIndex] === 0) fillRow(leadIndex)
      code = pairs[leadIndex * trailCount + trailIndex] as number
      i += 2
    } else if (trail - 0x30 >>> 0 <= 9 && i + 3 < length) {
      const third = bytes[i + 2] as number
      const fourth = bytes[i + 3] as number
      code = third - 0x81 >>> 0 < leadCount && fourth - 0x30 >>> 0 <= 9 ? quadCode(lead, trail, third, fourth) : 0
      i += 4
    } else {
      return null
    }
    if (code === 0) return null
    units[count++] = code
  }
  return codeUnitsToString(units, count, false)
}
