/**
 * `npm run bench`: speed and memory as ratios against a baseline measured in the same run, so the figures
 * mean the same on any machine.
 * - speed: full pipeline time / wink-nlp tokenisation time over the same corpus (how much our stages add
 *   on top of the NLP floor);
 * - scaling: pipeline time on the corpus repeated 8x / on 1x (linear is 8);
 * - memory: pipeline peak RSS on 8x / on 1x (documents are processed one at a time, so this should stay
 *   near 1 rather than grow with the corpus).
 */
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const seeds = join(import.meta.dirname, "..", "seeds")
const copies = Number(process.env.BENCH_COPIES ?? 8)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

const corpus = (times: number): string => {
  const dir = mkdtempSync(join(tmpdir(), `tally-bench-${times}x-`))
  for (let i = 0; i < times; i++) {
    for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, `${String(i).padStart(3, "0")}_${f}`))
  }
  return dir
}

const measure = (mode: string, input: string): { ms: number; maxRssMb: number } => {
  const samples: Array<{ ms: number; maxRssMb: number }> = []
  for (let r = 0; r < rounds; r++) {
    const out = mkdtempSync(join(tmpdir(), "tally-bench-out-"))
    const child = spawnSync(process.execPath, [join(import.meta.dirname, "child.ts"), mode, input, out], { encoding: "utf8" })
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`)
    samples.push(JSON.parse(child.stdout.trim().split("\n").at(-1)!))
  }
  // Median of the rounds: robust to one slow round on a shared machine.
  const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { ms: median(samples.map((s) => s.ms)), maxRssMb: median(samples.map((s) => s.maxRssMb)) }
}

const one = corpus(1)
const many = corpus(copies)
const baseline1 = measure("baseline", one)
const pipeline1 = measure("pipeline", one)
const baselineN = measure("baseline", many)
const pipelineN = measure("pipeline", many)

const fmt = (n: number) => n.toFixed(2)
console.log(`corpus: seeds (5 files) x1 and x${copies}; median of ${rounds} runs each`)
console.log(`pipeline / wink tokenisation, x1:          ${fmt(pipeline1.ms / baseline1.ms)}  (${fmt(pipeline1.ms)} ms vs ${fmt(baseline1.ms)} ms)`)
console.log(`pipeline / wink tokenisation, x${copies}:          ${fmt(pipelineN.ms / baselineN.ms)}  (${fmt(pipelineN.ms)} ms vs ${fmt(baselineN.ms)} ms)`)
console.log(`pipeline time x${copies} / x1 (linear = ${copies}):       ${fmt(pipelineN.ms / pipeline1.ms)}`)
console.log(`pipeline peak RSS x${copies} / x1 (flat = 1):        ${fmt(pipelineN.maxRssMb / pipeline1.maxRssMb)}  (${fmt(pipelineN.maxRssMb)} MB vs ${fmt(pipeline1.maxRssMb)} MB)`)
