import { normalizeLabel } from './labels/normalize-label.js'
import type { TableTemplate } from './table-template.js'

/**
 * A test for heading titles that are really row or group labels of a template table
 * (`三、本年度办理结果`, `（七）总计`, `一、本年新收政府信息公开申请数量640020470` in flattened text):
 * the sections stage skips them. Digits run on after the label are ignored.
 */
export function tableLabelFilter(templates: readonly TableTemplate[]): (title: string) => boolean {
  const cached = cache.get(templates)
  if (cached) return cached
  const labels = new Set<string>()
  for (const template of templates) {
    for (const table of template.tables) {
      for (const row of table.rows) for (const label of row.labels) labels.add(normalizeLabel(label).text)
      for (const label of table.groupLabels) labels.add(normalizeLabel(label).text)
    }
  }
  const filter = (title: string) => {
    const text = normalizeLabel(title).text.replace(/[\d.\s]+$/u, '')
    return text !== '' && labels.has(text)
  }
  cache.set(templates, filter)
  return filter
}

const cache = new WeakMap<readonly TableTemplate[], (title: string) => boolean>()
