import iconv from 'iconv-lite'

/**
 * One way text gets garbled: bytes of encoding `actual` decoded as `assumed` and saved again. The
 * detector re-encodes the text as `assumed` and decodes it as `actual`; when the result reads far
 * better, the text is mojibake.
 */
export interface MojibakeDetector {
  /** Stable id, kebab-case. */
  readonly name: string
  /** The encoding the text was wrongly decoded with. */
  readonly assumed: string
  /** The encoding the bytes really were in. */
  readonly actual: string
  /** Cheap test on the text before the costly round trip. */
  suspect(text: string): boolean
}

/** What {@link detectMojibake} found. */
export interface MojibakeFinding {
  detector: MojibakeDetector
  /** A short sample of the garbled text and of the repaired reading. */
  sample: string
  repairedSample: string
}

const isLatin1Supplement = (code: number) => code >= 0x80 && code <= 0xff

/** UTF-8 bytes decoded as GBK: `鏀垮簻淇℃伅鍏紑` for 政府信息公开. */
export const utf8ReadAsGbk: MojibakeDetector = {
  name: 'utf-8-read-as-gbk',
  assumed: 'gb18030',
  actual: 'utf-8',
  suspect: (text) => !hasReportWord(text) && countHan(text) >= 8,
}

/** GBK bytes decoded as Latin-1 (or Windows-1252): `ÕþžÐÅÏ¢` for 政府信息. */
export const gbkReadAsLatin1: MojibakeDetector = {
  name: 'gbk-read-as-latin1',
  assumed: 'latin1',
  actual: 'gb18030',
  suspect: (text) => {
    // The report words first: they settle a real report at its first characters.
    if (hasReportWord(text)) return false
    let high = 0
    for (let i = 0; i < text.length && i < 20000; i++) if (isLatin1Supplement(text.charCodeAt(i))) high++
    return high >= 8
  },
}

/** Detectors tried in order; the first that finds mojibake wins. */
export const defaultMojibakeDetectors: readonly MojibakeDetector[] = [utf8ReadAsGbk, gbkReadAsLatin1]

// Words nearly every report uses: their absence from a long Chinese text is suspicious.
const reportWords = /政府|信息|公开|工作|报告|年度|情况|申请|办理|主动/gu

const reportWord = new RegExp(reportWords.source, 'u')
/** Whether the text has one of the report words: the search stops at the first (near the start of a real report). */
const hasReportWord = (text: string) => reportWord.test(text.length > 50000 ? text.slice(0, 50000) : text)

function countReportWords(text: string): number {
  reportWords.lastIndex = 0
  let count = 0
  const sample = text.length > 50000 ? text.slice(0, 50000) : text
  while (reportWords.exec(sample)) count++
  return count
}

function countHan(text: string): number {
  let count = 0
  for (let i = 0; i < text.length && i < 20000; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x4e00 && code <= 0x9fff) count++
  }
  return count
}

/**
 * Checks decoded text for mojibake: UTF-8 that was read as GBK and saved again, or GBK read as
 * Latin-1. Only the first 50,000 characters are tried; returns null when the text reads well.
 */
export function detectMojibake(text: string, detectors: readonly MojibakeDetector[] = defaultMojibakeDetectors): MojibakeFinding | null {
  const sample = text.length > 50000 ? text.slice(0, 50000) : text
  for (const detector of detectors) {
    if (!detector.suspect(sample)) continue
    const repaired = iconv.decode(iconv.encode(sample, detector.assumed), detector.actual)
    const words = countReportWords(repaired)
    // The round trip loses what the wrong decoder had already replaced; the words that come back decide.
    if (words >= 3) {
      const at = firstNonAscii(sample)
      return { detector, sample: sample.slice(at, at + 12), repairedSample: repaired.slice(firstNonAscii(repaired), firstNonAscii(repaired) + 8) }
    }
  }
  return null
}

function firstNonAscii(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return i
  return 0
}
