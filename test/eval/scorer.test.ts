import { assert, describe, it } from "@effect/vitest"
import { Result } from "effect"
import { type GoldClaim, type NonClaimSpan, parseGold, parsePredicted, type PredictedClaim } from "../../pipeline/eval/data.ts"
import { foldName, matchClaims, sameNumber, sameSource, score } from "../../pipeline/eval/scorer.ts"

/*
 * A tiny gold file on two real passages (seed 000 and seed 004), and a hand-made prediction whose scores
 * are worked out by hand below. Offsets are those of the seeds.
 */
const doc0 = "000_8af703ce3f31ec0b.txt"
const doc4 = "004_9c667aca175d9670.txt"

const goldLines = [
  // "more than 7,000 migrant caravan people ..., a UN spokesman said on Monday."
  { doc: doc0, article: 1, mention: "more than 7,000", start: 395, end: 410, value: 7000, low: 7000, high: null, qualifier: "more_than", unit: null, counted: "migrant caravan people", category: "crowd_size", source: "Farhan Haq", source_org: "United Nations", source_type: "person", attribution: "said", published: "2018-10-22", published_basis: "dateline", event_date: "2018-10-22", in_caption: false, key: true },
  // "The spokesman noted that 7,233 people are marching ..."
  { doc: doc0, article: 1, mention: "7,233", start: 1227, end: 1232, value: 7233, low: 7233, high: 7233, qualifier: "exact", unit: null, counted: "people", category: "crowd_size", source: "Farhan Haq", source_org: "United Nations", source_type: "person", attribution: "noted", published: "2018-10-22", published_basis: "dateline", event_date: "2018-10-22", in_caption: false, key: true },
  // "this trek of thousands of men, women and children"
  { doc: doc0, article: 1, mention: "thousands", start: 2088, end: 2097, value: null, low: 2000, high: null, qualifier: "vague", unit: null, counted: "men, women and children", category: "crowd_size", source: null, source_org: null, source_type: "publisher", attribution: null, published: "2018-10-22", published_basis: "dateline", event_date: null, in_caption: false, key: false },
  // "$4.5 billion" in seed 004, article 2
  { doc: doc4, article: 2, mention: "$4.5 billion", start: 3223, end: 3235, value: 4500000000, low: 4500000000, high: 4500000000, qualifier: "exact", unit: "USD", counted: "aid", category: "money", source: null, source_org: null, source_type: "publisher", attribution: null, published: null, published_basis: "none", event_date: null, in_caption: false, key: true }
].map((g) => JSON.stringify(g)).join("\n")

const predicted = (p: Partial<PredictedClaim> & Pick<PredictedClaim, "doc" | "start" | "end" | "mention">): PredictedClaim => ({
  id: `${p.doc}:${p.start}`,
  article: 1,
  value: null,
  low: null,
  high: null,
  qualifier: "exact",
  unit: null,
  category: "other",
  source: null,
  source_type: "publisher",
  published: null,
  event_date: null,
  ...p
})

const goldOf = (text: string): ReadonlyArray<GoldClaim> => {
  const parsed = parseGold("tiny.gold.jsonl", text)
  if (Result.isFailure(parsed)) throw new Error(parsed.failure.message)
  return parsed.success
}

