import type { Severity } from '../model/diagnostic.js'

/**
 * The catalogue of diagnostic codes: code → default severity and one-line summary.
 * Codes are stable across releases; every code has a heading in docs/diagnostics.md.
 */
export const diagnosticCodes = {
  'decode.invalid-bytes': { severity: 'warning', summary: 'Bytes that are not valid in the chosen encoding were replaced with U+FFFD.' },
  'decode.truncated': { severity: 'warning', summary: 'The bytes end in the middle of a character.' },
  'decode.charset-mismatch': { severity: 'warning', summary: 'The charset an HTML page declares does not fit its bytes; the bytes decided.' },
  'decode.encoding-guessed': { severity: 'info', summary: 'Neither a byte-order mark nor valid UTF-8: the encoding was guessed from the byte structure.' },
  'decode.mojibake': { severity: 'warning', summary: 'The text looks garbled by a wrong decoding that was saved again.' },
  'read.empty-input': { severity: 'warning', summary: 'The input has no text.' },
  'read.page-number-ignored': { severity: 'info', summary: 'A stray page number line was left out of the text.' },
  'read.residue-removed': { severity: 'info', summary: 'Word-processor residue such as `[bookmark: _GoBack]` was left out.' },
  'read.html-malformed': { severity: 'info', summary: 'The HTML has syntax errors; it was read the way a browser recovers from them.' },
  'read.content-root-guessed': { severity: 'info', summary: 'No known article container was found; the report was taken from the densest text block.' },
  'read.table-ragged': { severity: 'info', summary: 'A table\'s rows have different widths; short rows were padded with blank cells.' },
  'read.table-too-wide': { severity: 'warning', summary: 'A table is wider than 500 columns once its spans are expanded; the cells past that were left out.' },
  'read.traditional-folded': { severity: 'info', summary: 'Traditional characters were folded to simplified ones for matching; positions are unchanged.' },
  'section.none-found': { severity: 'warning', summary: 'No section heading was recognised.' },
  'section.numbering-skipped': { severity: 'warning', summary: 'A heading skips one or more numbers of its sequence.' },
  'section.numbering-repeated': { severity: 'warning', summary: 'A heading repeats the number of the previous sibling.' },
  'section.numbering-restarted': { severity: 'info', summary: 'A heading sequence starts again from its first number.' },
  'section.numbering-out-of-order': { severity: 'warning', summary: 'A heading carries a lower number than the heading before it.' },
  'section.numbering-style-switch': { severity: 'warning', summary: 'A heading is numbered in another style than its siblings.' },
  'meta.title-missing': { severity: 'warning', summary: 'No report title was found.' },
  'meta.organ-missing': { severity: 'warning', summary: 'The organ the report is about was not found.' },
  'meta.year-missing': { severity: 'warning', summary: 'The report year was not found.' },
  'meta.year-conflict': { severity: 'warning', summary: 'The title year and the statistics period disagree.' },
  'meta.declared-parts-mismatch': { severity: 'warning', summary: 'The parts the introduction declares differ from the sections found.' },
  'classify.not-a-report': { severity: 'info', summary: 'The input does not look like an annual report.' },
  'classify.low-confidence': { severity: 'warning', summary: 'The template generation was decided on weak evidence.' },
  'classify.features-contradict-year': { severity: 'info', summary: 'The template features point to another generation than the report year.' },
  'table.cell-unreadable': { severity: 'warning', summary: 'A table cell is not a number; its value is null.' },
  'table.duplicate-row': { severity: 'warning', summary: 'Two rows of a table map to the same cell path; the first is kept.' },
  'table.unit-converted': { severity: 'info', summary: 'A money value was converted to the unit the template states.' },
  'table.row-split-ambiguous': { severity: 'warning', summary: 'A row of run-together digits splits in more than one way that fits; its values are null.' },
  'table.row-split-unsolvable': { severity: 'warning', summary: 'A row of run-together digits splits in no way that fits the template; its values are null.' },
  'table.row-incomplete': { severity: 'warning', summary: 'A table row has fewer value cells than the template; the missing values are null.' },
  'table.row-extra-cells': { severity: 'warning', summary: 'A table row has more values than the template has columns; the extra ones are ignored.' },
  'table.row-missing': { severity: 'warning', summary: 'A template row was not found in the table; its values are null.' },
  'table.all-blank': { severity: 'warning', summary: 'A template table was found but every value cell is blank.' },
  'table.not-found': { severity: 'info', summary: 'A table of the template was not found in the report.' },
  'table.generation-revised': { severity: 'info', summary: 'The tables show another generation than the text features; the tables decide.' },
  'table.prose-figure': { severity: 'info', summary: 'A figure was read from a sentence because no table gives it.' },
  'check.hard-relation-failed': { severity: 'error', summary: 'The report\'s own figures break a hard relation of its template (a published table that does not add up).' },
  'check.soft-relation-failed': { severity: 'warning', summary: 'The report\'s figures break a soft relation (one real reports may break for good reasons).' },
  'check.fault-located': { severity: 'warning', summary: 'Names the cell most likely wrong behind one or more failed relations.' },
  'check.unsure-recovery': { severity: 'info', summary: 'A relation would fail, but it reads a value recovered with low confidence: the parse, not the report, may be wrong.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>

/** A stable diagnostic code, `<stage>.<problem>`. */
export type DiagnosticCode = keyof typeof diagnosticCodes
