import type { BatchTally } from './batch-tally.js'

const generationOrder = ['2008', '2014', '2019', '2021', 'unrecognized'] as const

/**
 * The closing summary printed on standard error:
 * `5 files: 5 reports (2014: 3, 2008: 1, 2019: 1), 0 unreadable · checks: 0 hard and 2 soft failed · 0.4 s, 2 jobs`,
 * followed by one line per unreadable input.
 */
export function formatBatchSummary(tally: BatchTally, elapsedMs: number, jobs: number): string {
  const reports = tally.files - tally.unreadable.length
  const generations = generationOrder
    .filter((generation) => (tally.generations[generation] ?? 0) > 0)
    .map((generation) => `${generation}: ${tally.generations[generation]}`)
  const parts = [
    `${plural(tally.files, 'file')}: ${plural(reports, 'report')}${generations.length > 0 ? ` (${generations.join(', ')})` : ''}, ${tally.unreadable.length} unreadable`,
    `checks: ${tally.hardFailures} hard and ${tally.softFailures} soft failed${tally.reportsFailingHard > 0 ? ` in ${plural(tally.reportsFailingHard, 'report')}` : ''}`,
    `${(elapsedMs / 1000).toFixed(2)} s, ${plural(jobs, 'job')}`,
  ]
  const lines = [`zfxxgk: ${parts.join(' · ')}`]
  for (const { name, error } of tally.unreadable) lines.push(`  unreadable  ${name}  ${error.code}: ${error.message}`)
  return `${lines.join('\n')}\n`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
