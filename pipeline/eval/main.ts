/**
 * `npm run eval`: scores the pipeline against a gold annotation (see README "Evaluation").
 * With no flags it scores the project's own annotation in test/gold/ on seeds/.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { TOOL_VERSION } from "../../schemas/version.ts"
import { PipelineLive } from "../App.ts"
import { evaluate, projectGold } from "./Evaluate.ts"
import { renderJson, renderText } from "./report.ts"

const optionalPath = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

const failPlainly = (message: string) =>
  Effect.gen(function*() {
    yield* Console.error(`tally eval: ${message}`)
    process.exitCode = 1
    return Option.none()
  })

const evalCommand = Command.make(
  "eval",
  {
    gold: optionalPath(
      "gold",
      `Gold claims, JSON Lines in the gold format (docs/gold-format.md). Default: ${projectGold.gold}, with its non-claims and scope files, on ${projectGold.input}/`
    ),
    nonclaims: optionalPath("nonclaims", "Non-claim spans (dates, ages, durations...): an extracted claim overlapping one is a false positive"),
    scope: optionalPath(
      "scope",
      "Which documents or code-point ranges the gold annotates ({doc, start?, end?} per line); claims elsewhere are not scored. Default: every document"
    ),
    input: optionalPath("input", `Folder or file to run the pipeline on (in-process, into a temporary folder). Default: ${projectGold.input}`),
    claims: optionalPath("claims", "Score an existing claims.jsonl written by the pipeline instead of running it"),
    json: Flag.Boolean("json").pipe(Flag.withDescription("Print one JSON object instead of tables"), Flag.withDefault(false))
  },
  Effect.fn(function*(flags) {
    const evaluation = yield* evaluate({
      gold: Option.getOrUndefined(flags.gold),
      nonClaims: Option.getOrUndefined(flags.nonclaims),
      scope: Option.getOrUndefined(flags.scope),
      input: Option.getOrUndefined(flags.input),
      claims: Option.getOrUndefined(flags.claims)
    }).pipe(
      // A missing file or a bad gold line is the user's to fix: say so plainly, no stack trace.
      Effect.map(Option.some),
      Effect.catchTags({
        EvalFileUnreadable: (e) => failPlainly(e.message),
        EvalInputInvalid: (e) => failPlainly(`${e.file} line ${e.line}: ${e.message}`),
        EvalUsageError: (e) => failPlainly(e.message),
        InputNotFound: (e) => failPlainly(e.message)
      })
    )
    if (Option.isNone(evaluation)) return
    const { context, report } = evaluation.value
    if (flags.json) {
      yield* Console.log(renderJson(report, { ...context }))
      return
    }
    const header = [
      `tally eval: gold ${context.gold} (${context.gold_claims} claims, ${context.gold_key_claims} key)` +
      (context.nonclaims ? `, non-claims ${context.nonclaims}` : "") + (context.scope ? `, scope ${context.scope}` : ""),
      `predictions: ${context.predictions.from === "claims" ? `claims file ${context.predictions.path}` : `pipeline run on ${context.predictions.path}`}`,
      ...context.document_errors.map((e) => `  document error: ${e.doc}: ${e.message}`),
      ...(context.gold_outside_scope > 0 ? [`  warning: ${context.gold_outside_scope} gold claims lie outside the scope file`] : [])
    ]
    yield* Console.log(renderText(report, { header }))
  })
).pipe(Command.withDescription("Score extracted claims against a gold annotation: detection, strict quantity, attribute accuracy"))

evalCommand.pipe(
  Command.run({ version: TOOL_VERSION }),
  Effect.provide(PipelineLive),
  NodeRuntime.runMain
)
