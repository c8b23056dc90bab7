/**
 * `npm run eval` without the command line: reads the gold files, gets the predictions (an existing
 * `claims.jsonl`, or the pipeline run in-process into a temporary folder) and scores them.
 */
import { Effect, FileSystem, Path, Result } from "effect"
import type { InputNotFound, WriteFailed } from "../errors.ts"
import { Pipeline } from "../Pipeline.ts"
import {
  EvalFileUnreadable,
  type EvalInputInvalid,
  EvalUsageError,
  type GoldClaim,
  type NonClaimSpan,
  parseGold,
  parseNonClaims,
  parsePredicted,
  parseScope,
  type PredictedClaim,
  type ScopeEntry
} from "./data.ts"
import { type EvalReport, score } from "./scorer.ts"

/** The project's own annotation of `seeds/`, scored by a bare `npm run eval`. */
export const projectGold = {
  gold: "test/gold/dev.jsonl",
  nonClaims: "test/gold/dev-nonclaims.jsonl",
  scope: "test/gold/dev-scope.jsonl",
  input: "seeds"
} as const

export interface EvalOptions {
  readonly gold?: string | undefined
  readonly nonClaims?: string | undefined
  readonly scope?: string | undefined
  readonly input?: string | undefined
  readonly claims?: string | undefined
}

/** What was scored against what, for the report's header and the JSON object. */
export interface EvalContext {
  readonly gold: string
  readonly nonclaims: string | null
  readonly scope: string | null
  readonly predictions: { readonly from: "claims" | "pipeline"; readonly path: string }
  readonly gold_claims: number
  readonly gold_key_claims: number
  /** documents the pipeline could not process (error rows), when it was run */
  readonly document_errors: ReadonlyArray<{ readonly doc: string; readonly message: string }>
  /** gold claims standing outside the given scope (a mistake in the scope file) */
  readonly gold_outside_scope: number
}

export interface Evaluation {
  readonly context: EvalContext
  readonly report: EvalReport
}

/** Fills in the defaults: no `--gold` means the project's own annotation of the seeds. */
export const resolveOptions = (options: EvalOptions): Effect.Effect<Required<Pick<EvalOptions, "gold">> & EvalOptions, EvalUsageError> => {
  if (options.claims !== undefined && options.input !== undefined) {
    return Effect.fail(new EvalUsageError({ message: "give either --input (run the pipeline) or --claims (score an existing claims.jsonl), not both" }))
  }
  const own = options.gold === undefined
  const predictions = options.claims === undefined && options.input === undefined ? { input: projectGold.input } : {}
  return Effect.succeed({
    ...options,
    ...predictions,
    gold: options.gold ?? projectGold.gold,
    nonClaims: options.nonClaims ?? (own ? projectGold.nonClaims : undefined),
    scope: options.scope ?? (own ? projectGold.scope : undefined)
  })
}

const readText = (file: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    return yield* fs.readFileString(file).pipe(
      Effect.mapError((e) => new EvalFileUnreadable({ file, message: `cannot read ${file}: ${e.message}` }))
    )
  })

const decodeFile = <A>(file: string, parse: (file: string, text: string) => Result.Result<A, EvalInputInvalid>) =>
  Effect.flatMap(readText(file), (text) => Effect.fromResult(parse(file, text)))

/** Runs the pipeline on `input` into a temporary folder and reads back the claims it wrote. */
const predictWithPipeline = (input: string) =>
  Effect.scoped(
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const pipeline = yield* Pipeline
      const out = yield* fs.makeTempDirectoryScoped({ prefix: "tally-eval-" }).pipe(
        Effect.mapError((e) => new EvalFileUnreadable({ file: "(temporary folder)", message: e.message }))
      )
      const summary = yield* pipeline.run({ input, out, keepText: false, concurrency: 1 })
      const predicted = yield* decodeFile(path.join(out, "claims.jsonl"), parsePredicted)
      return { predicted, errors: summary.errors }
    })
  )

export const evaluate = (
  options: EvalOptions
): Effect.Effect<
  Evaluation,
  EvalUsageError | EvalFileUnreadable | EvalInputInvalid | InputNotFound | WriteFailed,
  FileSystem.FileSystem | Path.Path | Pipeline
> =>
  Effect.gen(function*() {
    const o = yield* resolveOptions(options)
    const gold: ReadonlyArray<GoldClaim> = yield* decodeFile(o.gold, parseGold)
    const nonClaims: ReadonlyArray<NonClaimSpan> = o.nonClaims === undefined ? [] : yield* decodeFile(o.nonClaims, parseNonClaims)
    const scope: ReadonlyArray<ScopeEntry> | null = o.scope === undefined ? null : yield* decodeFile(o.scope, parseScope)
    let predicted: ReadonlyArray<PredictedClaim>
    let documentErrors: ReadonlyArray<{ doc: string; message: string }> = []
    if (o.claims !== undefined) {
      predicted = yield* decodeFile(o.claims, parsePredicted)
    } else {
      const run = yield* predictWithPipeline(o.input!)
      predicted = run.predicted
      documentErrors = run.errors
    }
    const report = score({ gold, predicted, nonClaims, scope })
    const goldOutside = scope === null
      ? 0
      : gold.filter((g) => !scope.some((s) => s.doc === g.doc && (s.start ?? 0) <= g.start && (s.end ?? Infinity) >= g.end)).length
    return {
      context: {
        gold: o.gold,
        nonclaims: o.nonClaims ?? null,
        scope: o.scope ?? null,
        predictions: o.claims !== undefined ? { from: "claims", path: o.claims } : { from: "pipeline", path: o.input! },
        gold_claims: gold.length,
        gold_key_claims: gold.filter((g) => g.key).length,
        document_errors: documentErrors,
        gold_outside_scope: goldOutside
      },
      report
    }
  })
