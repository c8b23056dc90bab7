/**
 * Finds speech and report cues in a sentence and the noun phrases they attribute to: the subject before
 * a verb ("a UN spokesman said"), the name after an inverted verb ("said Haq"), the phrase after
 * "according to"; and which stretch of the sentence each cue covers.
 */
import {
  ANONYMITY_PHRASES,
  CUE_EXTENSIONS,
  PASSIVE_AUXILIARIES,
  REPORTED_SPEECH_BREAKS,
  REPORTING_CLAUSE_ENDERS,
  SPEECH_CUES,
  SUBJECT_VERB_FILLERS,
  type SpeechCue
} from "../rules/speech.ts"
import { isCapitalised, isSeparator, POSSESSIVE, type SentenceWords, type Word } from "./words.ts"

/** Word index range, both ends inclusive. */
export interface WordRange {
  readonly from: number
  readonly to: number
}

export interface SourcePhrase {
  /** the noun phrase that names the source ("Farhan Haq", "a UN spokesman", "he") */
  readonly head: WordRange
  /** appositions and other chunks between the head and the cue ("Guterres' deputy spokesman") */
  readonly appositions: ReadonlyArray<WordRange>
  /** the source speaks anonymously ("speaking on condition of anonymity") */
  readonly anonymous: boolean
}

export interface CueMatch {
  readonly cue: SpeechCue
  /** first and last word of the cue, extensions included ("said in a statement") */
  readonly first: number
  readonly last: number
  /** the attributing words as written, lower-cased */
  readonly text: string
  /** who; null for a participle, which takes the source of the clause it hangs on */
  readonly source: SourcePhrase | null
  /** word ranges of the sentence this cue attributes */
  readonly covers: ReadonlyArray<WordRange>
}

const fillers = new Set(SUBJECT_VERB_FILLERS)
const passive = new Set(PASSIVE_AUXILIARIES)
const clauseEnders = new Set(REPORTING_CLAUSE_ENDERS)
const speechBreaks = new Set(REPORTED_SPEECH_BREAKS)
const cuesLongestFirst = [...SPEECH_CUES].sort((a, b) => b.words.length - a.words.length)

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PRON"])
/** prepositions that may stand inside a source's noun phrase ("Department of Homeland Security") */
const NP_INNER_ADP = new Set(["of", "for", "from", "at", "by"])

const isNpWord = (w: Word): boolean =>
  !w.quoted && w.quote === null &&
  (NP_POS.has(w.pos) || POSSESSIVE.has(w.lower) || w.text === "." || w.text === "&" || /^\p{Lu}/u.test(w.text))

const matchesAt = (words: ReadonlyArray<Word>, i: number, phrase: ReadonlyArray<string>): boolean =>
  phrase.every((p, k) => words[i + k]?.lower === p && !words[i + k]!.quoted)

/** Extends a verb cue with the words that belong to it ("told reporters", "said in a statement"). */
const extend = (words: ReadonlyArray<Word>, last: number): number => {
  for (const ext of CUE_EXTENSIONS) if (matchesAt(words, last + 1, ext)) return last + ext.length
  return last
}

/** Walks left from `end` over a noun phrase; returns its first word or -1 if none. */
const npLeft = (words: ReadonlyArray<Word>, end: number, stopAt = 0): number => {
  let i = end
  while (i >= stopAt) {
    const w = words[i]!
    // an acronym in brackets inside the phrase: "The International Organization for Migration (IOM)"
    if (w.text === ")" && words[i - 2]?.text === "(" && i - 3 >= stopAt) {
      i -= 3
      continue
    }
    if (isNpWord(w)) {
      // a relative pronoun before the verb ("signs that said"): the source is an antecedent we do not chase
      if (i === end && (w.lower === "that" || w.lower === "which" || w.lower === "who")) return -1
      // a pronoun is a whole phrase ("on Monday he posted" -> "he")
      if (w.pos === "PRON" && !POSSESSIVE.has(w.lower)) return i === end ? i : i + 1
      i--
      continue
    }
    // "of"/"for" inside a name, only with a noun phrase on both sides
    if (w.pos === "ADP" && NP_INNER_ADP.has(w.lower) && i > stopAt && isNpWord(words[i - 1]!) && i < end) {
      i--
      continue
    }
    if ((w.lower === "and" || w.lower === "&") && i > stopAt && words[i - 1]!.pos === "PROPN" && words[i + 1] !== undefined && isCapitalised(words[i + 1]!)) {
      i--
      continue
    }
    break
  }
  let from = i + 1
  while (from <= end && (words[from]!.pos === "ADP" || words[from]!.pos === "CCONJ" || POSSESSIVE.has(words[from]!.lower))) from++
  return from <= end ? from : -1
}

