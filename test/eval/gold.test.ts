/**
 * The project's annotations are data that a test can check: every gold line decodes, points at the exact
 * text it names (code-point offsets, `text[start:end] == mention`), sits inside its scope, and follows the
 * contract's qualifier table. A wrong offset here would silently turn a hit into a miss in `npm run eval`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Result } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { type GoldClaim, parseGold, parseNonClaims, parseScope } from "../../pipeline/eval/data.ts"
import { inScope } from "../../pipeline/eval/scorer.ts"
import { parseJsonLines } from "../../pipeline/formats/records.ts"

const root = join(import.meta.dirname, "../..")
const read = (path: string) => readFileSync(join(root, path), "utf8")
const ok = <A>(r: Result.Result<A, { message: string }>): A => {
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return r.success
}

/** Code-point slice, as the contract counts offsets. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("")

/** The contract's qualifier table: which of value/low/high each qualifier fills. */
const boundsFollowQualifier = (g: GoldClaim): boolean => {
  const { value: v, low: l, high: h } = g
  switch (g.qualifier) {
    case "exact":
      return v !== null && l === v && h === v
    case "approximate":
      return v !== null && l === null && h === null
    case "more_than":
    case "at_least":
      return v !== null && l === v && h === null
    case "less_than":
    case "at_most":
    case "almost":
      return v !== null && l === null && h === v
    case "range":
      return v === null && l !== null && h !== null && l < h
    case "vague":
      return v === null && h === null
  }
}

const lengthUnits: ReadonlySet<string> = new Set(["mi", "km", "ft", "m", "in", "cm", "mm"])

const checkClaims = (gold: ReadonlyArray<GoldClaim>, textOf: (doc: string) => string) => {
  for (const g of gold) {
    const where = `${g.doc} ${g.start}-${g.end} "${g.mention}"`
    assert.strictEqual(slice(textOf(g.doc), g.start, g.end), g.mention, where)
    assert.isTrue(boundsFollowQualifier(g), `${where}: value/low/high do not follow qualifier ${g.qualifier}`)
    if (g.unit === "percent") assert.strictEqual(g.category, "percentage", where)
    // every length (also per unit of time) is a distance, whatever is measured
    if (lengthUnits.has((g.unit ?? "").split(" per ")[0]!)) assert.strictEqual(g.category, "distance", where)
    if (g.source_type === "publisher") assert.isNull(g.source, `${where}: the outlet's own figure has no source`)
    if (g.published === null) assert.strictEqual(g.published_basis, "none", where)
  }
}

describe("test/gold: the project's annotation of the seeds", () => {
  const seed = (doc: string) => read(join("seeds", doc))
  const gold = ok(parseGold("dev.jsonl", read("test/gold/dev.jsonl")))
  const nonClaims = ok(parseNonClaims("dev-nonclaims.jsonl", read("test/gold/dev-nonclaims.jsonl")))
  const scope = ok(parseScope("dev-scope.jsonl", read("test/gold/dev-scope.jsonl")))

  it("starts from the shared dev annotation and extends it to seeds 003 and 004", () => {
    const docs = new Set(gold.map((g) => g.doc))
    assert.deepStrictEqual([...docs].sort(), [
      "000_8af703ce3f31ec0b.txt",
      "001_af23199f87a247d1.txt",
      "002_2ec3e803b5d2f7b8.txt",
      "003_8c3fdc2996188961.txt",
      "004_9c667aca175d9670.txt"
    ])
    assert.isAtLeast(gold.length, 30)
  })

  it("points every claim and non-claim at its exact text", () => {
    checkClaims(gold, seed)
    for (const n of nonClaims) assert.strictEqual(slice(seed(n.doc), n.start, n.end), n.text, `${n.doc} ${n.start}`)
  })

  it("keeps every claim and non-claim inside the annotated scope", () => {
    const keep = inScope(scope)
    for (const g of gold) assert.isTrue(keep(g), `${g.doc} ${g.start} outside the scope`)
    for (const n of nonClaims) assert.isTrue(keep(n), `${n.doc} ${n.start} outside the scope`)
  })

  it("never marks the same span as both a claim and a non-claim", () => {
    for (const n of nonClaims) {
      const clash = gold.find((g) => g.doc === n.doc && g.start < n.end && n.start < g.end)
      assert.isUndefined(clash, `${n.doc} "${n.text}" overlaps gold "${clash?.mention}"`)
    }
  })
})

describe("test/gold/heldout: articles 6-10 of seed 004, annotated blind", () => {
  const seed = (doc: string) => read(join("seeds", doc))
  const gold = ok(parseGold("heldout.jsonl", read("test/gold/heldout.jsonl")))
  const nonClaims = ok(parseNonClaims("heldout-nonclaims.jsonl", read("test/gold/heldout-nonclaims.jsonl")))
  const keep = inScope(ok(parseScope("heldout-scope.jsonl", read("test/gold/heldout-scope.jsonl"))))
  const dev = ok(parseGold("dev.jsonl", read("test/gold/dev.jsonl")))

  it("points every claim and non-claim at its exact text, inside its scope", () => {
    checkClaims(gold, seed)
    for (const n of nonClaims) {
      assert.strictEqual(slice(seed(n.doc), n.start, n.end), n.text, `${n.doc} ${n.start}`)
      assert.isTrue(keep(n), `${n.doc} ${n.start} outside the scope`)
    }
    for (const g of gold) assert.isTrue(keep(g), `${g.doc} ${g.start} outside the scope`)
  })

  it("does not overlap the development annotation, so it stays a held-out measure", () => {
    for (const d of dev) assert.isFalse(keep(d), `${d.doc} ${d.start} "${d.mention}" is in both`)
  })
})

describe("test/fixtures/corpus: the one-sentence corpus and its gold", () => {
  const dir = "test/fixtures/corpus"
  const records = parseJsonLines("sentences.jsonl", read(join(dir, "sentences.jsonl")))
  const texts = new Map(records.flatMap((r) => (r._tag === "Record" ? [[r.doc, r.text] as const] : [])))
  const gold = ok(parseGold("sentences.gold.jsonl", read(join(dir, "sentences.gold.jsonl"))))
  const nonClaims = ok(parseNonClaims("sentences.nonclaims.jsonl", read(join(dir, "sentences.nonclaims.jsonl"))))
  const textOf = (doc: string) => {
    const text = texts.get(doc)
    if (text === undefined) throw new Error(`gold names ${doc}, which sentences.jsonl does not hold`)
    return text
  }

  it("holds a few hundred valid one-sentence documents", () => {
    assert.deepStrictEqual(records.filter((r) => r._tag === "Invalid"), [])
    assert.isAtLeast(records.length, 200)
    // some without any claim, so false positives have somewhere to show
    const withClaims = new Set(gold.map((g) => g.doc))
    assert.isAtLeast(records.length - withClaims.size, 30)
  })

  it("points every claim and non-claim at its exact text", () => {
    checkClaims(gold, textOf)
    for (const n of nonClaims) assert.strictEqual(slice(textOf(n.doc), n.start, n.end), n.text, n.doc)
  })

  it("dates claims by the record's metadata, never by guesswork", () => {
    for (const g of gold) {
      const record = records.find((r) => r._tag === "Record" && r.doc === g.doc)
      const published = record?._tag === "Record" ? record.metadata.published ?? null : null
      assert.strictEqual(g.published, published, g.doc)
      assert.strictEqual(g.published_basis, published === null ? "none" : "metadata", g.doc)
    }
  })
})
