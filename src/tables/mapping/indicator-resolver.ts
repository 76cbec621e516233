import type { IndicatorDefinition, IndicatorVocabulary } from '../indicator-definition.js'
import { LabelIndex } from '../labels/label-index.js'
import type { NormalizedLabel } from '../labels/normalize-label.js'

/** An indicator row found for a label, and the group it belongs to. */
export interface ResolvedIndicator {
  definition: IndicatorDefinition
  /** The top-level entry the row opens or belongs to. */
  group: IndicatorDefinition
}

/**
 * Resolves indicator row labels to vocabulary entries, keeping the current group as context: the
 * same label (`（一）维持具体行政行为数`) means `review.upheld` under 行政复议 and `complaints.upheld`
 * under 举报投诉. Exact matches are tried before prefix and fuzzy ones, children of the current
 * group before top-level entries.
 */
export class IndicatorResolver {
  readonly #top: LabelIndex<IndicatorDefinition>
  readonly #children = new Map<IndicatorDefinition, LabelIndex<IndicatorDefinition>>()
  readonly #leaves: LabelIndex<ResolvedIndicator>

  constructor(vocabulary: IndicatorVocabulary) {
    this.#top = new LabelIndex(vocabulary.indicators.map((definition) => ({ labels: definition.labels, value: definition })))
    const leaves: { labels: readonly string[]; value: ResolvedIndicator }[] = []
    for (const group of vocabulary.indicators) {
      const children = group.children ?? []
      this.#children.set(group, new LabelIndex(children.map((definition) => ({ labels: definition.labels, value: definition }))))
      for (const definition of children) leaves.push({ labels: definition.labels, value: { definition, group } })
    }
    this.#leaves = new LabelIndex(leaves)
  }

  /**
   * What each label resolves to under each group, worked out once (a pure function of both): the
   * same indicator labels come back on every report of a generation. Bounded like normalizeLabel's
   * cache, whose objects it is keyed by.
   */
  readonly #resolved = new Map<NormalizedLabel, Map<IndicatorDefinition | undefined, ResolvedIndicator | undefined>>()

  /**
   * The entry for `label` under `current` (the group of the rows above), or undefined. The entry
   * is shared by every call that finds it: never change it.
   */
  resolve(label: NormalizedLabel, current: IndicatorDefinition | undefined): ResolvedIndicator | undefined {
    let byGroup = this.#resolved.get(label)
    if (!byGroup) {
      if (this.#resolved.size >= 5_000) this.#resolved.clear()
      byGroup = new Map()
      this.#resolved.set(label, byGroup)
    }
    if (byGroup.has(current)) return byGroup.get(current)
    const resolved = this.#resolve(label, current)
    byGroup.set(current, resolved)
    return resolved
  }

  #resolve(label: NormalizedLabel, current: IndicatorDefinition | undefined): ResolvedIndicator | undefined {
    const children = current ? this.#children.get(current) : undefined
    const child = children?.exact(label)
    if (current && child?.length === 1 && child[0]) return { definition: child[0], group: current }
    const top = this.#top.exact(label)
    if (top.length >= 1 && top[0]) return { definition: top[0], group: top[0] }
    const leaf = this.#leaves.exact(label)
    const keys = new Set(leaf.map((found) => found.definition.key))
    if (leaf.length >= 1 && keys.size === 1 && leaf[0]) return leaf[0]
    const near = current ? children?.match(label) : undefined
    if (current && near) return { definition: near.value, group: current }
    const topNear = this.#top.match(label)
    if (topNear) return { definition: topNear.value, group: topNear.value }
    const leafNear = this.#leaves.match(label)
    if (leafNear) return leafNear.value
    // Flattened text glues headers to the first label (`指标名称单位本年累计一、主动公开信息数量`).
    const topSuffix = this.#top.suffix(label)
    if (topSuffix) return { definition: topSuffix, group: topSuffix }
    const childSuffix = current ? children?.suffix(label) : undefined
    if (current && childSuffix) return { definition: childSuffix, group: current }
    return this.#leaves.suffix(label)
  }
}

const cache = new WeakMap<IndicatorVocabulary, IndicatorResolver>()

/** The resolver of a vocabulary, built once. */
export function indicatorResolver(vocabulary: IndicatorVocabulary): IndicatorResolver {
  let resolver = cache.get(vocabulary)
  if (!resolver) {
    resolver = new IndicatorResolver(vocabulary)
    cache.set(vocabulary, resolver)
  }
  return resolver
}
