import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Reads a bundled fixture as UTF-8 text. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
}

/** Reads a bundled fixture as bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)))
}
