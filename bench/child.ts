/**
 * One measured run, in its own process so that peak memory (maxRSS) belongs to it alone.
 * Modes: `baseline` reads every file and tokenises it with wink-nlp (the floor any NLP pipeline pays);
 * `pipeline` runs tally's full pipeline. Prints one JSON line: { ms, maxRssMb }.
 */
import { Effect } from "effect"
import { NodeRuntime } from "@effect/platform-node"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { PipelineLive } from "../pipeline/App.ts"
import { annotate } from "../pipeline/Nlp.ts"
import { Pipeline } from "../pipeline/Pipeline.ts"

const [mode, input, out] = process.argv.slice(2) as [string, string, string]
annotate("Warm up the model.") // model load is paid once per process by both modes; keep it out of the timing
const started = performance.now()
const report = () =>
  console.log(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }))

if (mode === "baseline") {
  for (const f of readdirSync(input).sort()) annotate(readFileSync(join(input, f), "utf8"))
  report()
} else {
  Effect.gen(function*() {
    yield* (yield* Pipeline).run({ input, out, keepText: false, concurrency: 1 })
    report()
  }).pipe(Effect.provide(PipelineLive), NodeRuntime.runMain)
}
