/**
 * The characters of `text` as a string that keeps nothing else alive. V8 keeps a substring of 13
 * or more code units as a view into the string it was cut from, so a module-level cache that
 * stores one (or a value computed from it, which may be the same string) would keep the whole
 * input of a parse alive after the parse: a batch of reports whose labels differ would grow the
 * heap by each report's size. Joining and cutting again copies the characters.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : `\u0000${text}`.slice(1)
}
