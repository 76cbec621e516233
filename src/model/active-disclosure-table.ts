import type { CellValue } from './cell.js'

/** G3 (2019) table 2 (templates.md §5.2). */
export interface ActiveDisclosureTable2019 {
  regulations: { newlyMade: CellValue; newlyPublished: CellValue; totalPublished: CellValue }
  normativeDocuments: { newlyMade: CellValue; newlyPublished: CellValue; totalPublished: CellValue }
  licensing: { previousCount: CellValue; change: CellValue; decisions: CellValue }
  otherManagementServices: { previousCount: CellValue; change: CellValue; decisions: CellValue }
  punishment: { previousCount: CellValue; change: CellValue; decisions: CellValue }
  coercion: { previousCount: CellValue; change: CellValue; decisions: CellValue }
  fees: { previousCount: CellValue; change: CellValue }
  procurement: { projects: CellValue; amount: CellValue }
}

/** G4 (2021) table 2 (templates.md §6.2). */
export interface ActiveDisclosureTable2021 {
  regulations: { issued: CellValue; repealed: CellValue; inForce: CellValue }
  normativeDocuments: { issued: CellValue; repealed: CellValue; inForce: CellValue }
  licensing: { decisions: CellValue }
  punishment: { decisions: CellValue }
  coercion: { decisions: CellValue }
  /** 本年收费金额, 万元 */
  fees: { amount: CellValue }
}
