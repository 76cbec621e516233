import type { DiagnosticList } from '../diagnostics/diagnostic-list.js'
import type { Check } from '../model/check.js'
import type { Position } from '../model/position.js'
import type { CellValue } from '../model/cell.js'
import { holds } from './evaluate-relation.js'
import type { Fault } from './locate-fault.js'

const name = (check: Check) => (check.scope ? `${check.id} (${check.scope})` : check.id)
const sides = (check: Check) => `${check.left} ${check.operator} ${check.right}`

/**
 * Turns failed checks and located faults into diagnostics, with every sentence built here. A
 * failed check points at its first cell (the total) and lists the other cells as related places;
 * a fault names the cell most likely wrong; a relation that only fails on a low-confidence value is
 * reported as the parse being unsure, not the report being wrong.
 */
export function reportCheckDiagnostics(checks: readonly Check[], faults: readonly Fault[], cellOf: (path: string) => CellValue | undefined, diagnostics: DiagnosticList): void {
  const place = (path: string): Position | null => cellOf(path)?.position ?? null
  const relatedOf = (check: Check) =>
    check.reads.flatMap((path) => {
      const position = place(path)
      return position ? [{ message: `\`${path}\` = ${cellOf(path)?.value ?? 'blank'}`, position }] : []
    })
  for (const check of checks) {
    if (check.status !== 'fail' && check.status !== 'uncertain') continue
    const where = check.prose?.position ?? place(check.reads[0] ?? '')
    if (check.status === 'fail') {
      const hard = check.severity === 'error'
      const what = check.suspects && !check.difference ? `${check.left} cell(s) break it: ${check.suspects.join(', ')}` : `${sides(check)} does not hold (difference ${check.difference})`
      diagnostics.add(
        hard ? 'check.hard-relation-failed' : 'check.soft-relation-failed',
        'checks',
        `${name(check)} fails: ${check.description}; ${what}.${check.prose ? ` The text says “${check.prose.raw}”.` : ''}`,
        { position: where, related: relatedOf(check), ...(check.reads[0] === undefined ? {} : { path: check.reads[0] }) },
      )
    } else if (check.status === 'uncertain' && check.left !== null && check.right !== null && !holds({ left: check.left, right: check.right }, check.operator)) {
      const doubtful = check.unsure?.[0]
      diagnostics.add('check.unsure-recovery', 'checks', `${name(check)} would fail (${sides(check)}), but it reads cells recovered with low confidence: ${(check.unsure ?? []).join(', ')}.`, {
        position: doubtful === undefined ? null : place(doubtful),
        related: relatedOf(check),
        ...(doubtful === undefined ? {} : { path: doubtful }),
      })
    }
  }
  for (const fault of faults) {
    const failed = fault.checks.map((index) => checks[index]).filter((check): check is Check => check !== undefined)
    const because = failed.map(name).join(' and ')
    const first = fault.paths[0] ?? ''
    const message =
      fault.reason === 'crossing'
        ? `\`${first}\` is most likely wrong: it is the one cell both ${because} read that no passing relation confirms.`
        : fault.reason === 'unconfirmed'
          ? `\`${first}\` is most likely wrong: the other cells of ${because} are confirmed by relations that hold.`
          : fault.reason === 'out-of-range'
            ? `${fault.paths.map((path) => `\`${path}\``).join(', ')} break ${because} by themselves.`
            : `One of ${fault.paths.map((path) => `\`${path}\``).join(', ')} is wrong (${because}); nothing tells which, the total is the likelier.`
    diagnostics.add('check.fault-located', 'checks', message, { position: place(first), ...(first === '' ? {} : { path: first }) })
  }
}
