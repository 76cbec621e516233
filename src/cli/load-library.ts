/** The public API of zfxxgk, as the CLI uses it. */
export type Library = typeof import('../index.js')

/**
 * Loads the library on first use. The bin imports it lazily so that `--help`, `--version`, usage
 * errors and the main thread of a `--jobs` batch (which only prints what the workers send) never
 * pay for loading the parser and its readers; in the build this is an import of `dist/index.js`.
 */
export function loadLibrary(): Promise<Library> {
  return import('../index.js')
}
