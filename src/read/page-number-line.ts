/**
 * A stray page number of a PDF or Word export on its own line: `- 3 -`, `— 12 —`, `第 3 页`,
 * `第3页 共9页`. The plain-text reader leaves such lines out (`Line.ignored`); the tables stage
 * passes one kept by another reader between a table and its continuation.
 */
export const pageNumberPattern = /^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$/u
