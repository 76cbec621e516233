import { join } from 'node:path'
import { loadManifest } from './load-manifest.js'
import { parseFile } from './parse-file.js'
import { scoreEntry, type EntryScore } from './score-entry.js'

/** The entry scores of one corpus folder, or why the folder was skipped. */
export type FolderResult = { folder: string; scores: EntryScore[]; problem: null } | { folder: string; scores: []; problem: string }

/** Parses every file a folder's manifest lists and scores it against its entry. */
export function evaluateFolder(folder: string): FolderResult {
  const manifest = loadManifest(folder)
  if (!manifest.ok) return { folder, scores: [], problem: manifest.problem }
  const scores = manifest.entries.map((entry) => scoreEntry(entry, { folder, ...parseFile(join(folder, entry.file)) }))
  return { folder, scores, problem: null }
}
