import { assert, describe, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const main = join(import.meta.dirname, "../../pipeline/main.ts")
const run = (...args: Array<string>) => spawnSync(process.execPath, [main, ...args], { encoding: "utf8" })

describe("npm run pipeline (the CLI)", () => {
  it("explains every flag in --help", () => {
    const help = run("--help")
    assert.strictEqual(help.status, 0)
    for (const flag of ["--input", "--out", "--keep-text", "--strict", "--concurrency"]) assert.include(help.stdout, flag)
  })

  it("runs on a folder, reports what it did, and records a bad file without stopping", () => {
    const input = mkdtempSync(join(tmpdir(), "tally-cli-in-"))
    const out = mkdtempSync(join(tmpdir(), "tally-cli-out-"))
    writeFileSync(join(input, "a.txt"), "MEXICO CITY (Reuters) – About 6,000 Central Americans have reached the border, according to local officials.\n")
    writeFileSync(join(input, "b.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]))
    const result = run("--input", input, "--out", out)
    assert.strictEqual(result.status, 0, result.stderr)
    assert.include(result.stdout, "2 documents (1 failed)")
    assert.include(result.stderr, "b.bin")
    assert.include(readFileSync(join(out, "claims.csv"), "utf8"), "About 6,000")

    const strict = run("--input", input, "--out", out, "--strict")
    assert.strictEqual(strict.status, 1)
    assert.include(strict.stderr, "--strict")
  })

  it("exits non-zero with one plain line when the input does not exist", () => {
    const result = run("--input", join(tmpdir(), "no-such-folder-for-tally"), "--out", mkdtempSync(join(tmpdir(), "tally-cli-")))
    assert.strictEqual(result.status, 2)
    assert.match(result.stderr.trim(), /^tally: cannot read .*no-such-folder-for-tally/)
    assert.notInclude(result.stderr, "    at ")
  })
})
