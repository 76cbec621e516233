import type { ProseFigure } from '../tables/table-template.js'

/**
 * Figures G1/G2 reports state in sentences rather than tables (seeds tongjiang-2017, zhenyuan-2017):
 * only wordings specific enough that the number cannot belong to another concept. Counts of
 * applications are left out: prose often sums several years (`近年来,共收到…3件`).
 */
export const indicatorProseFigures: readonly ProseFigure[] = [
  //   2011年主动公开的信息共有264条 / 全县主动公开政府信息34207条
  { key: 'active.total', pattern: /主动公开(?:的)?(?:政府)?信息(?:共有|共|总数|数)?(?:为|达|计)? *(\d+) *条/u },
  //   政府网站公开政府信息数4850条 / 通过政府网站公开18477条
  { key: 'active.channels.website', pattern: /政府网站公开(?:政府信息数|政府信息)?(?:为|达)? *(\d+) *条/u },
  { key: 'active.channels.gazette', pattern: /政府公报公开(?:政府信息数|政府信息)?(?:为|达)? *(\d+) *条/u },
  { key: 'active.channels.weibo', pattern: /政务微博公开(?:政府信息数|政府信息)?(?:为|达)? *(\d+) *条/u },
  { key: 'active.channels.wechat', pattern: /政务微信公开(?:政府信息数|政府信息)?(?:为|达)? *(\d+) *条/u },
  { key: 'active.channels.other', pattern: /其他方式公开(?:政府信息数|政府信息)?(?:为|达)? *(\d+) *条/u },
]
