import type { Signal } from './template.js'

/**
 * Table 3 and table 4 and the six headings are the same in G3 and G4 (templates.md §5.3, §6.4):
 * they tell those two apart from G1/G2, not from each other.
 */
export function g3g4SharedSignals(prefix: 'g3' | 'g4'): Signal[] {
  return [
    { name: `${prefix}.heading-requests`, pattern: /收到和处理政府信息公开申请情况/u, weight: 1 },
    { name: `${prefix}.table3-new-received`, pattern: /本年新收政府信息公开申请数量/u, weight: 1 },
    { name: `${prefix}.table3-carried-forward`, pattern: /结转下年度继续办理/u, weight: 1 },
    { name: `${prefix}.table4-direct-litigation`, pattern: /未经复议直接起诉/u, weight: 1 },
  ]
}
