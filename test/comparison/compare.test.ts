import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Comparer } from "../../pipeline/Comparer.ts"
import { classify, familyOf } from "../../pipeline/comparison/classify.ts"
import { compareClaims, comparisonId } from "../../pipeline/comparison/compare.ts"
import type { Claim } from "../../schemas/Claim.ts"
import type { Comparison } from "../../schemas/Comparison.ts"
import { allSeedClaims, ARTICLES, claimOf, type FigureName, FIGURES, seedClaim } from "./seedClaims.ts"

const idOf = (name: FigureName): string => claimOf(name).id

/** The group holding a figure, or undefined. */
const groupOf = (comparisons: ReadonlyArray<Comparison>, name: FigureName): Comparison | undefined =>
  comparisons.find((c) => c.claim_ids.includes(idOf(name)))

const seeds = allSeedClaims()
const result = compareClaims(seeds)

describe("the October 2018 caravan, as its sources counted it", () => {
  const caravan = groupOf(result.comparisons, "mensing10000")!

  it("puts the UN, Pueblo Sin Fronteras, the interior ministry and the Mapastepec town official side by side", () => {
    expect(caravan).toBeDefined()
    for (const name of ["un7233", "unMoreThan7000", "ministry3630", "townOfficial5300", "reuters3500to7000"] as const) {
      expect(caravan.claim_ids, name).toContain(idOf(name))
    }
    const sources = caravan.figures.map((f) => f.source)
    expect(sources).toContain("Farhan Haq (United Nations)")
    expect(sources).toContain("Alex Mensing (Pueblo Sin Fronteras)")
    expect(sources).toContain("Mexico’s interior ministry")
    expect(sources).toContain("a town official")
  })

  it("takes the undated Arizona Central range in: it names the caravan and no other caravan group exists", () => {
    expect(caravan.claim_ids).toContain(idOf("azcentralFiveToSeven"))
  })

  it("is flagged as a conflict, naming the two figures farthest apart", () => {
    expect(caravan.conflict).toBe(true)
    expect(caravan.conflict_note).toContain("about 10,000")
    expect(caravan.conflict_note).toContain("about 3,630")
  })

  it("lowest and highest figure come from ranges and qualifiers, never from `thousands`", () => {
    // `thousands` (at least 2,000) is in the group, yet the low is the range's 3,500
    expect(caravan.claim_ids).toContain(idOf("unThousands"))
    expect(caravan.low).toBe(3500)
    expect(caravan.high).toBe(10000)
    expect(caravan.spread).toBe(2.86)
    expect(caravan.date_from).toBe("2018-10-22")
    expect(caravan.date_to).toBe("2018-10-28")
  })

  it("counts institutions, not mentions: the UN's two figures are one source", () => {
    const un = caravan.figures.filter((f) => f.source === "Farhan Haq (United Nations)")
    expect(un).toHaveLength(2)
    const distinct = new Set(caravan.figures.map((f) => f.source))
    expect(caravan.sources).toBe(distinct.size)
  })

  it("has a readable label", () => {
    expect(caravan.label).toBe("Size of the migrant caravan, 2018-10-22 to 2018-10-28")
  })

  it("lists its figures by date, undated last", () => {
    const dates = caravan.figures.map((f) => f.date)
    const dated = dates.filter((d) => d !== null)
    expect(dated).toEqual([...dated].sort())
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true)
  })
})

