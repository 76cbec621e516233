const utf16 = new TextDecoder('utf-16le')

/** Whether this machine stores a Uint16Array little-endian, as the UTF-16LE decoder reads it. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * Turns the first `length` code units into a string (`surrogates`: whether any of them is one): a
 * short run with `String.fromCharCode`, a long one with the native UTF-16 decoder (much faster per
 * character). The decoder would replace a lone surrogate with U+FFFD, so runs holding surrogates go
 * through `fromCharCode` in chunks (spreading a huge array at once would overflow the stack).
 */
export function codeUnitsToString(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (length < 32) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[])
  if (!surrogates && littleEndian) return utf16.decode(codes.subarray(0, length))
  const parts: string[] = []
  for (let i = 0; i < length; i += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]))
  return parts.join('')
}