describe("scorer on a tiny gold file", () => {
  const gold = goldOf(goldLines)
  const prediction: ReadonlyArray<PredictedClaim> = [
    // matches gold 1 exactly, every field right
    predicted({ doc: doc0, start: 395, end: 410, mention: "more than 7,000", value: 7000, low: 7000, qualifier: "more_than", category: "crowd_size", source: "Haq", source_type: "person", published: "2018-10-22", event_date: "2018-10-22" }),
    // overlaps gold 2 but reads it as approximate: a detection, not a strict match; wrong source and dates
    predicted({ doc: doc0, start: 1227, end: 1232, mention: "7,233", value: 7233, qualifier: "approximate", category: "crowd_size", source: "the spokesman", source_type: "person" }),
    // "Oct. 22" in the dateline: no gold claim there, and a listed non-claim span
    predicted({ doc: doc0, start: 239, end: 246, mention: "Oct. 22", value: 22, low: 22, high: 22 }),
    // "4.5" inside "$4.5 billion": overlaps gold 4, wrong value and unit
    predicted({ doc: doc4, start: 3224, end: 3227, mention: "4.5", value: 4.5, low: 4.5, high: 4.5, category: "other" })
  ]
  const nonClaims: ReadonlyArray<NonClaimSpan> = [{ doc: doc0, text: "Oct. 22", start: 239, end: 246, why: "date (dateline)" }]
  const report = score({ gold, predicted: prediction, nonClaims })

  it("counts detection: 3 of 4 extracted overlap a gold claim, 3 of 4 gold claims are found", () => {
    assert.strictEqual(report.overall.matched, 3)
    assert.deepStrictEqual(report.overall.detection.precision, { correct: 3, total: 4, value: 3 / 4 })
    assert.deepStrictEqual(report.overall.detection.recall, { correct: 3, total: 4, value: 3 / 4 })
  })

  it("counts strict matches: only the first claim agrees on value, low, high, qualifier and unit", () => {
    assert.strictEqual(report.overall.strict.precision.value, 1 / 4)
    assert.strictEqual(report.overall.strict.recall.value, 1 / 4)
    // F1 of P = R = 1/4 is 1/4
    assert.closeTo(report.overall.strict.f1!, 0.25, 1e-12)
    // key gold claims: 7,000 (strict), 7,233 (not strict), $4.5 billion (not strict) -> 1/3
    assert.deepStrictEqual(report.overall.keyStrictRecall, { correct: 1, total: 3, value: 1 / 3 })
  })

  it("scores attributes on matched claims only", () => {
    const a = report.overall.attributes
    // categories: crowd_size ok, crowd_size ok, other vs money wrong -> 2/3
    assert.deepStrictEqual(a.category, { correct: 2, total: 3, value: 2 / 3 })
    // sources: "Haq" has the gold's last name; "the spokesman" does not; both null on $4.5 billion -> 2/3
    assert.deepStrictEqual(a.source, { correct: 2, total: 3, value: 2 / 3 })
    assert.deepStrictEqual(a.source_type, { correct: 3, total: 3, value: 1 })
    // published: right, missing (gold 2018-10-22), both null -> 2/3; event date the same
    assert.deepStrictEqual(a.published, { correct: 2, total: 3, value: 2 / 3 })
    assert.deepStrictEqual(a.event_date, { correct: 2, total: 3, value: 2 / 3 })
  })

  it("lists misses, wrong quantities, spurious claims and non-claim hits", () => {
    assert.deepStrictEqual(report.misses.map((g) => g.mention), ["thousands"])
    const wrong = report.matches.filter((m) => m.wrongQuantity.length > 0)
    assert.deepStrictEqual(wrong.map((m) => [m.gold.mention, m.wrongQuantity]), [
      ["7,233", ["low", "high", "qualifier"]],
      ["$4.5 billion", ["value", "low", "high", "unit"]]
    ])
    assert.deepStrictEqual(report.spurious.map((p) => p.mention), ["Oct. 22"])
    assert.strictEqual(report.overall.nonClaimFalsePositives, 1)
    assert.strictEqual(report.nonClaimHits[0]!.span.why, "date (dateline)")
  })

  it("scores each document on its own", () => {
    const byDoc = Object.fromEntries(report.documents.map((d) => [d.doc, d.scores]))
    // seed 000: 3 gold, 3 extracted, 2 matched, 1 strict
    assert.strictEqual(byDoc[doc0]!.detection.precision.value, 2 / 3)
    assert.strictEqual(byDoc[doc0]!.detection.recall.value, 2 / 3)
    assert.strictEqual(byDoc[doc0]!.strict.recall.value, 1 / 3)
    // seed 004: 1 gold, 1 extracted, matched but wrong
    assert.strictEqual(byDoc[doc4]!.detection.recall.value, 1)
    assert.strictEqual(byDoc[doc4]!.strict.precision.value, 0)
    assert.strictEqual(byDoc[doc4]!.strict.f1, 0)
  })

  it("leaves out claims outside the scope and says how many", () => {
    const scoped = score({ gold, predicted: prediction, nonClaims, scope: [{ doc: doc0, start: 300 }, { doc: doc4 }] })
    assert.strictEqual(scoped.outOfScope, 1) // the dateline's "Oct. 22" at 239
    assert.strictEqual(scoped.overall.predicted, 3)
    assert.strictEqual(scoped.overall.detection.precision.value, 1)
    assert.strictEqual(scoped.overall.nonClaimFalsePositives, 0)
  })

  it("gives no ratio, not zero, when nothing was extracted", () => {
    const empty = score({ gold, predicted: [] })
    assert.strictEqual(empty.overall.detection.precision.value, null)
    assert.strictEqual(empty.overall.detection.recall.value, 0)
    assert.strictEqual(empty.overall.strict.f1, null)
    assert.strictEqual(empty.misses.length, 4)
  })
})

