import { createNumberedHeadingDetector } from '../numbering.js'

/**
 * Heading numbered with an Arabic numeral in brackets.
 *
 *   （3） 因政府信息公开申请行政复议、提起行政诉讼的情况
 *   ^^^
 */
export const parenthesizedArabicHeading = createNumberedHeadingDetector('parenthesized-arabic-heading', 'parenthesized-arabic', 4)