/** Walks right from `start` over a noun phrase; returns its last word or -1. */
const npRight = (words: ReadonlyArray<Word>, start: number): number => {
  let i = start
  while (i < words.length) {
    const w = words[i]!
    if (w.pos === "PRON" && i !== start && !POSSESSIVE.has(w.lower)) break
    if (w.lower === "that" || w.lower === "who" || w.lower === "which") break
    if (isNpWord(w) && w.pos !== "VERB" && w.pos !== "AUX") {
      i++
      continue
    }
    const next = words[i + 1]
    if (w.pos === "ADP" && NP_INNER_ADP.has(w.lower) && i > start && next !== undefined && isNpWord(next) && next.pos !== "VERB") {
      i++
      continue
    }
    if ((w.lower === "and" || w.lower === "&") && words[i - 1]?.pos === "PROPN" && next !== undefined && isCapitalised(next)) {
      i++
      continue
    }
    break
  }
  let to = i - 1
  while (to >= start && (words[to]!.text === "." || words[to]!.pos === "ADP")) to--
  return to >= start ? to : -1
}

/** Chunks (between separators) from a left boundary up to `end`, left to right. */
const chunksBefore = (words: ReadonlyArray<Word>, end: number): Array<WordRange> => {
  const chunks: Array<WordRange> = []
  let to = end
  let i = end
  while (i >= 0) {
    const w = words[i]!
    if (w.text === ",") {
      chunks.unshift({ from: i + 1, to })
      to = i - 1
      i--
      continue
    }
    if (isSeparator(w)) break
    i--
  }
  if (to >= i + 1) chunks.unshift({ from: i + 1, to })
  return chunks.filter((c) => c.from <= c.to)
}

const hasFiniteVerb = (words: ReadonlyArray<Word>, r: WordRange): boolean => {
  for (let i = r.from; i <= r.to; i++) {
    const w = words[i]!
    if ((w.pos === "VERB" || w.pos === "AUX") && !/ing$/u.test(w.lower) && !(i === r.from && w.pos === "VERB")) return true
  }
  return false
}

const isAdverbialChunk = (words: ReadonlyArray<Word>, r: WordRange): boolean => {
  const first = words[r.from]!
  return first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "ADV" || (first.pos === "VERB" && /ing$/u.test(first.lower))
}

const mentionsAnonymity = (text: string): boolean => ANONYMITY_PHRASES.some((p) => text.toLowerCase().includes(p))

/** The subject of a verb cue whose first word is `cueFirst`. */
const subjectBefore = (sw: SentenceWords, text: string, cueFirst: number): SourcePhrase | null => {
  const words = sw.words
  let j = cueFirst - 1
  while (j >= 0 && fillers.has(words[j]!.lower)) j--
  // a quoted title between subject and verb: Nielsen on “Fox News Sunday” said
  if (j >= 0 && words[j]!.quote === "close") {
    let k = j - 1
    while (k >= 0 && words[k]!.quote !== "open") k--
    if (k > 0 && words[k - 1]!.pos === "ADP") j = k - 2
  }
  if (j < 0) return null
  if (words[j]!.text === ",") {
    // "Farhan Haq, Guterres' deputy spokesman, told" / "The U.S. official, speaking ..., said"
    const chunks = chunksBefore(words, j - 1)
    const headIndex = chunks.findIndex((c) => !isAdverbialChunk(words, c))
    if (headIndex < 0) return null
    const headChunk = chunks[headIndex]!
    if (hasFiniteVerb(words, headChunk)) return null
    const from = npLeft(words, headChunk.to, headChunk.from)
    if (from < 0) return null
    const appositions = chunks.slice(headIndex + 1)
    const anonymous = appositions.some((c) => mentionsAnonymity(text.slice(words[c.from]!.start, words[c.to]!.end)))
    return { head: { from, to: headChunk.to }, appositions, anonymous }
  }
  const from = npLeft(words, j)
  if (from < 0) return null
  return { head: { from, to: j }, appositions: [], anonymous: false }
}

