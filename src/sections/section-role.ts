import type { SectionRole } from '../model/section.js'
import { memoizeByText } from '../util/memoize-by-text.js'

// First rule that matches wins; order matters (`因政府信息公开申请行政复议` is about review, not requests).
const rules: { role: SectionRole; pattern: RegExp }[] = [
  { role: 'attachment', pattern: /^(?:附件|附表)/u },
  { role: 'reviewLitigation', pattern: /复议|诉讼/u },
  { role: 'fees', pattern: /收费|减免|费用/u },
  { role: 'problems', pattern: /问题|改进|不足/u },
  { role: 'requests', pattern: /依申请|收到和处理|申请的办理|申请办理|公开申请/u },
  { role: 'activeDisclosure', pattern: /主动公开/u },
  { role: 'overview', pattern: /概述|总体情况|基本情况|概况/u },
  { role: 'other', pattern: /其他需要报告|其它需要报告|需要说明|其他事项|其他情况/u },
]

/** The canonical role of a top-level section from its title, or null when none applies. */
export function sectionRole(title: string): SectionRole | null {
  return memoizedRole(title)
}

const memoizedRole = memoizeByText(roleOf)

function roleOf(title: string): SectionRole | null {
  const compact = title.replace(/\s+/gu, '')
  for (const rule of rules) if (rule.pattern.test(compact)) return rule.role
  return null
}
