import type { Block, ReadDocument } from '../model/block.js'

/** A `table` block: a table the Markdown or HTML reader rebuilt from the markup. */
export type TableBlock = Extract<Block, { type: 'table' }>

/**
 * The table blocks of a read document, in order. A plain-text document has none (its readers find
 * tables in the lines, the tables stage): its paragraph blocks are then not even built
 * (`readText` builds them only when something reads `blocks`).
 */
export function tableBlocks(document: ReadDocument): TableBlock[] {
  if (document.format === 'text') return []
  const tables: TableBlock[] = []
  for (const block of document.blocks) if (block.type === 'table') tables.push(block)
  return tables
}
