import type { Position } from './position.js'

/** Contact details printed in the report (never taken from site chrome). */
export interface Contacts {
  phones: string[]
  emails: string[]
  postcode: string | null
  address: string | null
}

/** The parts the introduction says the report consists of (`本报告由…组成`, `全文包括…`). */
export interface DeclaredParts {
  /** The number printed (`六部分` → 6), or null. */
  count: number | null
  /** The parts as listed. */
  parts: string[]
}

/** A statistics period, as ISO dates (`2017-01-01` … `2017-12-31`). */
export interface Period {
  start: string
  end: string
}

/** Metadata of a report. Positions of the values are in {@link ReportMeta.positions}. */
export interface ReportMeta {
  /** The report's title as printed. */
  title: string | null
  /** The organ (机关) the report is about, e.g. `镇原县`, `平潭综合实验区`. */
  organ: string | null
  /** The data year (not the publication year). */
  year: number | null
  /** Statistics period when printed (`统计期限自2017年1月1日起至2017年12月31日止`). */
  period: Period | null
  /** 发布日期 of the page or document, ISO date. */
  publicationDate: string | null
  /** Date printed at the end of the report (signature), ISO date; Chinese numerals are read. */
  signatureDate: string | null
  /** 索引号 */
  indexNumber: string | null
  /** 文号 */
  documentNumber: string | null
  /** 发布机构 */
  publisher: string | null
  contacts: Contacts
  declaredParts: DeclaredParts | null
  /** Where each value above was read. */
  positions: Partial<Record<MetaField, Position>>
}

/** Names of the metadata fields that carry a position. */
export type MetaField =
  | 'title'
  | 'organ'
  | 'year'
  | 'period'
  | 'publicationDate'
  | 'signatureDate'
  | 'indexNumber'
  | 'documentNumber'
  | 'publisher'
  | 'declaredParts'
