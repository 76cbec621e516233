/** Folds a table-3 label segment: NFKC, no white space, no quotes, no leading numbering. */
function foldSegment(segment: string): string {
  return segment
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」]+/gu, '')
    .replace(/^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.])/u, '')
}

/**
 * The start of each table-3 row label (numbering removed) and the data-model row key it names.
 * `其他` alone is handled apart, because it needs its parent. // templates.md §5.3, §6.3
 */
const rowPrefixes: ReadonlyArray<readonly [prefix: string, key: string]> = [
  ['本年新收', 'newReceived'],
  ['上年结转', 'carriedOver'],
  ['予以公开', 'granted'],
  ['部分公开', 'partiallyGranted'],
  ['属于国家秘密', 'denied.stateSecret'],
  ['其他法律行政法规禁止公开', 'denied.lawForbidden'],
  ['危及三安全一稳定', 'denied.securityStability'],
  ['保护第三方合法权益', 'denied.thirdParty'],
  ['属于三类内部事务信息', 'denied.internalAffairs'],
  ['属于四类过程性信息', 'denied.processInfo'],
  ['属于行政执法案卷', 'denied.enforcementFile'],
  ['属于行政查询事项', 'denied.adminQuery'],
  ['本机关不掌握', 'unable.notHeld'],
  ['没有现成信息', 'unable.needCreation'],
  ['补正后申请内容仍不明确', 'unable.unclear'],
  ['信访举报投诉', 'notProcessed.petition'],
  ['重复申请', 'notProcessed.duplicate'],
  ['要求提供公开出版物', 'notProcessed.publication'],
  ['无正当理由大量反复申请', 'notProcessed.massRepeated'],
  ['要求行政机关确认或重新出具', 'notProcessed.confirmReissue'],
  ['申请人无正当理由逾期不补正', 'other.noCorrection'],
  ['申请人逾期未按收费通知', 'other.feeUnpaid'],
  ['其他处理', 'other'],
  ['总计', 'totalProcessed'],
  ['结转下年度继续办理', 'carriedForward'],
]

/**
 * Maps a table-3 row label as the manifests print it, parent groups first and separated by ` / `
 * (`三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密`), to the data-model row key
 * (`denied.stateSecret`), or null when it names no row. A bare `3.其他` is `other.other` only under
 * `（六）其他处理` (G4); the G3 single row `（六）其他处理` is `other`.
 */
export function requestRowKey(label: string): string | null {
  const segments = label.split('/').map(foldSegment)
  const last = segments.at(-1) ?? ''
  if (last === '其他') return segments.slice(0, -1).some((segment) => segment.startsWith('其他处理')) ? 'other.other' : null
  return rowPrefixes.find(([prefix]) => last.startsWith(prefix))?.[1] ?? null
}

/** Table-3 column headers (templates.md §5.3) and their data-model column keys. */
const columnKeys: ReadonlyMap<string, string> = new Map([
  ['自然人', 'naturalPerson'],
  ['商业企业', 'commercialEnterprise'],
  ['科研机构', 'researchInstitution'],
  ['社会公益组织', 'publicInterestOrg'],
  ['法律服务机构', 'legalServiceOrg'],
  ['其他', 'otherOrg'],
  ['总计', 'total'],
])

/** Maps a table-3 column header as printed (`自然人`, `社会公益 组织`) to its column key, or null. */
export function requestColumnKey(header: string): string | null {
  return columnKeys.get(header.normalize('NFKC').replace(/\s+/gu, '')) ?? null
}
