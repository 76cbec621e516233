import { alignedText } from './aligned-text.js'
import { cellPerLine } from './cell-per-line.js'
import { flattenedPage, flattenedRows } from './flattened.js'
import { html } from './html.js'
import { markdown } from './markdown.js'
import { ocrNoisy } from './ocr-noisy.js'
import { pipeRows, pipeTable } from './pipe-rows.js'
import type { ReportRenderer } from './report-renderer.js'
import { tabGrid } from './tab-grid.js'

export { alignedText, cellPerLine, flattenedPage, flattenedRows, html, markdown, ocrNoisy, pipeRows, pipeTable, tabGrid }

/** Every form the kit writes, one object each; filter by `generations` and `accepts(data)`. */
export const defaultRenderers: readonly ReportRenderer[] = Object.freeze([tabGrid, cellPerLine, pipeRows, pipeTable, alignedText, flattenedRows, flattenedPage, ocrNoisy, markdown, html])
