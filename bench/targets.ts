// The targets of issue 7, as data: each names a figure of results.json and the limit it must hold.

/** One target: `value` is read from the run's figures; `met` when it is on the right side of `limit`. */
export interface Target {
  /** Key in `results.json` (`targets.<key>`). */
  key: string
  description: string
  /** `min`: the figure must be at least `limit`; `max`: at most. */
  kind: 'min' | 'max'
  limit: number
}

/** Every target the bench checks (docs/performance.md explains each). */
export const targets: readonly Target[] = [
  { key: 'textVsRemark', description: 'plain-text throughput / remark-parse throughput on the same text', kind: 'min', limit: 8 },
  { key: 'markdownVsRemark', description: 'Markdown throughput / remark-parse (alone) throughput on the same Markdown', kind: 'min', limit: 0.7 },
  { key: 'htmlVsCheerio', description: 'HTML throughput / cheerio.load + .text() throughput on the same pages', kind: 'min', limit: 0.7 },
  { key: 'gb18030VsText', description: 'time of the GB18030-bytes path / time of the plain-text path', kind: 'max', limit: 1.3 },
  { key: 'scaling100', description: 'time of 100 concatenated reports / time of one (worst series)', kind: 'max', limit: 150 },
  { key: 'fiveMegabyteSeconds', description: 'seconds to parse the 5 MB input', kind: 'max', limit: 2 },
  { key: 'liveHeapPerInputByte', description: 'live heap growth / input size in UTF-8 bytes, inputs of 1 MB and more', kind: 'max', limit: 20 },
]

/** Whether `value` meets `target`. */
export const meets = (target: Target, value: number): boolean => (target.kind === 'min' ? value >= target.limit : value <= target.limit)
