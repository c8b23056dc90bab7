/**
 * The project's hand annotation (test/gold/dev.jsonl): every annotated claim gets the annotated source,
 * source type, attributing words, published date and basis, and event date from the Attributor and
 * Dater services. The figures are placed where the annotation puts them, so this does not depend on
 * the QuantityExtractor.
 */
import { assert, describe, it, layer } from "@effect/vitest"
import { Effect, Layer, Result } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Attributor } from "../../pipeline/Attributor.ts"
import { Dater } from "../../pipeline/Dater.ts"
import { type GoldClaim, parseGold } from "../../pipeline/eval/data.ts"
import { foldName, sameSource } from "../../pipeline/eval/scorer.ts"
import { mentionAtOffset, seed } from "./support.ts"
import { utf16Offset } from "../../pipeline/text/offsets.ts"

const goldPath = fileURLToPath(new URL("../gold/dev.jsonl", import.meta.url))
const gold: ReadonlyArray<GoldClaim> = (() => {
  const parsed = parseGold(goldPath, readFileSync(goldPath, "utf8"))
  if (Result.isFailure(parsed)) throw new Error(parsed.failure.message)
  return parsed.success
})()

/** Code-point offsets (the annotation's) to string indices (the pipeline's). */

const docs = [...new Set(gold.map((g) => g.doc))]

layer(Layer.mergeAll(Attributor.layer, Dater.layer))("dev annotation: attribution and dates", (it) => {
  for (const name of docs) {
    it.effect(`${name}: source, type, cue, published and event date of every annotated claim`, () =>
      Effect.gen(function*() {
        const doc = seed(name)
        const claims = gold.filter((g) => g.doc === name)
        const mentions = claims.map((g) =>
          mentionAtOffset(doc, utf16Offset(doc.source.text, g.start), utf16Offset(doc.source.text, g.end), { unit: g.unit, category: g.category })
        )
        const attributed = yield* (yield* Attributor).attribute(doc, mentions)
        const attributions = attributed.mentions.map((m) => m.attribution)
        const dated = yield* (yield* Dater).date(doc, mentions, attributed)
        claims.forEach((g, i) => {
          const a = attributions[i]!
          const where = `${g.mention} at ${g.start}`
          assert.isTrue(sameSource(g.source, a.name), `${where}: source ${a.name} != ${g.source}`)
          assert.strictEqual(a.type, g.source_type, `${where}: source type`)
          assert.strictEqual(a.cue, g.attribution, `${where}: attribution`)
          if (g.source_org !== null && g.source_type !== "cited_media") {
            assert.strictEqual(foldName(a.org ?? ""), foldName(g.source_org), `${where}: source org`)
          }
          const article = dated.articles[g.article - 1]!
          assert.strictEqual(article.published, g.published, `${where}: published`)
          assert.strictEqual(article.basis, g.published_basis, `${where}: published basis`)
          assert.strictEqual(dated.eventDates[i], g.event_date, `${where}: event date`)
        })
      }))
  }
})

describe("dev annotation", () => {
  it("covers the attribution cases this file is meant to check", () => {
    assert.isAtLeast(gold.length, 30)
    assert.isTrue(gold.some((g) => g.source_type === "person") && gold.some((g) => g.source_type === "organization"))
    assert.isTrue(gold.some((g) => g.event_date !== null) && gold.some((g) => g.published_basis === "caption"))
  })
})
