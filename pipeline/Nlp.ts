import { Context, Effect, Layer } from "effect"
import model from "wink-eng-lite-web-model"
import winkNLP, { type ItemEntity, type ItemSentence } from "wink-nlp"
import type { Token } from "./model.ts"
import {
  BEFORE_NUMBER_ABBREVIATIONS,
  MAY_END_ABBREVIATIONS,
  NAME_CONTINUATIONS,
  NON_FINAL_ABBREVIATIONS,
  SENTENCE_OPENING_SPEECH_VERBS,
  SENTENCE_STARTERS
} from "./rules/segmentation.ts"

/** A stretch of text as wink-nlp read it: tokens with document offsets, and its sentence boundaries. */
export interface Annotated {
  readonly tokens: ReadonlyArray<Token>
  /** [start, end) document offsets of each sentence, as wink found them and `mendSentences` mended them */
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

type Wink = ReturnType<typeof winkNLP>

/**
 * One wink-nlp instance per process: a second instance loses custom entities, and loading the model
 * costs ~100 ms. Module scope makes that hold even when several layers are built (tests, workers).
 */
let sharedWink: Wink | undefined
const wink = (): Wink => (sharedWink ??= winkNLP(model))

/**
 * Annotates `text`, which stands at `offset` in the document. wink-nlp gives no character offsets, but
 * each token keeps its preceding white space, so offsets are recovered by walking the text; a token
 * that cannot be found where expected is searched forward, which keeps every offset exact.
 */
export const annotate = (text: string, offset = 0): Annotated => {
  const nlp = wink()
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const tokens: Array<Token> = []
  let cursor = 0
  const values: Array<string> = doc.tokens().out(its.value) as Array<string>
  const pos: Array<string> = doc.tokens().out(its.pos) as Array<string>
  const types: Array<string> = doc.tokens().out(its.type) as Array<string>
  const starts: Array<number> = []
  const ends: Array<number> = []
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor)
    // wink normalised the token (rare): keep it zero-width at the cursor rather than guess
    const at = found < 0 ? cursor : found
    const end = found < 0 ? cursor : found + value.length
    starts.push(at)
    ends.push(end)
    cursor = end
  }
  const entityOf = new Array<string | undefined>(values.length)
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number]
    const type = (entity.out(its.type) as unknown as string) ?? undefined
    for (let i = first; i <= last; i++) entityOf[i] = type
  })
  for (let i = 0; i < values.length; i++) {
    if (types[i] === "tabCRLF") continue
    tokens.push({
      text: values[i]!,
      start: offset + starts[i]!,
      end: offset + ends[i]!,
      pos: pos[i]!,
      type: types[i]!,
      entity: entityOf[i]
    })
  }
  const sentences: Array<{ start: number; end: number }> = []
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number]
    let a = first
    let b = last
    while (a <= b && types[a] === "tabCRLF") a++
    while (b >= a && types[b] === "tabCRLF") b--
    if (a > b) return
    sentences.push({ start: offset + starts[a]!, end: offset + ends[b]! })
  })
  return { tokens, sentences: mendSentences(text, offset, tokens, sentences) }
}

type Span = { readonly start: number; readonly end: number }

/** characters either side of a sentence break that the mending rules read */
const BREAK_CONTEXT = 64