describe("figures that measure something else stay out", () => {
  const outside: ReadonlyArray<[FigureName, string]> = [
    ["mensingHypothetical", "a hypothetical (`unlikely that 10,000 people will arrive`)"],
    ["separateGroup1000", "a separate group moving through Guatemala"],
    ["secondGroupThousand", "a second group"],
    ["someMediaAbove2000", "`the number` with nothing counted"],
    ["caravanAtStart", "the caravan on Oct. 13, more than a week before the other figures"],
    ["tijuana6000", "migrants in Tijuana a month later"],
    ["tijuanaExpected", "an expected number"],
    ["groupOf20", "a small group of residents"],
    ["shelter360", "a shelter's capacity"],
    ["chatGroup250", "members of a chat group"],
    ["chiapas2023Thousands", "the December 2023 caravan in Chiapas"],
    ["fenceTwoDozen", "people climbing a fence in December, alone in its window"],
    ["unicefChildren", "children: a part of the caravan, alone in its family"],
    ["mexicoGuard6000", "Mexico's National Guard deployment"],
    ["dozensOfPolice", "police at a scene"]
  ]
  for (const [name, why] of outside) {
    it(`${name}: ${why}`, () => {
      expect(groupOf(result.comparisons, name)).toBeUndefined()
      const written = result.claims.find((c) => c.id === idOf(name))!
      expect(written.comparison_id).toBeNull()
    })
  }
})

describe("U.S. troops at the border", () => {
  const troops = groupOf(result.comparisons, "trump5800")!

  it("groups the U.S. figures: more than 8,000, 800 to 1,000 active-duty, 2,100 National Guard, some 5,800", () => {
    expect(troops).toBeDefined()
    for (const name of ["trump8000", "activeDuty800to1000", "guard2100", "trump5800"] as const) {
      expect(troops.claim_ids, name).toContain(idOf(name))
    }
    expect(troops.label).toBe("U.S. troops at the border, 2018-10-25 to 2018-11-19")
    expect(troops.low).toBe(800)
    expect(troops.high).toBe(8000)
    expect(troops.conflict).toBe(true)
  })

  it("keeps Mexico's 6,000 National Guard members out, even when dated inside the U.S. window", () => {
    const mexicoInWindow = seedClaim({ ...FIGURES.mexicoGuard6000, event_date: "2018-11-01" })
    const again = compareClaims([...seeds.filter((c) => c.id !== mexicoInWindow.id), mexicoInWindow])
    expect(groupOf(again.comparisons, "trump5800")!.claim_ids).not.toContain(mexicoInWindow.id)
    expect(classify(mexicoInWindow).subject).toBe("mexico")
  })

  it("figures of an undated article still meet the one dated U.S. figure", () => {
    // the Reuters article of Oct. 25 carries no date of its own; `some 5,800` (Nov. 15) is the only dated one
    const undated = { ...ARTICLES.military, published: null }
    const activeDuty = seedClaim({ ...FIGURES.activeDuty800to1000, article: undated, event_date: null })
    const guard = seedClaim({ ...FIGURES.guard2100, article: undated, event_date: null })
    const troops = compareClaims([claimOf("trump5800"), claimOf("trump8000"), activeDuty, guard, claimOf("mexicoGuard6000")])
    expect(troops.comparisons).toHaveLength(1)
    expect([...troops.comparisons[0]!.claim_ids].sort()).toEqual(
      [claimOf("trump5800").id, claimOf("trump8000").id, activeDuty.id, guard.id].sort()
    )
    expect(troops.comparisons[0]!.label).toBe("U.S. troops at the border, on 2018-11-15")
  })

  it("two figures from the same outlet may differ without a conflict", () => {
    const reutersOnly = compareClaims([claimOf("guard2100"), claimOf("trump5800")])
    expect(reutersOnly.comparisons).toHaveLength(1)
    expect(reutersOnly.comparisons[0]!.conflict).toBe(false)
    expect(reutersOnly.comparisons[0]!.sources).toBe(1)
  })
})

