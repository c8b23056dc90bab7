import { NodeServices } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { parse } from "csv-parse/sync"
import { Effect, Layer } from "effect"
import { randomBytes } from "node:crypto"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { StagesLive } from "../../pipeline/App.ts"
import { Pipeline } from "../../pipeline/Pipeline.ts"

const seeds = join(import.meta.dirname, "../../seeds")
const PipelineTest = Pipeline.layer.pipe(Layer.provide(StagesLive), Layer.provideMerge(NodeServices.layer))

/** The seeds plus a file of random bytes and an empty file, as a user's messy folder would be. */
const messyCorpus = () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-e2e-in-"))
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f))
  // Fixed seed-free bytes would still be random; a NUL byte guarantees the file is not text.
  const junk = randomBytes(512)
  junk[7] = 0
  writeFileSync(join(dir, "zz_random.bin"), junk)
  writeFileSync(join(dir, "empty.txt"), "")
  mkdirSync(join(dir, "nested"))
  writeFileSync(join(dir, "nested", "one.txt"), "Officials said 7,233 people crossed the bridge on Monday.\n")
  // characters outside the Basic Multilingual Plane: offsets are code points, not UTF-16 units
  writeFileSync(join(dir, "emoji.txt"), "\u{1F1FA}\u{1F1F8} Officials said 7,233 people \u{1F600} crossed, and about 10,000 more waited in \u{1D518}ijuana.\n")
  return dir
}

const readCsv = (path: string): Array<Record<string, string>> =>
  parse(readFileSync(path, "utf8"), { columns: true, record_delimiter: "\r\n" })

