/** Qualifiers before, after and around figures; ranges in every common form; vague quantities by the fixed table. */
import { describe, it } from "@effect/vitest"
import { expectClaims } from "./support.ts"

describe("qualifiers", () => {
  it("cue words before the number are part of the mention", () => {
    expectClaims("Trump is sending more than 8,000 troops to the southern border with Mexico.", [
      ["more than 8,000", 8000, 8000, null, "more_than", null]
    ])
    expectClaims("Trump has sent some 5,800 troops to “harden” the border.", [["some 5,800", 5800, null, null, "approximate", null]])
    expectClaims("An estimated 2,300 children were traveling with the migrant caravan, UNICEF said.", [
      ["An estimated 2,300", 2300, null, null, "approximate", null]
    ])
    expectClaims("MSF found 78% of almost 3,700 patients showed signs of exposure to violence.", [
      ["78%", 78, 78, 78, "exact", "percent"],
      ["almost 3,700", 3700, null, 3700, "almost", null]
    ])
    expectClaims("Nissan Motor Co. is planning to cut up to 700 contract workers.", [["up to 700", 700, null, 700, "at_most", null]])
    expectClaims("Trump will hit Beijing with tariffs on at least $300 billion in Chinese goods.", [
      ["at least $300 billion", 300000000000, 300000000000, null, "at_least", "USD"]
    ])
    expectClaims("Fewer than a thousand giant pandas still live in the wild, and nearly 80% of their habitat is protected.", [
      ["Fewer than a thousand", 1000, null, 1000, "less_than", null],
      ["nearly 80%", 80, null, 80, "almost", "percent"]
    ])
  })

  it("verbs carry a qualifier but stay outside the mention", () => {
    expectClaims("The death toll has exceeded 1,000, and the number of displaced surpassed 2 million on Friday.", [
      ["1,000", 1000, 1000, null, "more_than", null],
      ["2 million", 2000000, 2000000, null, "more_than", null]
    ])
    expectClaims("Global box-office sales topped $1 billion in the film's second weekend.", [
      ["$1 billion", 1000000000, 1000000000, null, "more_than", "USD"]
    ])
  })

  it("after a verb of change, `up to` names the new level and qualifies nothing", () => {
    expectClaims("Employers added 151,000 jobs in February, and the unemployment rate edged up to 4.1%.", [
      ["151,000", 151000, 151000, 151000, "exact", null],
      ["4.1%", 4.1, 4.1, 4.1, "exact", "percent"]
    ])
    expectClaims("The World Health Organization said up to 40,000 people could need medical care.", [
      ["up to 40,000", 40000, null, 40000, "at_most", null]
    ])
  })

  it("`passed` is a threshold only before a figure with no noun of its own", () => {
    expectClaims("Nvidia's market value passed $2 trillion, and the Senate passed 12 bills.", [
      ["$2 trillion", 2000000000000, 2000000000000, null, "more_than", "USD"],
      ["12", 12, 12, 12, "exact", null]
    ])
    expectClaims("The measure passed 68 to 32.", [
      ["68", 68, 68, 68, "exact", null],
      ["32", 32, 32, 32, "exact", null]
    ])
  })

  it("`plus or minus` is a margin, not a sign", () => {
    expectClaims("The margin of error is plus or minus 3 percentage points.", [["3 percentage points", 3, 3, 3, "exact", "pp"]])
  })

  it("words after the number", () => {
    expectClaims("Residents complained about a group of 80 or so LGBT migrants who broke away from the caravan.", [
      ["80 or so", 80, null, null, "approximate", null]
    ])
    expectClaims("The festival drew 50-plus bands, 500 or more fans a night and 80-odd food stalls.", [
      ["50-plus", 50, 50, null, "at_least", null],
      ["500 or more", 500, 500, null, "at_least", "per night"],
      ["80-odd", 80, null, null, "approximate", null]
    ])
    expectClaims("An average of 3,000 people a day crossed the bridge.", [["An average of 3,000", 3000, null, null, "approximate", "per day"]])
  })
})

