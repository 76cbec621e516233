import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A printed number as a manifest records it: a number, `null` for a blank cell, or text with a unit. */
export type ExpectedNumber = number | null | string

/** Hand-checked values of one corpus file (shared/corpus/README.md); every key is optional. */
export interface ExpectedValues {
  is_report?: boolean
  generation?: string
  organ?: string
  organ_aliases?: string[]
  year?: number
  sections?: string[]
  sections_complete?: boolean
  table3?: Record<string, Record<string, ExpectedNumber>>
  table3_all_rows?: { columns: string[]; rows: { label: string; values: ExpectedNumber[] }[] }
  table4?: Record<string, ExpectedNumber>
  table2?: Record<string, ExpectedNumber | Record<string, ExpectedNumber>>
  cells?: Record<string, { this_year?: ExpectedNumber; cumulative?: ExpectedNumber }>
}

/** One entry of a corpus `manifest.json`: a file and what a correct parse of it gives. */
export interface ManifestEntry {
  id: string
  file: string
  /** Generation code of the manifest (`G1` … `G4`, `not-a-report`). */
  generation: string
  expected: ExpectedValues
}

/** A corpus folder's manifest, or why it could not be read. */
export type LoadedManifest = { ok: true; entries: ManifestEntry[] } | { ok: false; problem: string }

/**
 * Reads `manifest.json` of a corpus folder and keeps the entries that have an `id`, a `file` and an
 * `expected` object; a missing or malformed manifest is a problem to report, never a crash.
 */
export function loadManifest(folder: string): LoadedManifest {
  const path = join(folder, 'manifest.json')
  if (!existsSync(path)) return { ok: false, problem: `no manifest.json in ${folder}` }
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return { ok: false, problem: `${path} is not valid JSON: ${(error as Error).message}` }
  }
  if (!Array.isArray(data)) return { ok: false, problem: `${path} is not an array of entries` }
  const entries = data.filter(
    (item): item is ManifestEntry =>
      typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.file === 'string' && typeof item.expected === 'object' && item.expected !== null,
  )
  return { ok: true, entries: entries.map((entry) => ({ ...entry, generation: entry.expected.generation ?? entry.generation })) }
}