const nonFinal = new Set(NON_FINAL_ABBREVIATIONS)
const beforeNumber = new Set(BEFORE_NUMBER_ABBREVIATIONS)
const mayEnd = new Set(MAY_END_ABBREVIATIONS)
const starters = new Set(SENTENCE_STARTERS)
const speechVerbs = new Set(SENTENCE_OPENING_SPEECH_VERBS)
const nameContinuations = new Set(NAME_CONTINUATIONS)
const speechVerbAlternation = SENTENCE_OPENING_SPEECH_VERBS.join("|")
/** "Trump wrote", "Pence said": a name (up to three words) then a speech verb. */
const nameThenSpeechVerb = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\s+){1,3}(?:${speechVerbAlternation})\\b`, "u")
const dottedAcronym = /^(?:\p{L}\.){2,}$/u
/** the word before a sentence's final period: "Gov." -> "Gov", "e.g." -> "e.g", "Mexico-U." -> "U" */
const wordBeforeFinalPeriod = /((?:\p{L}+\.)*\p{L}+)\.$/u
const initialAfterName = /\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u

/** True when a token ending in a period may close a sentence as well as sit inside one ("U.S.", "Inc."). */
const mayEndSentence = (token: string): boolean =>
  token.endsWith(".") && (dottedAcronym.test(token) || mayEnd.has(token.slice(0, -1)))

/**
 * Mends wink-nlp's sentence faults, with the abbreviation lists of rules/segmentation.ts:
 * - breaks it wrongly adds: inside "Mexico-U.S." (an acronym cut at a period, no space at the break), after "Oct." / "June." / "No."
 *   before a number, after titles ("Gov."), after an initial ("Jim A. Smith"), before a lowercase
 *   continuation ("... Stand on my head!” one migrant said"), between a quoted exclamation and its
 *   speaker ("... stopped!” Trump wrote");
 * - breaks it misses after an abbreviation that can end a sentence ("entering the U.S. Millman said",
 *   "at 3 a.m. The"), when the next word clearly opens one.
 * Spans are document offsets; `text` stands at `offset`.
 */
export const mendSentences = (
  text: string,
  offset: number,
  tokens: ReadonlyArray<Token>,
  sentences: ReadonlyArray<Span>
): ReadonlyArray<Span> => {
  // the rules look at a few words either side of a break; bounded slices keep long paragraphs linear
  const tail = (span: Span): string => text.slice(Math.max(span.start, span.end - BREAK_CONTEXT) - offset, span.end - offset)
  const head = (span: Span): string => text.slice(span.start - offset, Math.min(span.end, span.start + BREAK_CONTEXT) - offset)

  // 1. missed breaks
  const split: Array<Span> = []
  let t = 0
  for (const sentence of sentences) {
    let start = sentence.start
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++
    for (; t < tokens.length && tokens[t]!.end <= sentence.end; t++) {
      const token = tokens[t]!
      const next = tokens[t + 1]
      if (next === undefined || next.end > sentence.end || next.start === token.end) continue
      if (!mayEndSentence(token.text) || !/^\p{Lu}/u.test(next.text)) continue
      const after = tokens[t + 2]
      const opensSentence = starters.has(next.text) ||
        (/^\p{Lu}\p{Ll}/u.test(next.text) && !nameContinuations.has(next.text) && after !== undefined &&
          after.end <= sentence.end && speechVerbs.has(after.text))
      if (!opensSentence) continue
      split.push({ start, end: token.end })
      start = next.start
    }
    split.push({ start, end: sentence.end })
  }

  // 2. wrong breaks
  const mended: Array<Span> = []
  for (const span of split) {
    const previous = mended[mended.length - 1]
    if (previous !== undefined && isFalseBreak(tail(previous), text.slice(previous.end - offset, span.start - offset), head(span))) {
      mended[mended.length - 1] = { start: previous.start, end: span.end }
    } else {
      mended.push(span)
    }
  }
  return mended
}

const isFalseBreak = (before: string, gap: string, after: string): boolean => {
  // "Mexico-U." + "S. border": an acronym cut at one of its periods, with no space at the break
  if (gap === "" && (/(?:^|[^\p{L}])\p{L}\.$/u.test(before) || /^\p{L}\./u.test(after))) return true
  if (/^\p{Ll}/u.test(after)) return true
  if (/[!?]['"”’]$/u.test(before) && nameThenSpeechVerb.test(after)) return true
  const word = wordBeforeFinalPeriod.exec(before)?.[1]
  if (word === undefined) return false
  if (nonFinal.has(word)) return true
  if (beforeNumber.has(word) && /^\d/u.test(after)) return true
  if (word.length === 1 && initialAfterName.test(before) && /^\p{Lu}/u.test(after)) return true
  return false
}

/** The NLP service: stages ask it for tokens and sentences instead of touching wink-nlp themselves. */
export class Nlp extends Context.Service<Nlp, {
  readonly annotate: (text: string, offset?: number) => Annotated
}>()("tally/Nlp") {
  static readonly layer = Layer.effect(
    Nlp,
    Effect.sync(() => {
      wink()
      return Nlp.of({ annotate })
    })
  )
}
