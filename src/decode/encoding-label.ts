import iconv from 'iconv-lite'

// Labels that name GB2312 or GBK: GB18030 is a superset of both, so one decoder reads them all.
const gbLabels = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58', 'gb_2312-80', 'gb_2312', 'csiso58gb231280'])
const big5Labels = new Set(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950'])
const utf8Labels = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'])

/**
 * The canonical name zfxxgk uses for an encoding label (`GB2312`, `gbk` → `gb18030`; `utf8` →
 * `utf-8`; `big5-hkscs` kept), or null when iconv-lite cannot decode it.
 */
export function canonicalEncoding(label: string): string | null {
  const name = label.trim().toLowerCase()
  if (utf8Labels.has(name)) return 'utf-8'
  if (gbLabels.has(name)) return 'gb18030'
  if (big5Labels.has(name)) return name === 'big5-hkscs' ? 'big5-hkscs' : 'big5'
  if (name === 'utf-16le' || name === 'utf-16be' || name === 'utf-16') return name
  return iconv.encodingExists(name) ? name : null
}
