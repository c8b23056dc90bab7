/**
 * The contract counts offsets in Unicode code points; JavaScript strings index UTF-16 code units.
 * Every stage works in code units and records convert once, through the map built here.
 */
export interface CodePointMap {
  /** code-point offset of a UTF-16 offset */
  readonly toCodePoint: (utf16: number) => number
  /** number of code points in the text */
  readonly length: number
}

export const codePointMap = (text: string): CodePointMap => {
  // Fast path: most news text is all in the Basic Multilingual Plane.
  let astral = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true
      break
    }
  }
  if (!astral) return { toCodePoint: (u) => u, length: text.length }
  const table = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = cp
    const c = text.charCodeAt(i)
    const isHigh = c >= 0xd800 && c <= 0xdbff
    if (!(isHigh && i + 1 < text.length)) cp++
    else {
      table[i + 1] = cp
      i++
      cp++
    }
  }
  table[text.length] = cp
  return { toCodePoint: (u) => table[u]!, length: cp }
}

/** Folds runs of white space to one space and trims, as the contract's `sentence` column asks. */
export const foldWhitespace = (s: string): string => s.replace(/\s+/gu, " ").trim()

/** The UTF-16 offset of a code-point offset: reads gold annotations (code points) against working offsets. */
export const utf16Offset = (text: string, codePoint: number): number => {
  let cp = 0
  let i = 0
  while (cp < codePoint && i < text.length) {
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
    cp++
  }
  return i
}