describe("matching", () => {
  const gold = goldOf(goldLines).filter((g) => g.doc === doc0)

  it("takes the largest overlap first and uses each claim once", () => {
    // "than 7,0" overlaps "more than 7,000" by 8; "7,000 migrant" by 5: the larger overlap wins the gold
    // claim, and the other, left alone, is spurious rather than matched twice.
    const a = predicted({ doc: doc0, start: 400, end: 408, mention: "than 7,0" })
    const b = predicted({ doc: doc0, start: 405, end: 418, mention: "7,000 migrant" })
    const pairs = matchClaims(gold, [b, a])
    assert.deepStrictEqual(pairs, [{ gold: 0, predicted: 1, overlap: 8 }])
  })

  it("lets a later gold claim take the prediction the first one did not need", () => {
    // one prediction spanning two gold claims goes to the one it overlaps most
    const twoGold: ReadonlyArray<GoldClaim> = [
      { ...gold[0]!, start: 10, end: 20 },
      { ...gold[0]!, start: 22, end: 40 }
    ]
    const wide = predicted({ doc: doc0, start: 15, end: 30, mention: "x" }) // overlaps 5 and 8
    const narrow = predicted({ doc: doc0, start: 12, end: 18, mention: "y" }) // overlaps 6 and 0
    const pairs = matchClaims(twoGold, [wide, narrow])
    assert.deepStrictEqual(pairs, [
      { gold: 0, predicted: 1, overlap: 6 },
      { gold: 1, predicted: 0, overlap: 8 }
    ])
  })

  it("never matches across documents, even at the same offsets", () => {
    const elsewhere = predicted({ doc: doc4, start: 395, end: 410, mention: "more than 7,000" })
    assert.deepStrictEqual(matchClaims(gold, [elsewhere]), [])
  })
})

describe("equality rules", () => {
  it("folds case and punctuation in source names", () => {
    assert.strictEqual(foldName("Mexico’s Interior Ministry."), "mexico s interior ministry")
    assert.isTrue(sameSource("Pueblo Sin Fronteras", "pueblo sin fronteras"))
    assert.isTrue(sameSource("U.N. spokesman", "U N Spokesman"))
  })

  it("accepts the gold's last name inside the extracted name, as a whole word", () => {
    assert.isTrue(sameSource("Farhan Haq", "Haq"))
    assert.isTrue(sameSource("Alex Mensing", "Mensing, of Pueblo Sin Fronteras"))
    assert.isFalse(sameSource("Farhan Haq", "Haqqani"))
    assert.isFalse(sameSource("Farhan Haq", "Antonio Guterres"))
  })

  it("treats an absent source on one side only as a disagreement", () => {
    assert.isTrue(sameSource(null, null))
    assert.isTrue(sameSource(null, ""))
    assert.isFalse(sameSource("UNICEF", null))
    assert.isFalse(sameSource(null, "UNICEF"))
  })

  it("compares numbers as numbers", () => {
    assert.isTrue(sameNumber(4.5 * 1e9, 4500000000))
    assert.isTrue(sameNumber(200 / 3, 66.66666666666667))
    assert.isFalse(sameNumber(7233, 7232))
    assert.isTrue(sameNumber(null, null))
    assert.isFalse(sameNumber(0, null))
  })
})

describe("claims.jsonl as the pipeline writes it", () => {
  it("flattens the nested claim to the gold's field names", () => {
    const line = JSON.stringify({
      id: "0123456789abcdef",
      doc: doc4,
      article: { index: 9, title: "U.S.-bound Central American migrants on the move in Mexico", publisher: "Reuters", published: "2018-10-24", published_basis: "caption" },
      span: { start: 30000, end: 30012, text: "about 10,000", sentence: "Alex Mensing ... about 10,000 people." },
      quantity: { value: 10000, low: null, high: null, qualifier: "approximate", unit: null },
      counted: "people",
      category: "crowd_size",
      source: { name: "Alex Mensing", org: "Pueblo Sin Fronteras", type: "person", cue: "said" },
      event_date: "2018-10-24",
      comparison_id: null,
      confidence: 0.9
    })
    const parsed = parsePredicted("claims.jsonl", `${line}\n\n`)
    assert.isTrue(Result.isSuccess(parsed))
    const [claim] = Result.getOrThrow(parsed)
    assert.deepStrictEqual(
      [claim!.article, claim!.mention, claim!.start, claim!.value, claim!.qualifier, claim!.source, claim!.source_type, claim!.published],
      [9, "about 10,000", 30000, 10000, "approximate", "Alex Mensing", "person", "2018-10-24"]
    )
  })

  it("names the line of a claim it cannot read", () => {
    const parsed = parsePredicted("claims.jsonl", `{"id": "x"}\n`)
    assert.isTrue(Result.isFailure(parsed))
    if (Result.isFailure(parsed)) assert.strictEqual(parsed.failure.line, 1)
    const notJson = parseGold("gold.jsonl", `\n{"doc": `)
    assert.isTrue(Result.isFailure(notJson) && notJson.failure.line === 2)
  })
})
