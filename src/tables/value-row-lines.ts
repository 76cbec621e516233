import type { ReadDocument } from '../model/block.js'
import type { Grid } from '../model/grid.js'
import { isValueText } from './mapping/parse-cell-value.js'
import { lastIndexAtMost } from '../util/last-index-at-most.js'

const digitRun = /^[-+]?[\d.]+(?:[-+ ][-+]?[\d.]+)*$/u

/**
 * The lines of the grid rows that hold values (a number, a blank mark, a run of digits): the lines
 * whose labels the sections stage must not take for headings. Header and caption lines of a grid
 * are left out, so a heading printed between two tables of one run (`四、政府信息公开行政复议、
 * 行政诉讼情况`) stays a heading.
 */
export function valueRowLines(document: ReadDocument, grids: readonly Grid[]): Set<number> {
  const lines = new Set<number>()
  const starts = document.lines.map((line) => line.position.start.offset)
  const lineAt = (offset: number) => lastIndexAtMost(starts, offset)
  for (const grid of grids) {
    for (const row of grid.rows) {
      const hasValue = row.some((cell, index) => index > 0 && (cell.text === '' ? cell.position !== null : isValueText(cell.text) || digitRun.test(cell.text.trim())))
      if (!hasValue) continue
      for (const cell of row) {
        if (!cell.position) continue
        // The cell's first line by search; the lines it runs on to, by walking (most cells have none).
        const lastOffset = Math.max(cell.position.start.offset, cell.position.end.offset - 1)
        let line = lineAt(cell.position.start.offset)
        lines.add(line)
        while (line + 1 < starts.length && (starts[line + 1] as number) <= lastOffset) lines.add(++line)
      }
    }
  }
  return lines
}
