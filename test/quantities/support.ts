/** Helpers of the quantity tests: any text as one annotated sentence, and compact views of the claims. */
import { assert } from "@effect/vitest"
import type { Sentence } from "../../pipeline/model.ts"
import { annotate } from "../../pipeline/Nlp.ts"
import { extractFromSentence, type FoundQuantity, readFigures } from "../../pipeline/quantities/extract.ts"

/** The text as one sentence (offset 0), with tokens from the project's one wink-nlp instance. */
export const sentenceOf = (text: string, kind: Sentence["kind"] = "body"): Sentence => ({
  index: 0,
  block: 0,
  kind,
  start: 0,
  end: text.length,
  text,
  tokens: annotate(text).tokens
})

export const claimsIn = (text: string): ReadonlyArray<FoundQuantity> => extractFromSentence(text, sentenceOf(text))

/** mention, value, low, high, qualifier, unit */
export type Row = readonly [string, number | null, number | null, number | null, string, string | null]

export const rowOf = (c: FoundQuantity): Row => [c.text, c.quantity.value, c.quantity.low, c.quantity.high, c.quantity.qualifier, c.quantity.unit]

/** Rounds long fractions so that expectations can be written as `66.6666666667`. */
const rounded = (r: Row): Row => r.map((x) => (typeof x === "number" ? Number(x.toPrecision(10)) : x)) as unknown as Row

/** The sentence gives exactly these claims, in order. */
export const expectClaims = (text: string, rows: ReadonlyArray<Row>): void => {
  assert.deepStrictEqual(claimsIn(text).map(rowOf).map(rounded), rows.map(rounded), text)
}

/** The claim of the sentence whose mention is exactly `mention`. */
export const claimAt = (text: string, mention: string): FoundQuantity => {
  const found = claimsIn(text).find((c) => c.text === mention)
  assert.isDefined(found, `no claim "${mention}" in: ${text} (got ${claimsIn(text).map((c) => c.text).join(", ")})`)
  return found!
}

/** Mentions and the reason each figure read in the sentence is no claim. */
export const rejected = (text: string): ReadonlyArray<readonly [string, string]> =>
  readFigures(text, sentenceOf(text)).flatMap((f) => (f.notClaim ? [[f.text, f.notClaim] as const] : []))
