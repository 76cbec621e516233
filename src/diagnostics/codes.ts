import type { Severity } from '../model/diagnostic.js'

/**
 * The catalogue of diagnostic codes: code → default severity and one-line summary.
 * Codes are stable across releases; every code has a heading in docs/diagnostics.md.
 */
export const diagnosticCodes = {
  'read.empty-input': { severity: 'warning', summary: 'The input has no text.' },
  'read.page-number-ignored': { severity: 'info', summary: 'A stray page number line was left out of the text.' },
  'read.residue-removed': { severity: 'info', summary: 'Word-processor residue such as `[bookmark: _GoBack]` was left out.' },
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
} as const satisfies Record<string, { severity: Severity; summary: string }>

/** A stable diagnostic code, `<stage>.<problem>`. */
export type DiagnosticCode = keyof typeof diagnosticCodes
