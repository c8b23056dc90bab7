/**
 * The figure grammar's own tokens. wink-nlp tokens are made for parts of speech, not for numbers
 * (`$4.5`, `3,500-7,000`, `29km`, `1e10` each need other cuts), so the grammar reads the sentence text
 * through this small lexer and keeps every offset in document coordinates (UTF-16, like the pipeline).
 */
import { splitDigitRun } from "./parseNumber.ts"

export type LexKind = "digits" | "word" | "symbol"

export interface Lex {
  /** as written */
  readonly text: string
  readonly lower: string
  /** document offsets, end exclusive */
  readonly start: number
  readonly end: number
  readonly kind: LexKind
  /** white space between the previous lex and this one ("" when attached) */
  readonly gap: string
  /** for digit lexes: the value of the digits as written, with separators resolved */
  readonly value?: number
  /** digit lexes: the number had a decimal part */
  readonly decimal?: boolean
  /** digit lexes: written with thousands separators (`7,233`), which a year never has */
  readonly grouped?: boolean
  /** a digit lex that is not a figure: part of an IP address, a digit ordinal (`19th`), a code */
  readonly blocked?: "ordinal" | "decade" | "code"
  /** wink-nlp's part of speech of the token that covers this lex's start ("" if none) */
  readonly pos?: string
}

const WORD = /[\p{L}][\p{L}\p{M}'’]*/uy
const DIGITS = /\d+(?:[.,]\d+)*/y
const SPACE = /[\s\u00a0\u2009\u202f]+/y

/** Lexes `text`, which stands at `offset` in the document. */
export const lex = (text: string, offset: number): ReadonlyArray<Lex> => {
  const out: Array<Lex> = []
  let i = 0
  let gap = ""
  while (i < text.length) {
    SPACE.lastIndex = i
    const space = SPACE.exec(text)
    if (space) {
      gap += space[0]
      i += space[0].length
      continue
    }
    DIGITS.lastIndex = i
    const digits = DIGITS.exec(text)
    if (digits) {
      const run = digits[0]
      const pieces = splitDigitRun(run)
      for (const [k, piece] of pieces.entries()) {
        if (piece.separatorBefore !== undefined) {
          out.push(symbolLex(piece.separatorBefore, offset + i + piece.at - 1, k === 0 ? gap : ""))
        }
        out.push({
          text: piece.text,
          lower: piece.text,
          start: offset + i + piece.at,
          end: offset + i + piece.at + piece.text.length,
          kind: "digits",
          gap: k === 0 && piece.separatorBefore === undefined ? gap : "",
          value: piece.value,
          decimal: piece.decimal,
          grouped: piece.grouped,
          ...(piece.blocked ? { blocked: piece.blocked } : {})
        })
      }
      gap = ""
      i += run.length
      continue
    }
    WORD.lastIndex = i
    const word = WORD.exec(text)
    if (word) {
      // strip a trailing apostrophe that is a closing quote, keep "’s" endings as one word with the stem
      const w = word[0]
      out.push({ text: w, lower: w.toLowerCase(), start: offset + i, end: offset + i + w.length, kind: "word", gap })
      gap = ""
      i += w.length
      continue
    }
    const cp = text.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    out.push(symbolLex(ch, offset + i, gap))
    gap = ""
    i += ch.length
  }
  return markDigitSuffixes(mergeSpaceGroups(mergeLeadingPoint(out)))
}

const symbolLex = (ch: string, start: number, gap: string): Lex => ({
  text: ch,
  lower: ch.toLowerCase(),
  start,
  end: start + ch.length,
  kind: "symbol",
  gap
})

/** `.08`, `the .25ml`: a point right before digits, after a space or at the start, is a decimal point. */
const mergeLeadingPoint = (lexes: ReadonlyArray<Lex>): Array<Lex> => {
  const out: Array<Lex> = []
  for (let i = 0; i < lexes.length; i++) {
    const l = lexes[i]!
    const next = lexes[i + 1]
    const prev = out[out.length - 1]
    if (
      l.text === "." && next && next.kind === "digits" && next.gap === "" && !next.decimal && !next.grouped &&
      (prev === undefined || l.gap !== "") && /^\d+$/.test(next.text)
    ) {
      out.push({ ...next, text: "." + next.text, lower: "." + next.text, start: l.start, gap: l.gap, value: Number("0." + next.text), decimal: true })
      i++
      continue
    }
    out.push(l)
  }
  return out
}

/**
 * `1 234 567`, `40\u202f000`: groups of three digits after one space form one number when the first
 * group has one to three digits. A narrow no-break or thin space always groups; a regular space groups a
 * run of three groups or more, or a pair whose second group starts with 0 (`40 000`: no figure of its
 * own starts so), since in English text two plain-spaced figures are usually two (`27 737 MAX jets`).
 */
const mergeSpaceGroups = (lexes: ReadonlyArray<Lex>): Array<Lex> => {
  const out: Array<Lex> = []
  for (let i = 0; i < lexes.length; i++) {
    let l = lexes[i]!
    if (l.kind === "digits" && !l.decimal && !l.grouped && !l.blocked && /^\d{1,3}$/.test(l.text)) {
      let j = i + 1
      let text = l.text
      while (j < lexes.length) {
        const next = lexes[j]!
        const thin = /^[\u2009\u202f]$/.test(next.gap)
        const plain = next.gap === " " || next.gap === "\u00a0"
        if (next.kind !== "digits" || next.blocked || next.grouped || !(thin || plain)) break
        if (!/^\d{3}(?:\.\d+)?$/.test(next.text)) break
        // a plain-space group must not be followed by more digits that would make it ambiguous (`423 0000`)
        const after = lexes[j + 1]
        if (plain && after && after.kind === "digits" && after.gap !== "" && !/^\d{3}(?:\.\d+)?$/.test(after.text)) break
        text += next.gap + next.text
        j++
        if (next.decimal) break
      }
      const plainOnly = lexes.slice(i + 1, j).every((g) => !/^[\u2009\u202f]$/.test(g.gap))
      const pairOfTwoFigures = plainOnly && j - i === 2 && !lexes[i + 1]!.text.startsWith("0")
      if (j > i + 1 && !pairOfTwoFigures) {
        const last = lexes[j - 1]!
        const value = Number(text.replace(/[\s\u00a0\u2009\u202f]/g, ""))
        l = { ...l, text, lower: text, end: last.end, value, decimal: Boolean(last.decimal), grouped: true }
        out.push(l)
        i = j - 1
        continue
      }
    }
    out.push(l)
  }
  return out
}

/** `19th`, `2nd` (ordinals) and `1870s`, `90s` (decades) are not figures. */
const markDigitSuffixes = (lexes: ReadonlyArray<Lex>): Array<Lex> => {
  const out = lexes.slice()
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!
    const next = out[i + 1]
    if (l.kind !== "digits" || !next || next.kind !== "word" || next.gap !== "") continue
    if (/^(st|nd|rd|th)$/i.test(next.text) && !l.decimal && !l.grouped) {
      out[i] = { ...l, blocked: "ordinal" }
    } else if (/^s$/i.test(next.text) && !l.decimal && !l.grouped && /^\d{2,4}$/.test(l.text) && Number(l.text) % 10 === 0) {
      out[i] = { ...l, blocked: "decade" }
    }
  }
  return out
}

