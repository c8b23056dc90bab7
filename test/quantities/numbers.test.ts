/**
 * Numbers as written in news: digits with separators and decimals, spelled numbers and compounds,
 * mixed forms, fractions and ratios. Sentences from the seeds and from economy, sport, technology
 * and disaster reporting.
 */
import { describe, it } from "@effect/vitest"
import { expectClaims } from "./support.ts"

describe("digits", () => {
  it("separators and decimals", () => {
    expectClaims("The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.", [
      ["7,233", 7233, 7233, 7233, "exact", null]
    ])
    expectClaims("The economy grew at a 4.5 annualised rate, and 1,100 firms filed for bankruptcy.", [
      ["4.5", 4.5, 4.5, 4.5, "exact", null],
      ["1,100", 1100, 1100, 1100, "exact", null]
    ])
    expectClaims("The exchange listed 1,674,200.5 shares and 22,240,260,310 units were traded.", [
      ["1,674,200.5", 1674200.5, 1674200.5, 1674200.5, "exact", null],
      ["22,240,260,310", 22240260310, 22240260310, 22240260310, "exact", null]
    ])
  })

  it("thousands grouped with a narrow space", () => {
    expectClaims("China's population is 1\u202f414\u202f021\u2009100, the bureau said.", [
      ["1\u202f414\u202f021\u2009100", 1414021100, 1414021100, 1414021100, "exact", null]
    ])
  })

  it("multipliers written after digits", () => {
    expectClaims("The startup raised $5.3m and now has 10k users.", [
      ["$5.3m", 5300000, 5300000, 5300000, "exact", "USD"],
      ["10k", 10000, 10000, 10000, "exact", null]
    ])
    expectClaims("The fund manages $4.5bn and expects 1.2b downloads.", [
      ["$4.5bn", 4500000000, 4500000000, 4500000000, "exact", "USD"],
      ["1.2b", 1200000000, 1200000000, 1200000000, "exact", null]
    ])
  })

  it("a negative figure", () => {
    expectClaims("Growth slowed to -0.3% in the quarter, and temperatures fell to minus 5 degrees.", [
      ["-0.3%", -0.3, -0.3, -0.3, "exact", "percent"],
      ["minus 5 degrees", -5, -5, -5, "exact", "°"]
    ])
  })
})

describe("spelled numbers", () => {
  it("units, teens, compounds", () => {
    expectClaims("Six police officers were injured, said Beatriz Marroquin.", [["Six", 6, 6, 6, "exact", null]])
    expectClaims("Twenty-six people died in the accident at Techiman.", [["Twenty-six", 26, 26, 26, "exact", null]])
    expectClaims("The club signed one hundred and twenty players over the decade.", [
      ["one hundred and twenty", 120, 120, 120, "exact", null]
    ])
  })

  it("`a` before a scale word, dozens", () => {
    expectClaims("A second group of more than a thousand people has started a similar journey from Guatemala.", [
      ["more than a thousand", 1000, 1000, null, "more_than", null]
    ])
    expectClaims("In less than an hour, Reuters reporters observed roughly two dozen people climb the fence.", [
      ["roughly two dozen", 24, null, null, "approximate", null]
    ])
  })

  it("halves of scales and of units", () => {
    expectClaims("The number crossing the perilous Darien Gap has topped half a million this year, double last year’s record.", [
      ["half a million", 500000, 500000, null, "more_than", null]
    ])
    expectClaims("Migrants began departing Huixtla, fanning out for about a mile and half on the road toward Mapastepec.", [
      ["about a mile and half", 1.5, null, null, "approximate", "mi"]
    ])
    expectClaims("The line of cars stretched for a mile and a half.", [["a mile and a half", 1.5, 1.5, 1.5, "exact", "mi"]])
    expectClaims("There are five and a half million fish in the lake.", [
      ["five and a half million", 5500000, 5500000, 5500000, "exact", null]
    ])
  })

  it("spoken decimals", () => {
    expectClaims("The striker's transfer fee was two point five million.", [
      ["two point five million", 2500000, 2500000, 2500000, "exact", null]
    ])
  })
})

describe("mixed forms", () => {
  it("digits with scale words", () => {
    expectClaims("Some 1.5 million people were displaced by the floods.", [["Some 1.5 million", 1500000, null, null, "approximate", null]])
    expectClaims("The Senate rejected a bill that would have provided $4.5 billion to address a surge in migration.", [
      ["$4.5 billion", 4500000000, 4500000000, 4500000000, "exact", "USD"]
    ])
    expectClaims("The company will hire 4 thousand 3 hundred and 21 workers.", [
      ["4 thousand 3 hundred and 21", 4321, 4321, 4321, "exact", null]
    ])
  })
})

describe("fractions and ratios", () => {
  it("`one in four` is a percentage (contract)", () => {
    expectClaims("Almost one in four female migrants told MSF they had experienced sexual violence on their journeys.", [
      ["Almost one in four", 25, null, 25, "almost", "percent"]
    ])
    expectClaims("The report found 4 in 10 adults had skipped meals, and three out of four recovered.", [
      ["4 in 10", 40, 40, 40, "exact", "percent"],
      ["three out of four", 75, 75, 75, "exact", "percent"]
    ])
  })

  it("a share of a whole is a percentage; a fraction of a scale or unit is a value", () => {
    expectClaims("Nearly two-thirds of voters approved the measure, while a third opposed it.", [
      ["Nearly two-thirds", 66.6666666667, null, 66.6666666667, "almost", "percent"],
      ["a third", 33.3333333333, 33.3333333333, 33.3333333333, "exact", "percent"]
    ])
    expectClaims("Almost half of the 1.2 million applicants were rejected.", [
      ["Almost half", 50, null, 50, "almost", "percent"],
      ["1.2 million", 1200000, 1200000, 1200000, "exact", null]
    ])
    expectClaims("The company is worth two thirds of a million dollars, and the pipe is 3/4 inch wide.", [
      ["two thirds of a million dollars", 666666.666667, 666666.666667, 666666.666667, "exact", "USD"],
      ["3/4 inch", 0.75, 0.75, 0.75, "exact", "in"]
    ])
  })

  it("`18 of 41 patients` gives two claims (contract)", () => {
    expectClaims("In September, 18 of 41 patients in Nuevo Laredo told MSF they had recently been kidnapped.", [
      ["18", 18, 18, 18, "exact", null],
      ["41", 41, 41, 41, "exact", null]
    ])
  })

  it("an ordinal before a noun is no fraction", () => {
    expectClaims("A third group broke through a gate, and a second group of more than 300 Salvadorans followed.", [
      ["more than 300", 300, 300, null, "more_than", null]
    ])
    expectClaims("In the first half of 2023, exports fell 8%.", [["8%", 8, 8, 8, "exact", "percent"]])
  })
})