describe("ranges", () => {
  it("between x and y, with a shared multiplier", () => {
    expectClaims("The U.S. military was examining a request that could require deploying between 800 and 1,000 active-duty troops.", [
      ["between 800 and 1,000", null, 800, 1000, "range", null]
    ])
    expectClaims("The caravan, which now numbers between five and seven thousand people, ran into a police blockade.", [
      ["between five and seven thousand", null, 5000, 7000, "range", null]
    ])
    expectClaims("A larger group of mostly Hondurans, estimated to number between 3,500 and 7,000, left in mid-October.", [
      ["between 3,500 and 7,000", null, 3500, 7000, "range", null]
    ])
  })

  it("x to y, x-y, from x to y, shared units and scales", () => {
    expectClaims("Analysts expect 3,500 to 7,000 job cuts, or 3,500-7,000 by another count.", [
      ["3,500 to 7,000", null, 3500, 7000, "range", null],
      ["3,500-7,000", null, 3500, 7000, "range", null]
    ])
    expectClaims("Officials have restricted applications to between 40 and 100 per day.", [
      ["between 40 and 100", null, 40, 100, "range", "per day"]
    ])
    expectClaims("Each site will take from 40 to 100 workers, and the plan costs $3-5 billion.", [
      ["from 40 to 100", null, 40, 100, "range", null],
      ["$3-5 billion", null, 3000000000, 5000000000, "range", "USD"]
    ])
    expectClaims("The hurricane brought a storm surge of 10 to 15 feet.", [["10 to 15 feet", null, 10, 15, "range", "ft"]])
  })

  it("after a verb of change, `x to y` is a change and a level; `from x to y` stays a range (contract table)", () => {
    expectClaims("Inflation rose from 3.2% to 3.7% in August.", [["from 3.2% to 3.7%", null, 3.2, 3.7, "range", "percent"]])
    expectClaims("Brent crude rose $1.20 to $85.40 a barrel.", [
      ["$1.20", 1.2, 1.2, 1.2, "exact", "USD"],
      ["$85.40", 85.4, 85.4, 85.4, "exact", "USD"]
    ])
  })

  it("two bounds make one range", () => {
    expectClaims("The number is larger than twenty and less or equal than thirty five.", [
      ["larger than twenty and less or equal than thirty five", null, 20, 35, "range", null]
    ])
  })

  it("a score is neither a range nor two figures", () => {
    expectClaims("Messi scored twice as Argentina won 3-1 before 65,000 fans.", [["65,000", 65000, 65000, 65000, "exact", null]])
  })
})

describe("vague quantities (the contract's fixed table)", () => {
  it("plural scale words", () => {
    expectClaims("What is unusual about this trek of thousands of men, women and children is that it began spontaneously.", [
      ["thousands", null, 2000, null, "vague", null]
    ])
    expectClaims("It was one of the busiest crossings, with tens of thousands Mexicans heading every day into the United States.", [
      ["tens of thousands", null, 20000, null, "vague", "per day"]
    ])
    expectClaims("Dozens of police arrived at the scene, and hundreds of thousands watched online.", [
      ["Dozens", null, 24, null, "vague", null],
      ["hundreds of thousands", null, 200000, null, "vague", null]
    ])
    expectClaims("They are hundreds of miles away.", [["hundreds of miles", null, 200, null, "vague", "mi"]])
  })

  it("several and a few: twice the multiplier; bare, no bound", () => {
    expectClaims("The caravan began as a march of a few hundred people and now has several thousand members.", [
      ["a few hundred", null, 200, null, "vague", null],
      ["several thousand", null, 2000, null, "vague", null]
    ])
    expectClaims("A Reuters reporter saw a handful of officials wearing National Guard insignia.", [
      ["a handful", null, null, null, "vague", null]
    ])
    expectClaims("Several migrants said they were headed to the United States.", [["Several", null, null, null, "vague", null]])
  })
})