describe("pipeline end to end on seeds/", () => {
  it.effect("writes every contract file, parseable, with the articles and claims a reader expects", () =>
    Effect.gen(function*() {
      const input = messyCorpus()
      const out = mkdtempSync(join(tmpdir(), "tally-e2e-out-"))
      const summary = yield* (yield* Pipeline).run({ input, out, keepText: true, concurrency: 2 })

      for (
        const f of [
          "claims.csv",
          "claims.json",
          "claims.jsonl",
          "documents.csv",
          "articles.csv",
          "comparisons.csv",
          "comparisons.json",
          "datapackage.json",
          "claim.schema.json"
        ]
      ) assert.isTrue(summary.files.includes(f), `${f} written`)

      // documents.csv: the bad file is an error row, the empty one ok, the others processed.
      const documents = readCsv(join(out, "documents.csv"))
      const byDoc = new Map(documents.map((d) => [d.doc, d]))
      assert.strictEqual(byDoc.get("zz_random.bin")?.status, "error")
      assert.match(byDoc.get("zz_random.bin")?.error ?? "", /binary|UTF-8/)
      assert.strictEqual(byDoc.get("empty.txt")?.status, "ok")
      assert.strictEqual(byDoc.get("empty.txt")?.articles, "0")
      assert.strictEqual(byDoc.get("nested/one.txt")?.status, "ok")
      assert.strictEqual(byDoc.get("emoji.txt")?.chars, String([...readFileSync(join(input, "emoji.txt"), "utf8")].length))
      assert.strictEqual(byDoc.get("004_9c667aca175d9670.txt")?.status, "ok")
      assert.strictEqual(summary.failed, 1)

      // articles.csv lists each article of 004 separately with its title.
      const articles = readCsv(join(out, "articles.csv")).filter((a) => a.doc === "004_9c667aca175d9670.txt")
      const titles = articles.map((a) => a.title)
      assert.isAtLeast(articles.length, 9)
      assert.include(titles, "Migrants raped and trafficked as U.S. and Mexico tighten borders, charity says")
      assert.include(titles, "U.S. military receives request for troops to protect border")
      assert.include(titles, "U.S.-bound Central American migrants on the move in Mexico")
      assert.deepStrictEqual(articles.map((a) => Number(a.article)), articles.map((_, i) => i + 1))

      // claims: plain cases with exact provenance; offsets are code points into the document text.
      const claims = readCsv(join(out, "claims.csv"))
      const text000 = [...readFileSync(join(seeds, "000_8af703ce3f31ec0b.txt"), "utf8")]
      const c7233 = claims.find((c) => c.doc === "000_8af703ce3f31ec0b.txt" && c.mention === "7,233")
      assert.isDefined(c7233)
      assert.strictEqual(c7233!.value, "7233")
      assert.strictEqual(c7233!.qualifier, "exact")
      assert.strictEqual(text000.slice(Number(c7233!.start), Number(c7233!.end)).join(""), "7,233")
      assert.strictEqual(c7233!.sentence, "The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.")
      const c8000 = claims.find((c) => c.mention === "more than 8,000")
      assert.strictEqual(c8000?.qualifier, "more_than")
      assert.strictEqual(c8000?.low, "8000")
      assert.strictEqual(c8000?.high, "")
      const c10000 = claims.find((c) => c.doc === "004_9c667aca175d9670.txt" && c.mention === "about 10,000")
      assert.strictEqual(c10000?.qualifier, "approximate")
      assert.strictEqual(c10000?.value, "10000")

      // Every claim's mention is exactly the text at its offsets, in code points (emoji.txt has astral characters).
      assert.isAtLeast(claims.filter((c) => c.doc === "emoji.txt").length, 2)
      const texts = new Map<string, Array<string>>()
      for (const c of claims) {
        const doc = texts.get(c.doc!) ?? [...readFileSync(join(input, c.doc!), "utf8")]
        texts.set(c.doc!, doc)
        assert.strictEqual(doc.slice(Number(c.start), Number(c.end)).join(""), c.mention, `${c.doc}@${c.start}`)
      }

      // JSON and JSONL hold the same claims as the CSV, with null (never "") for absent values.
      const json = JSON.parse(readFileSync(join(out, "claims.json"), "utf8"))
      const jsonl = readFileSync(join(out, "claims.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
      assert.strictEqual(json.claims.length, claims.length)
      assert.deepStrictEqual(jsonl, json.claims)
      assert.isString(json.schema_version)
      const publisherClaim = json.claims.find((c: { source: { type: string } }) => c.source.type === "publisher")
      assert.strictEqual(publisherClaim.source.name, null)

      // The data package describes each CSV with the columns it really has.
      const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"))
      const claimsResource = pkg.resources.find((r: { name: string }) => r.name === "claims")
      const header = readFileSync(join(out, "claims.csv"), "utf8").split("\r\n")[0]!.split(",")
      assert.deepStrictEqual(claimsResource.schema.fields.map((f: { name: string }) => f.name), header)

      // --keep-text writes the text offsets refer to.
      assert.strictEqual(
        readFileSync(join(out, "text", "000_8af703ce3f31ec0b.txt.txt"), "utf8"),
        readFileSync(join(seeds, "000_8af703ce3f31ec0b.txt"), "utf8")
      )
      // ... and the sentences with their block kinds, so the segmentation can be checked too.
      const sentences = readFileSync(join(out, "sentences.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
      const caption = sentences.find((s: { doc: string; kind: string }) => s.doc === "000_8af703ce3f31ec0b.txt" && s.kind === "caption")
      assert.match(caption.text, /^Central American migrants, who are part of a caravan/)
      assert.strictEqual(text000.slice(caption.start, caption.end).join(""), caption.text)
      assert.isTrue(sentences.some((s: { kind: string; text: string }) => s.kind === "chrome" && s.text === "What's Your Reaction?"))
    }).pipe(Effect.provide(PipelineTest)))

  it.effect("gives byte-identical output when run twice on the same input", () =>
    Effect.gen(function*() {
      const pipeline = yield* Pipeline
      const a = mkdtempSync(join(tmpdir(), "tally-det-a-"))
      const b = mkdtempSync(join(tmpdir(), "tally-det-b-"))
      yield* pipeline.run({ input: seeds, out: a, keepText: false, concurrency: 1 })
      yield* pipeline.run({ input: seeds, out: b, keepText: false, concurrency: 2 })
      for (const f of readdirSync(a)) {
        assert.isTrue(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), `${f} identical`)
      }
    }).pipe(Effect.provide(PipelineTest)))
})
