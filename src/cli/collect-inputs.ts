import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { extname, join } from 'node:path'
import type { InputTask } from './input-task.js'

/**
 * File name extensions read when a directory is given: report text, Markdown and HTML. A file
 * named on the command line is read whatever its extension.
 */
export const reportExtensions: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.htm', '.html', '.xhtml']

/**
 * Expands the command-line inputs into the batch, in order: a file as given, a directory as every
 * report file below it (recursively, sorted by name, hidden entries skipped), `-` as the bytes
 * of standard input. A path that does not exist stays in the batch to be reported, not thrown.
 */
export function collectInputs(args: readonly string[], stdin: () => Uint8Array): InputTask[] {
  const tasks: InputTask[] = []
  const add = (task: Omit<InputTask, 'index'>) => tasks.push({ index: tasks.length, ...task })
  for (const arg of args) {
    if (arg === '-') {
      add({ name: '-', bytes: stdin() })
      continue
    }
    const kind = pathKind(arg)
    if (kind === 'directory') for (const path of walk(arg, new Set())) add({ name: path, path })
    else if (kind === 'missing') add({ name: arg, missing: `No such file or directory: ${arg}` })
    else add({ name: arg, path: arg })
  }
  return tasks
}

function pathKind(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file'
  } catch (error) {
    // Anything but "does not exist" (a permission problem) is left for the read to report.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'file'
  }
}

/** Report files below a directory; `seen` holds the real paths walked, so a link loop ends. */
function walk(directory: string, seen: Set<string>): string[] {
  let entries: Dirent[]
  try {
    const real = realpathSync(directory)
    if (seen.has(real)) return []
    seen.add(real)
    entries = readdirSync(directory, { withFileTypes: true })
  } catch {
    return []
  }
  const paths: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue
    const path = join(directory, entry.name)
    // A symbolic link is followed; a broken one keeps its name so the read reports it.
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && pathKind(path) === 'directory')
    if (isDirectory) paths.push(...walk(path, seen))
    else if (reportExtensions.includes(extname(entry.name).toLowerCase())) paths.push(path)
  }
  return paths
}
