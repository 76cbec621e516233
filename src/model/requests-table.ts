import type { CellValue } from './cell.js'

/** Table 3 columns (templates.md §5.3): 申请人情况. */
export type RequestColumn =
  | 'naturalPerson'
  | 'commercialEnterprise'
  | 'researchInstitution'
  | 'publicInterestOrg'
  | 'legalServiceOrg'
  | 'otherOrg'
  | 'total'

/** One row of table 3: a value for each of the seven applicant columns. */
export type RequestRow = Record<RequestColumn, CellValue>

/** Table 3 rows shared by G3 and G4. */
export interface RequestsTableBase {
  /** 一、本年新收政府信息公开申请数量 */
  newReceived: RequestRow
  /** 二、上年结转政府信息公开申请数量 */
  carriedOver: RequestRow
  /** （一）予以公开 */
  granted: RequestRow
  /** （二）部分公开 */
  partiallyGranted: RequestRow
  /** （三）不予公开 */
  denied: {
    stateSecret: RequestRow
    lawForbidden: RequestRow
    securityStability: RequestRow
    thirdParty: RequestRow
    internalAffairs: RequestRow
    processInfo: RequestRow
    enforcementFile: RequestRow
    adminQuery: RequestRow
  }
  /** （四）无法提供 */
  unable: { notHeld: RequestRow; needCreation: RequestRow; unclear: RequestRow }
  /** （五）不予处理 */
  notProcessed: {
    petition: RequestRow
    duplicate: RequestRow
    publication: RequestRow
    massRepeated: RequestRow
    confirmReissue: RequestRow
  }
  /** （七）总计 */
  totalProcessed: RequestRow
  /** 四、结转下年度继续办理 */
  carriedForward: RequestRow
}

/** G3 (2019) table 3: （六）其他处理 is one row. */
export interface RequestsTable2019 extends RequestsTableBase {
  other: RequestRow
}

/** G4 (2021) table 3: （六）其他处理 has three rows. */
export interface RequestsTable2021 extends RequestsTableBase {
  other: { noCorrection: RequestRow; feeUnpaid: RequestRow; other: RequestRow }
}
