// `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
const metaPattern = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu

/** How far into the bytes a `<meta>` charset is looked for (the HTML standard's prescan reads 1024). */
const prescanLength = 4096

/**
 * The charset an HTML page declares in a `<meta>` element within its first bytes, lower-cased, or
 * null. Only ASCII matters for the declaration, so the bytes are read as Latin-1.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, prescanLength)
  // No `<` (0x3C), no `<meta`: plain text is told so by one native search, without a string made.
  if (bytes.subarray(0, length).indexOf(0x3c) < 0) return null
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1')
  const match = metaPattern.exec(text)
  return match?.[1] ? match[1].toLowerCase() : null
}
