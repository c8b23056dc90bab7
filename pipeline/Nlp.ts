import { Context, Effect, Layer } from "effect"
import model from "wink-eng-lite-web-model"
import winkNLP from "wink-nlp"
import type { Token } from "./model.ts"

/** A stretch of text as wink-nlp read it: tokens with document offsets, and its sentence boundaries. */
export interface Annotated {
  readonly tokens: ReadonlyArray<Token>
  /** [start, end) offsets of each sentence wink found, in document offsets */
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
  doc.entities().each((entity) => {
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
  doc.sentences().each((sentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number]
    let a = first
    let b = last
    while (a <= b && types[a] === "tabCRLF") a++
    while (b >= a && types[b] === "tabCRLF") b--
    if (a > b) return
    sentences.push({ start: offset + starts[a]!, end: offset + ends[b]! })
  })
  return { tokens, sentences }
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
