import type { Grid } from '../../model/grid.js'
import type { GridReader } from '../grid-reader.js'
import { tableBlocks } from '../../read/table-blocks.js'

/**
 * Tables the Markdown or HTML reader already rebuilt (pipe tables, `<table>` with spans expanded):
 * taken as they are.
 */
export const blockTable: GridReader = {
  name: 'block-table',
  read(document) {
    const grids: Grid[] = []
    for (const block of tableBlocks(document)) {
      const first = block.lines[0]
      const last = block.lines[block.lines.length - 1]
      grids.push({
        via: [block.via],
        rows: block.rows.map((row) => row.map((cell) => ({ ...cell }))),
        position: block.position,
        lines: [first?.index ?? 0, last?.index ?? 0],
      })
    }
    return grids
  },
}
