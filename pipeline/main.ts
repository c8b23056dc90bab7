import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { TOOL_VERSION } from "../schemas/version.ts"
import { PipelineLive } from "./App.ts"
import { Pipeline } from "./Pipeline.ts"

/** Ends a run that cannot start or finish with one plain line and exit code 2. */
const fatal = (message: string) =>
  Console.error(`tally: ${message}`).pipe(Effect.tap(() => Effect.sync(() => (process.exitCode = 2))))

const pipeline = Command.make(
  "pipeline",
  {
    input: Flag.String("input").pipe(
      Flag.withDescription(
        "Folder (read recursively) or single file of documents: .txt, .md, .html, .jsonl/.json corpora. Default: seeds"
      ),
      Flag.withDefault("seeds")
    ),
    out: Flag.String("out").pipe(
      Flag.withDescription("Folder the datasets are written to (created if missing; files replaced atomically). Default: output"),
      Flag.withDefault("output")
    ),
    keepText: Flag.Boolean("keep-text").pipe(
      Flag.withDescription("Also write each document's extracted text to <out>/text/<doc>.txt, the text all offsets refer to"),
      Flag.withDefault(false)
    ),
    strict: Flag.Boolean("strict").pipe(
      Flag.withDescription("Exit non-zero if any document could not be processed (default: only when none could)"),
      Flag.withDefault(false)
    ),
    concurrency: Flag.Int("concurrency").pipe(
      Flag.withDescription("Documents in flight at once, on one thread (output order never depends on it). Default: 1"),
      Flag.withDefault(1)
    )
  },
  Effect.fn(
    function*({ input, out, keepText, strict, concurrency }) {
      const summary = yield* (yield* Pipeline).run({ input, out, keepText, concurrency: Math.max(1, concurrency) })
      yield* Console.log(
        `tally: ${summary.documents} documents (${summary.failed} failed), ${summary.articles} articles, ${summary.claims} claims, ${summary.comparisons} comparison groups -> ${out}/`
      )
      for (const e of summary.errors) yield* Console.error(`  error: ${e.doc}: ${e.message}`)
      if (summary.documents === summary.failed) {
        yield* Console.error(summary.documents === 0 ? `tally: no documents found in ${input}` : "tally: no document could be processed")
        process.exitCode = 1
      } else if (strict && summary.failed > 0) {
        yield* Console.error(`tally: --strict: ${summary.failed} documents failed`)
        process.exitCode = 1
      }
    },
    // The run as a whole cannot start or finish: one plain line for the user, not a stack trace.
    Effect.catchTags({
      InputNotFound: (e) => fatal(e.message),
      WriteFailed: (e) => fatal(`cannot write ${e.path}: ${e.message}`)
    })
  )
).pipe(
  Command.withDescription(
    "Extract the figures stated in news documents (who said which number, when, where) into CSV/JSON datasets"
  )
)

pipeline.pipe(
  Command.run({ version: TOOL_VERSION }),
  Effect.provide(PipelineLive),
  NodeRuntime.runMain
)
