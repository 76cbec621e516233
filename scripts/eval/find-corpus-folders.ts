import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The corpus folders under `root` that have a `manifest.json` (the root itself included), sorted
 * by name; an empty list when `root` does not exist.
 */
export function findCorpusFolders(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return []
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort()
  return [root, ...folders].filter((folder) => existsSync(join(folder, 'manifest.json')))
}