/**
 * Whether the cue (lower-case items) matches the lexes starting at `i`. Items of a cue may be written
 * with spaces ("u . s ."); a cue item with several characters may also match several attached lexes
 * (`u.s.` matches `u`, `.`, `s`, `.`). Returns the index after the match, or -1.
 */
export const matchCue = (lexes: ReadonlyArray<Lex>, i: number, cue: ReadonlyArray<string>): number => {
  let j = i
  for (const item of cue) {
    const l = lexes[j]
    if (!l) return -1
    if (l.lower === item) {
      j++
      continue
    }
    // try to spell the item over attached lexes
    let spelled = ""
    let k = j
    while (k < lexes.length && spelled.length < item.length) {
      const part = lexes[k]!
      if (k > j && part.gap !== "") break
      spelled += part.lower
      k++
    }
    if (spelled !== item) return -1
    j = k
  }
  return j
}

/** Like `matchCue`, but the cue must end right before `end` (exclusive lex index). Returns its start or -1. */
export const matchCueBefore = (lexes: ReadonlyArray<Lex>, end: number, cue: ReadonlyArray<string>): number => {
  for (let start = Math.max(0, end - cue.length * 4); start < end; start++) {
    if (matchCue(lexes, start, cue) === end) return start
  }
  return -1
}

/** A hyphen between parts of a figure (`twenty-six`, `10-foot`). */
export const isHyphen = (l: Lex | undefined): boolean => l !== undefined && l.kind === "symbol" && (l.text === "-" || l.text === "‐")
