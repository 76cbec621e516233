import { createNumberedHeadingDetector } from '../numbering.js'

/**
 * Heading numbered with an Arabic numeral and 、; also used as a top-level marker.
 *
 *   1、 概述
 *   ^^
 */
export const arabicCommaHeading = createNumberedHeadingDetector('arabic-comma-heading', 'arabic-comma', 3)
