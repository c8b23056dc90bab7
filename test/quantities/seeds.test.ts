/**
 * The extraction stage on the five seeds, segmented by the real Segmenter: every claim of the project's
 * annotation (test/gold/dev.jsonl) with its exact quantity and category, and no date, year, age, time or
 * duration among the claims of any seed.
 */
import { assert, describe, layer } from "@effect/vitest"
import { Effect, Layer, Result } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseGold, parseNonClaims } from "../../pipeline/eval/data.ts"
import { utf16Offset } from "../../pipeline/text/offsets.ts"
import type { QuantityMention } from "../../pipeline/model.ts"
import { QuantityExtractor } from "../../pipeline/quantities/QuantityExtractor.ts"
import { Segmenter } from "../../pipeline/Segmenter.ts"
import { seed, SEEDS, SegmenterLive } from "../segmenter/support.ts"

const Live = Layer.mergeAll(SegmenterLive, QuantityExtractor.layer)

const claimsOf = Effect.fnUntraced(function*(name: (typeof SEEDS)[number]) {
  const segmented = yield* (yield* Segmenter).segment(seed(name))
  const mentions = yield* (yield* QuantityExtractor).extract(segmented)
  return { text: segmented.source.text, mentions }
})

/** The project's annotation, read by the eval module's own decoder. */
const annotation = <A>(parse: (name: string, text: string) => Result.Result<ReadonlyArray<A>, { message: string }>, file: string) => {
  const parsed = parse(file, readFileSync(fileURLToPath(new URL(`../gold/${file}`, import.meta.url)), "utf8"))
  if (Result.isFailure(parsed)) throw new Error(parsed.failure.message)
  return parsed.success
}

const gold = annotation(parseGold, "dev.jsonl")
const nonClaims = annotation(parseNonClaims, "dev-nonclaims.jsonl")

/**
 * Shapes of dates, years, times, ages and durations, written independently of the grammar's rules: a
 * mention that looks like one of them is a leak.
 */
const LEAKS: ReadonlyArray<readonly [string, RegExp]> = [
  ["date", /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d/],
  ["year", /^(?:in |since )?(?:1[6-9]|20)\d\d$/],
  ["decade", /\d0s$/],
  ["time", /\d:\d\d|\b\d+\s*(?:a\.?m\.?|p\.?m\.?)(?:\W|$)/i],
  ["age", /year-old|years old|^aged?\b/i],
  ["duration", /\b(?:second|minute|hour|day|week|month|year|decade|century)s?$/i]
]

layer(Live)("QuantityExtractor on the seeds", (it) => {
  describe("the project's annotation", () => {
    it.effect("every annotated claim is found with its quantity and category", () =>
      Effect.gen(function*() {
        for (const name of SEEDS) {
          const { text, mentions } = yield* claimsOf(name)
          for (const g of gold.filter((g) => g.doc === name)) {
            const start = utf16Offset(text, g.start)
            const found = mentions.find((m) => m.start === start && m.end === utf16Offset(text, g.end))
            assert.isDefined(found, `${name}: "${g.mention}" at ${g.start} not extracted`)
            const q = found!.quantity
            assert.deepStrictEqual(
              [found!.text, q.value, q.low, q.high, q.qualifier, q.unit, found!.category],
              [g.mention, g.value, g.low, g.high, g.qualifier, g.unit, g.category],
              `${name}: "${g.mention}"`
            )
          }
        }
      }))

    it.effect("no claim overlaps an annotated non-claim span", () =>
      Effect.gen(function*() {
        for (const name of SEEDS) {
          const { text, mentions } = yield* claimsOf(name)
          for (const n of nonClaims.filter((n) => n.doc === name)) {
            const start = utf16Offset(text, n.start)
            const end = utf16Offset(text, n.end)
            assert.strictEqual(text.slice(start, end), n.text)
            const overlapping = mentions.filter((m: QuantityMention) => m.start < end && m.end > start).map((m) => m.text)
            assert.deepStrictEqual(overlapping, [], `${name}: "${n.text}" (${n.why})`)
          }
        }
      }))
  })

  describe("all five seeds", () => {
    it.effect("no date, year, age, time or duration comes out as a claim", () =>
      Effect.gen(function*() {
        for (const name of SEEDS) {
          const { mentions } = yield* claimsOf(name)
          assert.isAbove(mentions.length, 0, name)
          for (const m of mentions) {
            for (const [kind, shape] of LEAKS) assert.notMatch(m.text, shape, `${name}: "${m.text}" looks like a ${kind}`)
          }
        }
      }))

    it.effect("mentions are exact slices of the document, inside their sentence, with a contract-valid quantity", () =>
      Effect.gen(function*() {
        for (const name of SEEDS) {
          const segmented = yield* (yield* Segmenter).segment(seed(name))
          const mentions = yield* (yield* QuantityExtractor).extract(segmented)
          for (const m of mentions) {
            assert.strictEqual(m.text, segmented.source.text.slice(m.start, m.end))
            const sentence = segmented.articles[m.article - 1]!.sentences[m.sentence]!
            assert.isTrue(m.start >= sentence.start && m.end <= sentence.end, `${m.text} outside its sentence`)
            const q = m.quantity
            if (q.qualifier === "range") assert.isTrue(q.value === null && q.low !== null && q.high !== null && q.low < q.high, m.text)
            else if (q.qualifier === "vague") assert.isTrue(q.value === null && q.high === null, m.text)
            else assert.isNotNull(q.value, m.text)
            assert.isTrue(m.confidence > 0 && m.confidence <= 1, m.text)
          }
        }
      }))
  })
})
