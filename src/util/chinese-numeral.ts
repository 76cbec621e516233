const digitValues: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const chineseNumeralCharacters = '零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾'

const chineseNumeralCodes = new Set([...chineseNumeralCharacters].map((character) => character.charCodeAt(0)))

/** Whether a code unit is one of {@link chineseNumeralCharacters} (for scans by character code). */
export function isChineseNumeralCode(code: number): boolean {
  return chineseNumeralCodes.has(code)
}

/**
 * Value of a Chinese numeral: `十一` → 11, `二十` → 20, `一百零五` → 105, and digit-by-digit
 * forms as in years: `二〇一二` → 2012. Returns null when the text is not a numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null
  // Digit by digit (years): no unit characters.
  if (!/[十百千拾]/u.test(text)) {
    let value = 0
    for (const character of text) {
      const digit = digitValues[character]
      if (digit === undefined) return null
      value = value * 10 + digit
    }
    return value
  }
  let total = 0
  let current = 0
  for (const character of text) {
    const digit = digitValues[character]
    if (digit !== undefined) {
      current = digit
      continue
    }
    const unit = character === '十' || character === '拾' ? 10 : character === '百' ? 100 : character === '千' ? 1000 : 0
    if (unit === 0) return null
    total += (current === 0 ? 1 : current) * unit
    current = 0
  }
  return total + current
}
