import { createNumberedHeadingDetector } from '../numbering.js'

/**
 * Heading numbered with a Chinese numeral in brackets, full- or half-width.
 *
 *   （一）主动公开政府信息的数量。2017年度全县主动公开政府信息34207条。
 *   ^^^^
 */
export const parenthesizedChineseHeading = createNumberedHeadingDetector('parenthesized-chinese-heading', 'parenthesized-chinese', 2)
