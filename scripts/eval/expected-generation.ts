import type { Generation } from '../../src/index.js'

/** Manifest generation codes and the discriminant a correct parse returns (data-model.md). */
const generations: ReadonlyMap<string, Generation | 'unrecognized'> = new Map([
  ['G1', '2008'],
  ['G2', '2014'],
  ['G3', '2019'],
  ['G4', '2021'],
  ['not-a-report', 'unrecognized'],
])

/**
 * Translates a manifest generation code (`G1` … `G4`, `not-a-report`) into the `generation` value
 * a correct parse returns (`'2008'` … `'2021'`, `'unrecognized'`), or null for an unknown code.
 */
export function expectedGeneration(code: string): Generation | 'unrecognized' | null {
  return generations.get(code) ?? null
}
