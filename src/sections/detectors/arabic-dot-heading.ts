import { createNumberedHeadingDetector } from '../numbering.js'

/**
 * Heading numbered with an Arabic numeral and a full stop (`1.` or `1．`), not a decimal.
 *
 *   1.强化组织保障。根据部门人员变动情况和工作需要，…
 *   ^^
 */
export const arabicDotHeading = createNumberedHeadingDetector('arabic-dot-heading', 'arabic-dot', 3)
