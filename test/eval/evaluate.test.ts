/**
 * `npm run eval` end to end: the pipeline run in-process on a real corpus, the same scores from the
 * claims.jsonl it writes, and the command line's JSON output.
 */
import { NodeServices } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { StagesLive } from "../../pipeline/App.ts"
import { evaluate, projectGold, resolveOptions } from "../../pipeline/eval/Evaluate.ts"
import { Pipeline } from "../../pipeline/Pipeline.ts"

const root = join(import.meta.dirname, "../..")
const corpus = join(root, "test/fixtures/corpus")
const sentences = {
  gold: join(corpus, "sentences.gold.jsonl"),
  nonClaims: join(corpus, "sentences.nonclaims.jsonl"),
  input: join(corpus, "sentences.jsonl")
}
const PipelineTest = Pipeline.layer.pipe(Layer.provide(StagesLive), Layer.provideMerge(NodeServices.layer))

const between0and1 = (x: number | null) => x === null || (x >= 0 && x <= 1)

describe("evaluate", () => {
  it.effect("runs the pipeline on the sentence corpus and scores every document of it", () =>
    Effect.gen(function*() {
      const { context, report } = yield* evaluate(sentences)
      assert.deepStrictEqual(context.document_errors, [])
      assert.strictEqual(context.predictions.from, "pipeline")
      assert.strictEqual(report.overall.gold, context.gold_claims)
      assert.isAbove(report.overall.predicted, 0)
      assert.isAbove(report.overall.matched, 0)
      for (const s of [report.overall, ...report.documents.map((d) => d.scores)]) {
        assert.isTrue(between0and1(s.detection.precision.value) && between0and1(s.strict.recall.value))
        assert.isAtMost(s.strict.recall.correct, s.detection.recall.correct)
      }
      // every gold claim is either matched or listed as a miss
      assert.strictEqual(report.matches.length + report.misses.length, context.gold_claims)
      assert.strictEqual(report.matches.length + report.spurious.length, report.overall.predicted)
    }).pipe(Effect.provide(PipelineTest)), 120_000)

  it.effect("gives the same scores from the claims.jsonl the pipeline writes", () =>
    Effect.gen(function*() {
      const out = mkdtempSync(join(tmpdir(), "tally-eval-claims-"))
      yield* (yield* Pipeline).run({ input: sentences.input, out, keepText: false, concurrency: 1 })
      const fromFile = yield* evaluate({ gold: sentences.gold, nonClaims: sentences.nonClaims, claims: join(out, "claims.jsonl") })
      const inProcess = yield* evaluate(sentences)
      assert.strictEqual(fromFile.context.predictions.from, "claims")
      assert.deepStrictEqual(fromFile.report, inProcess.report)
    }).pipe(Effect.provide(PipelineTest)), 120_000)

  it.effect("reports malformed corpus lines as document errors and still scores the good ones", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-eval-bad-"))
      const goldFile = join(dir, "gold.jsonl")
      // the one good record that states a figure: "Rescuers pulled 12 survivors from the rubble on Wednesday."
      const twelve = {
        doc: "malformed.jsonl#ok-1", article: 1, mention: "12", start: 16, end: 18, value: 12, low: 12, high: 12,
        qualifier: "exact", unit: null, counted: "survivors", category: "other", source: null, source_org: null,
        source_type: "publisher", attribution: null, published: "2023-02-09", published_basis: "metadata",
        event_date: "2023-02-08", in_caption: false, key: false
      }
      writeFileSync(goldFile, JSON.stringify(twelve) + "\n")
      const { context, report } = yield* evaluate({ gold: goldFile, input: join(corpus, "malformed.jsonl") })
      assert.deepStrictEqual(context.document_errors.map((e) => e.doc), [
        "malformed.jsonl#line2",
        "malformed.jsonl#line3",
        "malformed.jsonl#line4",
        "malformed.jsonl#line5",
        "malformed.jsonl#line6",
        "malformed.jsonl#line9",
        "malformed.jsonl#line10"
      ])
      assert.strictEqual(report.overall.gold, 1)
      assert.strictEqual(report.overall.detection.recall.value, 1)
    }).pipe(Effect.provide(PipelineTest)), 60_000)

  it.effect("scores the project's own annotation of the seeds when given no flags", () =>
    Effect.gen(function*() {
      const { context, report } = yield* evaluate({})
      assert.strictEqual(context.gold, projectGold.gold)
      assert.strictEqual(context.scope, projectGold.scope)
      assert.deepStrictEqual(context.predictions, { from: "pipeline", path: "seeds" })
      assert.strictEqual(context.gold_outside_scope, 0)
      assert.deepStrictEqual(report.documents.map((d) => d.doc), [
        "000_8af703ce3f31ec0b.txt",
        "001_af23199f87a247d1.txt",
        "002_2ec3e803b5d2f7b8.txt",
        "003_8c3fdc2996188961.txt",
        "004_9c667aca175d9670.txt"
      ])
      // the unannotated articles of seed 004 are left out, not counted as false positives
      assert.isAbove(report.outOfScope, 0)
    }).pipe(Effect.provide(PipelineTest)), 120_000)
})

describe("options", () => {
  it.effect("refuses --input together with --claims", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(resolveOptions({ input: "seeds", claims: "output/claims.jsonl" }))
      assert.isTrue(Exit.isFailure(exit))
    }))

  it.effect("uses the non-claims and scope files only with the project's own gold", () =>
    Effect.gen(function*() {
      const own = yield* resolveOptions({})
      assert.deepStrictEqual([own.gold, own.nonClaims, own.scope, own.input], [projectGold.gold, projectGold.nonClaims, projectGold.scope, "seeds"])
      const other = yield* resolveOptions({ gold: "my.gold.jsonl", claims: "claims.jsonl" })
      assert.deepStrictEqual([other.nonClaims, other.scope, other.input], [undefined, undefined, undefined])
    }))
})

describe("npm run eval (command line)", () => {
  it("prints one JSON object with --json", () => {
    const out = mkdtempSync(join(tmpdir(), "tally-eval-cli-"))
    // a claims file holding one correct claim of seed 000, written by hand in the pipeline's shape
    const claim = {
      id: "c1", doc: "000_8af703ce3f31ec0b.txt",
      article: { index: 1, title: "", publisher: "Xinhua", published: "2018-10-22", published_basis: "dateline" },
      span: { start: 1227, end: 1232, text: "7,233", sentence: "The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border." },
      quantity: { value: 7233, low: 7233, high: 7233, qualifier: "exact", unit: null },
      counted: "people", category: "crowd_size",
      source: { name: "Farhan Haq", org: "United Nations", type: "person", cue: "noted" },
      event_date: "2018-10-22", comparison_id: null, confidence: 0.9
    }
    const claims = join(out, "claims.jsonl")
    writeFileSync(claims, JSON.stringify(claim) + "\n")
    const stdout = execFileSync(process.execPath, ["pipeline/eval/main.ts", "--gold", "test/gold/dev.jsonl", "--claims", claims, "--json"], {
      cwd: root,
      encoding: "utf8"
    })
    const result = JSON.parse(stdout)
    const gold = readFileSync(join(root, "test/gold/dev.jsonl"), "utf8").trim().split("\n").length
    assert.strictEqual(result.overall.gold, gold)
    assert.strictEqual(result.overall.predicted, 1)
    assert.strictEqual(result.overall.strict.precision.value, 1)
    assert.strictEqual(result.misses.length, gold - 1)
    assert.strictEqual(result.predictions.from, "claims")
  })
})