/**
 * What "according to" names: everything up to the clause's end or a verb ("according to a U.S. government
 * notice posted online"), since wink mistags such phrases ("according to research/VERB firm/ADV IDC").
 */
const accordingPhrase = (words: ReadonlyArray<Word>, start: number): number => {
  let k = start
  while (k < words.length) {
    const w = words[k]!
    if (isSeparator(w) || w.text === "." || w.quoted || w.pos === "AUX" || w.pos === "SCONJ" || (k > start && w.pos === "VERB" && !isCapitalised(w))) break
    if (w.lower === "that" || w.lower === "which" || w.lower === "who") break
    k++
  }
  return k - 1 >= start ? k - 1 : -1
}

/** The phrase after an inverted verb or "according to": "said Beatriz Marroquin, the director of health". */
const phraseAfter = (words: ReadonlyArray<Word>, start: number, according = false): SourcePhrase | null => {
  if (start >= words.length || words[start]!.quoted) return null
  const to = according ? accordingPhrase(words, start) : npRight(words, start)
  if (to < 0) return null
  const appositions: Array<WordRange> = []
  if (words[to + 1]?.text === ",") {
    let k = to + 2
    while (k < words.length && !isSeparator(words[k]!) && words[k]!.text !== ".") k++
    const chunk = { from: to + 2, to: k - 1 }
    if (chunk.from <= chunk.to && isApposition(words, chunk)) appositions.push(chunk)
  }
  return { head: { from: start, to }, appositions, anonymous: false }
}

/**
 * A noun phrase describing the one before it ("the director of health for the Retalhuleu region", "a
 * Mexican woman who crosses the border"), not a clause of its own ("about 7,000 migrants are ...").
 */
const isApposition = (words: ReadonlyArray<Word>, r: WordRange): boolean => {
  const first = words[r.from]!
  if (!(first.pos === "DET" || first.pos === "NOUN" || first.pos === "PROPN" || first.pos === "ADJ")) return false
  for (let k = r.from; k <= r.to; k++) {
    const w = words[k]!
    if (w.lower === "who" || w.lower === "which" || w.lower === "that") return true
    if ((w.pos === "VERB" || w.pos === "AUX") && !/^\p{Lu}/u.test(w.text)) return false
  }
  return true
}

/** A reporting clause with no complement of its own ("a UN spokesman said on Monday."). */
const hasEmptyComplement = (words: ReadonlyArray<Word>, last: number): boolean => {
  for (let i = last + 1; i < words.length; i++) {
    const w = words[i]!
    if (isSeparator(w) || w.text === "." || clauseEnders.has(w.lower)) return true
    if (w.lower === "that" || w.pos === "AUX" || (w.pos === "VERB" && !/ing$/u.test(w.lower))) return false
    if (w.pos === "PRON" && w.lower !== "his" && w.lower !== "her" && w.lower !== "their" && w.lower !== "its") return false
  }
  return true
}

/**
 * Where the complement of a cue ends: the sentence's end, or a clause the writer adds after it
 * (", where ...", ", but ...", "; ..."): "The migrant caravan says it's determined to reach the U.S.
 * border, where they hope President Trump will ... allow its several thousand members" does not put
 * the count in the caravan's mouth.
 */
const complementEnd = (words: ReadonlyArray<Word>, last: number): number => {
  for (let k = last + 1; k < words.length; k++) {
    const w = words[k]!
    if (w.quoted) continue
    if (w.text === ";") return k - 1
    if (w.text === "," && words[k + 1] && !words[k + 1]!.quoted && speechBreaks.has(words[k + 1]!.lower)) return k - 1
  }
  return words.length - 1
}

/** The phrase starting at `from` follows a comma, a closing quote or a dash ("..., a UN spokesman said"). */
const isSetOff = (words: ReadonlyArray<Word>, from: number): boolean => {
  const before = words[from - 1]
  return before !== undefined && (before.text === "," || before.quote === "close" || before.text === "—" || before.text === "–")
}

