import type { CellValue } from './cell.js'

/** Table 4 columns (templates.md §5.4). */
export type ReviewColumn = 'upheld' | 'corrected' | 'other' | 'pending' | 'total'

/** One group of table 4. */
export type ReviewGroup = Record<ReviewColumn, CellValue>

/** Table 4 (identical in G3 and G4): 行政复议 / 未经复议直接起诉 / 复议后起诉. */
export interface ReviewLitigationTable {
  review: ReviewGroup
  litigationDirect: ReviewGroup
  litigationAfterReview: ReviewGroup
}
