import type { GridCell } from '../../model/grid.js'
import type { Position } from '../../model/position.js'
import { digitText } from './value-cell.js'

/**
 * The position of each part a run of digits was split into (`693665` → `69`, `3`, `665`): the
 * parts in order, each found after the one before (spaces between them skipped), so that the slice
 * of the input at a part's position is that part as printed. A cell whose text is not its source
 * span character for character (on several lines, or folded on reading) gives every part the
 * cell's own position, as does a part not found.
 */
export function partPositions(cell: GridCell, parts: readonly string[]): (Position | null)[] {
  const position = cell.position
  if (!position || position.start.line !== position.end.line || position.end.offset - position.start.offset !== cell.text.length) return parts.map(() => position)
  // The text the parts were cut from: trimmed and folded one character for one (`digitText`).
  const lead = cell.text.length - cell.text.trimStart().length
  const text = digitText(cell.text)
  let from = 0
  return parts.map((part) => {
    const at = part === '' ? -1 : text.indexOf(part, from)
    if (at < 0) return position
    from = at + part.length
    const start = lead + at
    const end = start + part.length
    return {
      start: { line: position.start.line, column: position.start.column + start, offset: position.start.offset + start },
      end: { line: position.start.line, column: position.start.column + end, offset: position.start.offset + end },
    }
  })
}