const matchCue = (words: ReadonlyArray<Word>, i: number): SpeechCue | null => {
  const w = words[i]!
  if (w.quoted || w.quote !== null) return null
  // "the United States": a capitalised form inside a sentence is a name, not a verb
  if (i > 0 && /^\p{Lu}/u.test(w.text)) return null
  for (const cue of cuesLongestFirst) {
    if (!matchesAt(words, i, cue.words)) continue
    const prev = words[i - 1]
    const next = words[i + cue.words.length]
    if (cue.notBefore && next && cue.notBefore.includes(next.lower)) continue
    if (cue.notBeforePos && next && cue.notBeforePos.includes(next.pos) && !next.quoted) continue
    if (cue.kind === "verb") {
      // "An estimated 2,300", "the final say", "is said to have occurred": not a speech act
      if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || passive.has(prev.lower))) continue
      if (cue.alsoNoun) {
        // "NBC News reports.", "The Arizona Central reports that": a subject before, a clause or nothing after
        if (!prev || !(prev.pos === "PROPN" || prev.pos === "NOUN" || prev.pos === "PRON")) continue
        if (next && !(next.lower === "that" || isSeparator(next) || next.text === "." || next.pos === "DET" || next.pos === "NUM")) continue
      }
    }
    if (cue.kind === "participle" && prev?.text !== ",") continue
    if (cue.kind === "according" && cue.words.length === 1 && !(next && (next.pos === "DET" || next.pos === "PROPN" || next.pos === "NOUN" || next.pos === "ADJ"))) continue
    return cue
  }
  return null
}

/** Every cue of the sentence, left to right, with its source phrase and what it covers. */
export const findCues = (sw: SentenceWords, text: string): ReadonlyArray<CueMatch> => {
  const words = sw.words
  const out: Array<CueMatch> = []
  const n = words.length
  const whole = (from: number, to: number): WordRange => ({ from, to })
  for (let i = 0; i < n; i++) {
    const cue = matchCue(words, i)
    if (!cue) continue
    const verbLast = i + cue.words.length - 1
    const last = cue.kind === "verb" ? extend(words, verbLast) : verbLast
    const cueText = words.slice(i, last + 1).map((w) => w.lower).join(" ")
    let source: SourcePhrase | null = null
    const covers: Array<WordRange> = []
    if (cue.kind === "according") {
      source = phraseAfter(words, last + 1, true)
      const after = source ? source.head.to + 1 : last + 1
      if (i > 0) covers.push(whole(0, i - 1))
      if (after < n) covers.push(whole(after, n - 1))
    } else if (cue.kind === "participle") {
      covers.push(whole(last + 1, complementEnd(words, last)))
    } else {
      const inverted = cue.invertible && isSetOff(words, i) ? phraseAfter(words, last + 1) : null
      const invertedEnds = inverted !== null && hasEmptyComplement(words, inverted.head.to)
      if (inverted && invertedEnds) {
        source = inverted
        covers.push(whole(0, i - 1))
      } else {
        source = subjectBefore(sw, text, i)
        covers.push(whole(last + 1, complementEnd(words, last)))
        if (source && isSetOff(words, source.head.from) && hasEmptyComplement(words, last)) {
          covers.push(whole(0, source.head.from - 2))
        }
        // "below the 0.3% economists had forecast": the figure right before the subject is the verb's object
        if (source) {
          let before = source.head.from - 1
          if (words[before]?.lower === "that" || words[before]?.lower === "which") before--
          const w = words[before]
          if (w && (w.pos === "NUM" || w.pos === "SYM" || w.lower === "percent")) covers.push(whole(Math.max(0, before - 3), before))
        }
      }
      if (source && !source.anonymous) {
        const after = words.slice(last + 1, Math.min(n, last + 12)).map((w) => w.lower).join(" ")
        if (mentionsAnonymity(after)) source = { ...source, anonymous: true }
      }
    }
    out.push({ cue, first: i, last, text: cueText, source, covers: covers.filter((c) => c.from <= c.to) })
    i = last
  }
  return out
}
