import { simplifiedCharacters, traditionalCharacters } from './traditional-characters.js'

let table: Uint16Array | null = null

/**
 * Code unit → its simplified code unit, 0 where the character stays: OpenCC's character table as an
 * array indexed by code unit, built on first use. Every character it folds lies in U+3400–U+9FFF.
 */
export function traditionalFoldTable(): Uint16Array {
  if (table) return table
  table = new Uint16Array(0x10000)
  for (let i = 0; i < traditionalCharacters.length; i++) table[traditionalCharacters.charCodeAt(i)] = simplifiedCharacters.charCodeAt(i)
  return table
}
