import type { ReportData } from '../../src/testing/index.js'
import { tablePaths } from '../../src/testing/index.js'

/** G3/G4 data with every cell 0, then the cells given (hand-built reports for the check tests). */
export function tableData(generation: '2019' | '2021', cells: Record<string, number | null> = {}, year = generation === '2019' ? 2020 : 2021): ReportData {
  const zeros = Object.fromEntries(tablePaths(generation).map((path) => [path, 0]))
  return { generation, year, organ: '平潭综合实验区', cells: { ...zeros, ...cells } }
}

/** Sets one table 3 row: the six applicant columns and the 总计 they add up to. */
export function row(key: string, naturalPerson: number, commercialEnterprise = 0): Record<string, number> {
  return {
    [`requests.${key}.naturalPerson`]: naturalPerson,
    [`requests.${key}.commercialEnterprise`]: commercialEnterprise,
    [`requests.${key}.total`]: naturalPerson + commercialEnterprise,
  }
}
