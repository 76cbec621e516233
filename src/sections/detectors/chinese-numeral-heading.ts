import { createNumberedHeadingDetector } from '../numbering.js'

/**
 * Top-level heading numbered with a Chinese numeral and 、 (templates.md §5.1).
 *
 *   三、收到和处理政府信息公开申请情况
 *   ^^
 */
export const chineseNumeralHeading = createNumberedHeadingDetector('chinese-numeral-heading', 'chinese-numeral', 1)