describe("grouping rules", () => {
  it("counted nouns: the longest matching phrase decides the family", () => {
    expect(familyOf(claimOf("mexicoGuard6000"))?.id).toBe("troops")
    expect(familyOf(claimOf("activeDuty800to1000"))?.id).toBe("troops")
    expect(familyOf(claimOf("unThousands"))?.id).toBe("migrants")
    expect(familyOf(claimOf("unicefChildren"))?.id).toBe("children")
  })

  it("`members` counts a caravan only when the sentence is about one", () => {
    expect(familyOf(claimOf("azcentralSeveralThousand"))?.id).toBe("migrants")
    expect(familyOf(claimOf("chatGroup250"))).toBeNull()
  })

  it("a figure with nothing counted is a crowd when its sentence names a group", () => {
    expect(familyOf(claimOf("reuters3500to7000"))?.id).toBe("migrants")
    expect(familyOf(claimOf("someMediaAbove2000"))).toBeNull()
  })

  it("the nearest subject cue wins: `Trump is sending ... to the southern border with Mexico` is U.S.", () => {
    expect(classify(claimOf("trump8000")).subject).toBe("us")
    expect(classify(claimOf("guard2100")).subject).toBe("us")
  })

  it("a lone deciding figure makes no group", () => {
    expect(compareClaims([claimOf("mensing10000"), claimOf("mapastepecThousands")]).comparisons).toHaveLength(0)
  })

  it("an undated figure with no subject joins only when one group can take it", () => {
    // 001's `thousands of migrants` names no caravan and has no date: with two caravan groups it stays out
    const later = (c: Claim, day: string): Claim => ({ ...c, id: `${c.id}-later`, event_date: day })
    const twoGroups = compareClaims([
      ...seeds,
      later(claimOf("mensing10000"), "2018-11-20"),
      later(claimOf("ministry3630"), "2018-11-20")
    ])
    expect(twoGroups.comparisons.filter((c) => c.counted === "migrants")).toHaveLength(2)
    expect(groupOf(twoGroups.comparisons, "iomThousands")).toBeUndefined()
    expect(groupOf(result.comparisons, "iomThousands")).toBeDefined()
  })

  it("a lone figure elsewhere in time does not make undated figures ambiguous", () => {
    // the December fence-climbers' `roughly two dozen` names the caravan (by its article's title) but compares
    // nothing; the undated town official and Arizona Central figures still join the October group
    expect(classify(claimOf("fenceTwoDozen")).subject).toBe("caravan")
    const undatedOfficial = seedClaim({ ...FIGURES.townOfficial5300, article: { ...ARTICLES.military, published: null }, event_date: null })
    const again = compareClaims([...seeds.filter((c) => c.id !== undatedOfficial.id), undatedOfficial])
    const caravan = groupOf(again.comparisons, "mensing10000")!
    expect(caravan.claim_ids).toContain(undatedOfficial.id)
    expect(caravan.claim_ids).toContain(idOf("azcentralFiveToSeven"))
  })

  it("does not depend on the order of the claims", () => {
    const reversed = compareClaims([...seeds].reverse())
    expect(reversed.comparisons).toEqual(result.comparisons)
  })

  it("derives each group's id from its claim ids and writes it on the claims", () => {
    for (const c of result.comparisons) {
      expect(c.id).toBe(comparisonId(c.claim_ids))
      for (const id of c.claim_ids) expect(result.claims.find((k) => k.id === id)!.comparison_id).toBe(c.id)
    }
    expect(result.claims.map((c) => c.id)).toEqual(seeds.map((c) => c.id))
  })

  it("ids do not change when unrelated claims come and go", () => {
    const without = compareClaims(seeds.filter((c) => c.doc !== ARTICLES.chiapas2023.doc))
    expect(without.comparisons.map((c) => c.id)).toEqual(result.comparisons.map((c) => c.id))
  })
})

describe("Comparer service", () => {
  it.effect("groups through the stage's layer", () =>
    Effect.gen(function*() {
      const comparer = yield* Comparer
      const compared = yield* comparer.compare(seeds)
      expect(compared.comparisons.map((c) => c.label)).toEqual([
        "Size of the migrant caravan, 2018-10-22 to 2018-10-28",
        "U.S. troops at the border, 2018-10-25 to 2018-11-19"
      ])
    }).pipe(Effect.provide(Comparer.layer)))
})
