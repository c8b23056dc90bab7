import { NodeServices } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { parse } from "csv-parse/sync"
import { Effect, Layer } from "effect"
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Claim, claimTable } from "../../schemas/Claim.ts"
import { plainNumber, renderCsv, tableSchema, Writer } from "../../pipeline/Writer.ts"

/** A claim as the pipeline gives it for a real sentence of seed 004 (quotes, commas and a dash in it). */
const mensing: Claim = {
  id: "0123456789abcdef",
  doc: "004_9c667aca175d9670.txt",
  article: {
    index: 9,
    title: "U.S.-bound Central American migrants on the move in Mexico",
    publisher: "Reuters",
    published: "2018-10-24",
    published_basis: "caption"
  },
  span: {
    start: 30000,
    end: 30012,
    text: "about 10,000",
    sentence:
      "Alex Mensing of Pueblo Sin Fronteras, a group that organized a previous migrant caravan that angered Trump in April, said on Wednesday the current caravan is comprised of about 10,000 people."
  },
  quantity: { value: 10000, low: null, high: null, qualifier: "approximate", unit: null },
  counted: "people",
  category: "crowd_size",
  source: { name: "Alex Mensing", org: "Pueblo Sin Fronteras", type: "person", cue: "said" },
  event_date: "2018-10-24",
  comparison_id: null,
  confidence: 0.9
}

const billion: Claim = {
  ...mensing,
  id: "fedcba9876543210",
  span: {
    start: 100,
    end: 113,
    text: "$4.5 billion",
    sentence: "“You should anticipate that happening today,” he said of the $4.5 billion bill."
  },
  quantity: { value: 4_500_000_000, low: 4_500_000_000, high: 4_500_000_000, qualifier: "exact", unit: "USD" },
  counted: null,
  category: "money"
}

describe("Writer", () => {
  it("renders numbers plainly: no separators, no exponent", () => {
    assert.strictEqual(plainNumber(4_500_000_000), "4500000000")
    assert.strictEqual(plainNumber(0.25), "0.25")
    assert.strictEqual(plainNumber(1e21), "1000000000000000000000")
    assert.strictEqual(plainNumber(1e-7), "0.0000001")
  })

  it("writes RFC 4180 CSV that parses back to the same cells, empty cells for null", () => {
    const csv = renderCsv(claimTable, [mensing, billion])
    assert.isTrue(csv.endsWith("\r\n"))
    const rows = parse(csv, { columns: true, record_delimiter: "\r\n" }) as Array<Record<string, string>>
    assert.strictEqual(rows.length, 2)
    assert.strictEqual(rows[0]!.sentence, mensing.span.sentence)
    assert.strictEqual(rows[0]!.low, "")
    assert.strictEqual(rows[0]!.value, "10000")
    assert.strictEqual(rows[1]!.value, "4500000000")
    assert.strictEqual(rows[1]!.unit, "USD")
    assert.strictEqual(rows[1]!.sentence, billion.span.sentence)
    assert.deepStrictEqual(Object.keys(rows[0]!), claimTable.fields.map((f) => f.name))
  })

  it("documents every CSV column in the Table Schema, enums included", () => {
    const schema = tableSchema(claimTable)
    const qualifier = schema.fields.find((f) => f.name === "qualifier")
    assert.deepInclude(qualifier?.constraints?.enum ?? [], "approximate")
    assert.strictEqual(schema.fields.length, claimTable.fields.length)
  })

  it.effect("refuses a record that does not fit its schema and leaves no file behind", () =>
    Effect.gen(function*() {
      const out = mkdtempSync(join(tmpdir(), "tally-writer-"))
      const broken = { ...mensing, quantity: { ...mensing.quantity, value: Number.NaN } }
      const result = yield* (yield* Writer).write(out, {
        generatedFrom: { tool: "tally test", input: "seeds", documents: 1, corpus_sha256: "0" },
        documents: [],
        articles: [],
        claims: [broken],
        comparisons: [],
        keptTexts: [],
        keptSentences: [],
        reportHtml: null
      }).pipe(Effect.flip)
      assert.strictEqual(result._tag, "WriteFailed")
      assert.deepStrictEqual(readdirSync(out), [])
    }).pipe(Effect.provide(Writer.layer.pipe(Layer.provide(NodeServices.layer)))))

  it.effect("writes each file whole, with no temporary file left", () =>
    Effect.gen(function*() {
      const out = mkdtempSync(join(tmpdir(), "tally-writer-"))
      const files = yield* (yield* Writer).write(out, {
        generatedFrom: { tool: "tally test", input: "seeds", documents: 1, corpus_sha256: "0" },
        documents: [],
        articles: [],
        claims: [mensing, billion],
        comparisons: [],
        keptTexts: [],
        keptSentences: [],
        reportHtml: null
      })
      assert.isTrue(files.includes("claims.jsonl"))
      assert.isFalse(readdirSync(out).some((f) => f.endsWith(".tmp")))
      const lines = readFileSync(join(out, "claims.jsonl"), "utf8").trim().split("\n")
      assert.strictEqual(JSON.parse(lines[1]!).quantity.value, 4_500_000_000)
      assert.isTrue(existsSync(join(out, "claim.schema.json")))
      const schema = JSON.parse(readFileSync(join(out, "claim.schema.json"), "utf8"))
      assert.deepInclude(schema.properties.quantity.properties.qualifier.enum, "more_than")
    }).pipe(Effect.provide(Writer.layer.pipe(Layer.provide(NodeServices.layer)))))
})
