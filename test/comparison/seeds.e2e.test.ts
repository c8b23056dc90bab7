/**
 * The acceptance check on the whole pipeline: on seeds/, comparisons.json holds the October 2018
 * caravan group (UN, Pueblo Sin Fronteras, Mexico's interior ministry and the Mapastepec town official side
 * by side, in conflict) and a group for U.S. troops at the border; the report shows both.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PipelineLive } from "../../pipeline/App.ts"
import { Pipeline } from "../../pipeline/Pipeline.ts"
import type { Claim } from "../../schemas/Claim.ts"
import type { Comparison } from "../../schemas/Comparison.ts"

const seeds = join(import.meta.dirname, "../../seeds")

describe("comparisons on seeds/", () => {
  it.effect("hold the caravan's conflicting counts and the U.S. troops", () =>
    Effect.gen(function*() {
      const out = mkdtempSync(join(tmpdir(), "tally-cmp-e2e-"))
      yield* (yield* Pipeline).run({ input: seeds, out, keepText: false, concurrency: 1 })
      const comparisons: ReadonlyArray<Comparison> = JSON.parse(readFileSync(join(out, "comparisons.json"), "utf8")).comparisons
      const claims: ReadonlyArray<Claim> = JSON.parse(readFileSync(join(out, "claims.json"), "utf8")).claims
      const figure = (group: Comparison | undefined, mention: string) => group?.figures.find((f) => f.mention === mention)

      const caravan = comparisons.find((c) => figure(c, "about 10,000") !== undefined)
      assert(caravan !== undefined, "no group holds Pueblo Sin Fronteras' `about 10,000`")
      for (const mention of ["7,233", "about 10,000", "about 3,630", "5,300"]) {
        expect(figure(caravan, mention), mention).toBeDefined()
      }
      expect(figure(caravan, "7,233")!.source).toContain("Farhan Haq")
      expect(figure(caravan, "about 10,000")!.source).toContain("Pueblo Sin Fronteras")
      expect(figure(caravan, "about 3,630")!.source).toContain("interior ministry")
      expect(figure(caravan, "5,300")!.source).toContain("town official")
      expect(caravan.conflict).toBe(true)
      expect(caravan.category).toBe("crowd_size")
      // the December 2023 caravan in Chiapas is another caravan
      expect(caravan.figures.some((f) => f.doc.startsWith("002_"))).toBe(false)

      const troops = comparisons.find((c) => figure(c, "more than 8,000") !== undefined)
      assert(troops !== undefined, "no group holds `more than 8,000` troops")
      expect(troops.label).toMatch(/^U\.S\. troops/)
      for (const mention of ["between 800 and 1,000", "some 5,800", "2,100"]) {
        expect(figure(troops, mention), mention).toBeDefined()
      }
      expect(figure(troops, "6,000")).toBeUndefined()

      // every grouped claim carries its group's id, and only those
      for (const c of claims) {
        const group = comparisons.find((g) => g.claim_ids.includes(c.id))
        expect(c.comparison_id).toBe(group?.id ?? null)
      }

      const report = readFileSync(join(out, "report.html"), "utf8")
      for (const c of comparisons) expect(report).toContain(`data-comparison-id="${c.id}"`)
    }).pipe(Effect.provide(PipelineLive)))
})
