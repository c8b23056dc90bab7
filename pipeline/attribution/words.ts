/**
 * A sentence as the attribution rules read it: wink-nlp tokens turned into words (hyphenated
 * compounds joined, a speech verb glued to a name by a stray apostrophe split off), each marked with
 * whether it stands inside a quotation of its paragraph.
 */
import type { ArticleSegment, Sentence, Token } from "../model.ts"
import { CLOSING_QUOTES, OPENING_QUOTES, SPEECH_CUES, STRAIGHT_QUOTES } from "../rules/speech.ts"

export interface Word {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  /** Universal POS tag of the (last) token */
  readonly pos: string
  /** inside a quotation (the quote marks themselves are not) */
  readonly quoted: boolean
  readonly quote: "open" | "close" | null
}

export interface SentenceWords {
  readonly sentence: Sentence
  readonly words: ReadonlyArray<Word>
}

/** [start, end) ranges of quoted text in a paragraph; an unclosed quote runs to the paragraph's end. */
export const quotedRanges = (text: string, offset: number): ReadonlyArray<readonly [number, number]> => {
  const ranges: Array<readonly [number, number]> = []
  let openAt: number | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    // straight quotes alternate: the first opens, the next closes
    const straight = STRAIGHT_QUOTES.includes(c)
    const opens = OPENING_QUOTES.includes(c) || (straight && openAt === null)
    const closes = CLOSING_QUOTES.includes(c) || (straight && openAt !== null)
    if (opens && openAt === null) openAt = i + 1
    else if (closes && openAt !== null) {
      ranges.push([offset + openAt, offset + i])
      openAt = null
    }
  }
  if (openAt !== null) ranges.push([offset + openAt, offset + text.length])
  return ranges
}

const isQuoteMark = (t: string): boolean => OPENING_QUOTES.includes(t) || CLOSING_QUOTES.includes(t) || STRAIGHT_QUOTES.includes(t)

/** "Ebrard’said": a one-word cue glued to the word before it by an apostrophe. */
const gluedCue = new RegExp(
  `^(.+?)['’](${SPEECH_CUES.filter((c) => c.words.length === 1).map((c) => c.words[0]).join("|")})$`,
  "u"
)

const splitGlued = (token: Token): ReadonlyArray<Token> => {
  const m = gluedCue.exec(token.text)
  if (!m) return [token]
  const head = m[1]!
  const verb = m[2]!
  const verbStart = token.end - verb.length
  return [
    { ...token, text: head, end: token.start + head.length },
    { ...token, text: verb, start: verbStart, pos: "VERB" }
  ]
}

/** Joins "Secretary - General" and "29 - year - old" (no spaces around the hyphens) into one word. */
const joinHyphens = (tokens: ReadonlyArray<Token>): ReadonlyArray<Token> => {
  const out: Array<Token> = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = out[out.length - 1]
    const next = tokens[i + 1]
    if (t.text === "-" && prev && next && prev.end === t.start && t.end === next.start && prev.type !== "punctuation") {
      out[out.length - 1] = { ...prev, text: prev.text + "-" + next.text, end: next.end, pos: next.pos }
      i++
      continue
    }
    out.push(t)
  }
  return out
}

export const sentenceWords = (article: ArticleSegment, sentence: Sentence): SentenceWords => {
  const block = article.blocks[sentence.block]
  const ranges = block ? quotedRanges(block.text, block.start) : quotedRanges(sentence.text, sentence.start)
  const inQuote = (start: number, end: number): boolean => ranges.some(([a, b]) => start >= a && end <= b)
  const tokens = joinHyphens(sentence.tokens.flatMap(splitGlued))
  const words: Array<Word> = tokens.map((t) => {
    const mark = isQuoteMark(t.text)
    let quote: Word["quote"] = null
    if (mark) quote = ranges.some(([a]) => a === t.end) ? "open" : "close"
    return {
      text: t.text,
      lower: t.text.toLowerCase().replace(/’/gu, "'"),
      start: t.start,
      end: t.end,
      pos: t.pos,
      quoted: !mark && inQuote(t.start, t.end),
      quote
    }
  })
  return { sentence, words }
}

/** Separators between the clause chunks of a sentence. */
const CHUNK_SEPARATORS = new Set([",", ";", ":", "–", "—", "--", "―"])

export const isSeparator = (w: Word): boolean => CHUNK_SEPARATORS.has(w.text) || w.quote !== null

/** Index range [from, to] (inclusive) of the chunk holding word `i`: between separators or quote marks. */
export const chunkAround = (words: ReadonlyArray<Word>, i: number): readonly [number, number] => {
  let from = i
  while (from > 0 && !isSeparator(words[from - 1]!)) from--
  let to = i
  while (to < words.length - 1 && !isSeparator(words[to + 1]!)) to++
  return [from, to]
}

/** Index of the first word that overlaps [start, end), or -1. */
export const wordAt = (words: ReadonlyArray<Word>, start: number, end = start + 1): number =>
  words.findIndex((w) => w.end > start && w.start < end)

export const spanText = (source: string, words: ReadonlyArray<Word>, from: number, to: number): string =>
  from > to ? "" : source.slice(words[from]!.start, words[to]!.end)

export const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text)

/** The possessive marker as wink-nlp splits it off ("Mexico's" -> "Mexico" + "'s", "Guterres'" -> "'"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"])
