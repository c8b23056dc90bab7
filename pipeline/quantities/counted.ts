/**
 * `counted`: the noun phrase a figure counts, read from wink-nlp's parts of speech after the figure
 * (`8,000 troops`, `6,000 National Guard members`, `thousands of men, women and children`,
 * `18 of 41 patients`), determiners dropped. No word list: the tags decide.
 */
import type { Token } from "../model.ts"

export interface Counted {
  readonly text: string
  readonly start: number
  readonly end: number
  /** lower-case words of the phrase */
  readonly words: ReadonlyArray<string>
}

const NOMINAL = new Set(["NOUN", "PROPN"])
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN"])
const SKIPPABLE = new Set(["DET", "PRON"])
const HYPHENS = new Set(["-", "‐", "–"])

/** Tokens that begin no counted phrase: `the two of them`, time words, `more` of `2,000 more`. */
const NOT_COUNTED = new Set(["more", "less", "others", "other", "times", "percent", "per", "cent", "%", "each", "apiece", "this", "that", "year", "month", "week", "day"])

/**
 * Reads the counted phrase starting at document offset `from` (the end of the figure's mention),
 * skipping `of`, determiners, and tokens inside other mentions (`18 of 41 patients`).
 */
export const countedAfter = (
  text: string,
  tokens: ReadonlyArray<Token>,
  from: number,
  mentions: ReadonlyArray<{ readonly start: number; readonly end: number }>
): Counted | null => {
  let i = tokens.findIndex((t) => t.start >= from)
  if (i < 0) return null
  const inMention = (t: Token) => mentions.some((m) => t.start >= m.start && t.end <= m.end)
  let skippedOf = false
  while (i < tokens.length) {
    const t = tokens[i]!
    const w = t.text.toLowerCase()
    if (!skippedOf && w === "of") {
      skippedOf = true
      i++
      continue
    }
    if (SKIPPABLE.has(t.pos) && !NOMINAL.has(t.pos)) {
      i++
      continue
    }
    if (skippedOf && inMention(t)) {
      i++
      continue
    }
    break
  }
  const phrase = nounPhrase(tokens, i)
  if (!phrase) return null
  const { first } = phrase
  let last = phrase.last
  // coordination: `men, women and children`, `migrants and asylum seekers`; a comma list must close
  // with `and`/`or` (`one person, Honduran Henry Adalid, 26` is an apposition, not a list)
  let closed = phrase.last
  for (;;) {
    let k = last + 1
    const sep = tokens[k]
    if (!sep) break
    if (sep.text === ",") {
      k++
      if (tokens[k]?.pos === "CCONJ") k++
    } else if (sep.pos === "CCONJ" && (sep.text.toLowerCase() === "and" || sep.text.toLowerCase() === "or")) {
      k++
    } else break
    const more = nounPhrase(tokens, k)
    if (!more || more.first !== k) break
    // a list only continues with nouns of the same kind: stop at a new clause (`, Trump said`)
    if (tokens[more.last + 1]?.pos === "VERB" && sep.text === ",") break
    last = more.last
    if (sep.text !== ",") {
      closed = last
      break
    }
    if (tokens[k - 1]?.pos === "CCONJ") {
      closed = last
      break
    }
  }
  last = closed
  // a reduced relative clause belongs to the phrase: `officials wearing National Guard insignia`
  // (only `-ing`: an `-ed` form followed by an object is the main verb, `voters approved the measure`)
  const participle = tokens[last + 1]
  if (participle && participle.pos === "VERB" && /ing$/i.test(participle.text)) {
    let k = last + 2
    while (tokens[k] && SKIPPABLE.has(tokens[k]!.pos)) k++
    const object = nounPhrase(tokens, k)
    if (object && object.first === k) last = object.last
  }
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const slice = tokens.slice(first, last + 1)
  return {
    text: text.slice(start, end),
    start,
    end,
    words: slice.filter((t) => !HYPHENS.has(t.text) && t.text !== ",").map((t) => t.text.toLowerCase())
  }
}

/**
 * A run of modifiers ending in a noun, from token `i`: adjectives, nouns, proper nouns, hyphenated
 * compounds (`active-duty troops`, `non-Mexican migrants`) and participles before a noun.
 */
const nounPhrase = (tokens: ReadonlyArray<Token>, i: number): { first: number; last: number } | null => {
  const first = tokens[i]
  if (!first || NOT_COUNTED.has(first.text.toLowerCase())) return null
  let k = i
  let lastNoun = -1
  while (k < tokens.length) {
    const t = tokens[k]!
    const next = tokens[k + 1]
    if (HYPHENS.has(t.text) && k > i && next && next.start === t.end && tokens[k - 1]!.end === t.start) {
      k++
      continue
    }
    // a participle before the noun is a modifier (`displaced people`); after it, a new clause (`members using`)
    const participle = t.pos === "VERB" && lastNoun < 0 && next !== undefined && MODIFIER.has(next.pos) && /(?:ed|ing)$/i.test(t.text)
    const joinedByHyphen = k > i && tokens[k - 1] !== undefined && HYPHENS.has(tokens[k - 1]!.text)
    if (!MODIFIER.has(t.pos) && !participle && !joinedByHyphen) break
    // a noun followed by a determiner is a verb wink mistook (`people climb the fence`)
    if (t.pos === "NOUN" && lastNoun >= 0 && next && next.pos === "DET") break
    if (NOMINAL.has(t.pos) || (joinedByHyphen && t.pos !== "ADJ")) lastNoun = k
    k++
  }
  if (lastNoun < 0) return null
  return { first: i, last: lastNoun }
}
