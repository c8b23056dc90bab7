/**
 * What is not a claim (the contract): dates and years, times, ages, ordinals, durations, the pronoun
 * `one`, numbers inside names and codes, page chrome, multiplicative words.
 */
import { assert, describe, it } from "@effect/vitest"
import { claimsIn, expectClaims, rejected } from "./support.ts"

const mentions = (text: string) => claimsIn(text).map((c) => c.text)

describe("dates and years", () => {
  it("dates in captions, datelines and body text", () => {
    assert.deepStrictEqual(mentions("Migrants hitchhike on a truck in Tapachula, Mexico Oct. 22, 2018. (Xinhua/REUTERS)"), [])
    assert.deepStrictEqual(mentions("UNITED NATIONS, Oct. 22 (Xinhua) -- The spokesman spoke on Monday."), [])
    assert.deepStrictEqual(mentions("The tariffs go into effect on June. 10 if a migration deal fails to materialize."), [])
    assert.deepStrictEqual(mentions("Mexico made a deal on June 7 with the United States, and the report was published on 14 March 2024."), [])
    assert.deepStrictEqual(mentions("Any time to meet on 5/17/2018? The file is dated 2018-10-22."), [])
  })

  it("years and decades, but a count of 4 digits before a plural noun stays a count", () => {
    assert.deepStrictEqual(mentions("MSF treated patients in 2018 and 2019, in the first nine months of 2019."), [])
    assert.deepStrictEqual(mentions("Trump pledged during the 2016 presidential race to build a wall; his 2020 re-election bid followed."), [])
    assert.deepStrictEqual(mentions("The law dates to the 1870s, and the military has done so since the 1980s."), [])
    assert.deepStrictEqual(mentions("Bard had 1988 sales of about $14 million."), ["about $14 million"])
    assert.deepStrictEqual(mentions("Officials counted 1500 migrants at the shelter."), ["1500"])
    assert.deepStrictEqual(mentions("Between 2016 and 2018, sales rose 15%."), ["15%"])
  })
})

describe("times, ages, ordinals", () => {
  it("times of day", () => {
    assert.deepStrictEqual(mentions("The group planned to head north at 3 am on Monday."), [])
    assert.deepStrictEqual(mentions("Dec 27, 2023 - 10:30"), [])
    assert.deepStrictEqual(mentions("The shooting happened at around 9:45 p.m. Saturday."), [])
  })

  it("ages", () => {
    // (`One person` counts the dead: a determiner `one` is a claim when it counts casualties)
    assert.deepStrictEqual(mentions("One person, Honduran Henry Adalid, 26, was killed."), ["One"])
    assert.deepStrictEqual(mentions("“It’s far,” said Honduran Bayron Baca, 26, pulling open a map."), [])
    assert.deepStrictEqual(
      mentions("Earlier, Karen Mayeni, a 29-year-old Honduran, sized up the fence while clinging to her three children, aged six, 11 and 12."),
      ["three"]
    )
    assert.deepStrictEqual(mentions("Maria Lopez, 34, and her son, 8, were rescued."), [])
  })

  it("races named by their distance", () => {
    assert.deepStrictEqual(mentions("Kenya's Faith Kipyegon broke the world record in the 1,500 meters on Friday."), [])
    assert.deepStrictEqual(mentions("She won the 100m final and the 200 metres freestyle."), [])
  })

  it("ordinals", () => {
    assert.deepStrictEqual(mentions("Tijuana absorbed Chinese immigrants in the 19th century, and Trump wants a second term."), [])
    assert.deepStrictEqual(mentions("A third group broke through a gate at the Guatemala border."), [])
  })
})

describe("durations", () => {
  it("a number of time units is a duration", () => {
    for (const text of [
      "Mexico made a deal, setting the clock ticking on a 45-day period for the government to make progress.",
      "U.S. officials granted Chinese exporters two more weeks to get their products into the United States.",
      "He said it is a normal annual event that has been going on for more than a decade.",
      "Migrants travelled north, just one day before senior US officials were scheduled to visit Mexico.",
      "Rows of police impeded the migrants’ path, prompting several hours of negotiations.",
      "“We’ll figure out what to do in a couple of days.” Ninety minutes later, she was over the fence.",
      "He was sentenced to 10 years in prison after a 24-hour standoff."
    ]) {
      assert.deepStrictEqual(mentions(text), [], text)
    }
    assert.deepStrictEqual(rejected("He served two more weeks.").map(([, why]) => why), ["duration"])
  })
})

describe("the pronoun one, names, codes, chrome, multiplicatives", () => {
  it("`one` as a pronoun or determiner is no count (contract)", () => {
    for (const text of [
      "It’s easier for them to fall into trafficking networks, and no one look for them.",
      "Some may hope to penetrate one of the most fortified sections of the border.",
      "“Stand on my head!” one migrant said, egging his companion on.",
      "One child and his mother got over the fence and ran up the hill behind."
    ]) {
      assert.deepStrictEqual(mentions(text), [], text)
    }
    // a qualified or measured one is a figure
    assert.deepStrictEqual(mentions("At least one more remains missing, one mile from the coast."), ["At least one", "one mile"])
  })

  it("numbers inside names and codes", () => {
    assert.deepStrictEqual(mentions("Homeland Security Secretary Kirstjen Nielsen on “Fox News Sunday” said Trump was determined."), [])
    assert.deepStrictEqual(mentions("Leaders met at the G20 summit to discuss COVID-19 and Title 42, near Route 66."), [])
    assert.deepStrictEqual(mentions("The Boeing 737 MAX 9 jets were grounded, and the F-35 program was reviewed."), [])
    // a count right before a model number: the count is a claim, the model number is not, nor one figure
    assert.deepStrictEqual(mentions("Boeing delivered 27 737 MAX jets in May."), ["27"])
    assert.deepStrictEqual(mentions("Kenya's population grew to 1 414 021 people, and 40 000 of them voted."), ["1 414 021", "40 000"])
    assert.deepStrictEqual(mentions("Call 1-800-555-0199 or visit www.example.com/2023/report for details."), [])
    assert.deepStrictEqual(mentions("The server at 192.168.1.2 runs version 2.4.1."), [])
  })

  it("page counters and multiplicative words", () => {
    assert.deepStrictEqual(mentions(" 0  15"), [])
    expectClaims("The number crossing the Darien Gap has topped half a million this year, double last year’s record.", [
      ["half a million", 500000, 500000, null, "more_than", null]
    ])
  })

  it("a hypothetical figure and a small count of known things are claims (contract)", () => {
    assert.deepStrictEqual(mentions("“It’s very unlikely that 10,000 people will arrive together at a border city,” he said."), ["10,000"])
    assert.deepStrictEqual(mentions("The two leaders said that more enforcement was needed."), ["two"])
  })
})
