import { describe, expect, it } from "@effect/vitest"
import { impliedInterval, overlaps, roundingHalfUnit, separation, statedFigures } from "../../pipeline/comparison/intervals.ts"
import { claimOf } from "./seedClaims.ts"

/** The implied interval of a seed figure, by name. */
const interval = (name: Parameters<typeof claimOf>[0]) => {
  const i = impliedInterval(claimOf(name).quantity)
  if (i === null) throw new Error(`${name} has no implied interval`)
  return i
}

describe("implied intervals of qualified figures", () => {
  it("`more than 7,000` and `7,233` agree (the UN's two figures)", () => {
    expect(overlaps(interval("unMoreThan7000"), interval("un7233"))).toBe(true)
  })

  it("`about 3,630` and `about 10,000` do not (interior ministry vs Pueblo Sin Fronteras)", () => {
    const ministry = interval("ministry3630")
    const mensing = interval("mensing10000")
    expect(overlaps(ministry, mensing)).toBe(false)
    expect(separation(ministry, mensing)).toBeCloseTo(8500 / 4174.5, 6)
    expect(separation(mensing, ministry)).toBeCloseTo(8500 / 4174.5, 6)
  })

  it("an approximate figure stretches 15% each way", () => {
    expect(interval("mensing10000")).toEqual({ low: 8500, high: 11500 })
  })

  it("an exact figure stretches by its rounding: 5,300 is 5,250..5,350, 7,233 is 7,232.5..7,233.5", () => {
    expect(interval("townOfficial5300")).toEqual({ low: 5250, high: 5350 })
    expect(interval("un7233")).toEqual({ low: 7232.5, high: 7233.5 })
    expect(roundingHalfUnit(2100)).toBe(50)
    expect(roundingHalfUnit(4.5)).toBe(0.05)
  })

  it("a round exact figure is never looser than an `about` one", () => {
    const tenThousand = impliedInterval({ value: 10000, low: 10000, high: 10000, qualifier: "exact", unit: null })
    expect(tenThousand).toEqual({ low: 8500, high: 11500 })
  })

  it("ranges are their bounds; `more than` has no ceiling", () => {
    expect(interval("reuters3500to7000")).toEqual({ low: 3500, high: 7000 })
    expect(interval("trump8000")).toEqual({ low: 8000, high: null })
  })

  it("`almost` and `at most` reach down, not up", () => {
    expect(impliedInterval({ value: 80, low: null, high: 80, qualifier: "almost", unit: "percent" })).toEqual({
      low: 68,
      high: 80
    })
    expect(impliedInterval({ value: 100, low: null, high: 100, qualifier: "at_most", unit: "per day" })).toEqual({
      low: 0,
      high: 100
    })
  })

  it("vague figures imply nothing and state nothing", () => {
    expect(impliedInterval(claimOf("unThousands").quantity)).toBeNull()
    expect(statedFigures(claimOf("unThousands").quantity)).toBeNull()
  })

  it("stated figures: a range states both ends, a bound states its number", () => {
    expect(statedFigures(claimOf("azcentralFiveToSeven").quantity)).toEqual({ low: 5000, high: 7000 })
    expect(statedFigures(claimOf("unMoreThan7000").quantity)).toEqual({ low: 7000, high: 7000 })
  })
})
