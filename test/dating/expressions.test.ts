/** Which date expressions name one day, on sentences of the seeds (chrono-node finds them; the policy filters). */
import { assert, describe, it } from "@effect/vitest"
import { type DayExpression, dayExpressions, resolveDay } from "../../pipeline/dating/expressions.ts"

const expressionsIn = (sentence: string, published: string | null, masked: ReadonlyArray<string> = []): ReadonlyArray<DayExpression> =>
  dayExpressions(
    sentence,
    0,
    sentence.length,
    masked.map((m) => ({ start: sentence.indexOf(m), end: sentence.indexOf(m) + m.length })),
    published
  )

const daysIn = (sentence: string, published: string | null, masked: ReadonlyArray<string> = []) =>
  expressionsIn(sentence, published, masked).map((e) => [sentence.slice(e.start, e.end), resolveDay(e, published)])

describe("day expressions", () => {
  it("weekdays resolve to the most recent such day on or before the published date", () => {
    assert.deepStrictEqual(
      daysIn("On Tuesday, thousands of migrants and asylum seekers travelled steadily north", "2023-12-27"),
      [["On Tuesday", "2023-12-26"]]
    )
    assert.deepStrictEqual(
      daysIn("A town official said there had been 5,300 migrants in Mapastepec on Wednesday night.", "2018-10-25", ["5,300"]),
      [["on Wednesday night", "2018-10-24"]]
    )
    assert.deepStrictEqual(
      daysIn("Mexico’s Interior Minister Alfonso Navarrete told reporters on Sunday evening that federal police", "2018-10-28"),
      [["on Sunday evening", "2018-10-28"]]
    )
  })

  it("a weekday chrono merges with a part of day: 'clustered for the night on Wednesday'", () => {
    assert.deepStrictEqual(
      daysIn("Central American migrants clustered for the night on Wednesday in a southern Mexico town", "2018-10-24"),
      [["night on Wednesday", "2018-10-24"]]
    )
  })

  it("yesterday, today, now and currently are relative to the published date", () => {
    assert.deepStrictEqual(daysIn("As negotiations continued yesterday, we were more encouraged", "2019-06-07"), [["yesterday", "2019-06-06"]])
    assert.deepStrictEqual(daysIn("“You should anticipate that happening today,” he said.", "2019-06-07"), [["today", "2019-06-07"]])
    assert.deepStrictEqual(
      daysIn("There are currently 2,100 National Guard troops along the borders", "2018-10-18", ["2,100"]),
      [["currently", "2018-10-18"]]
    )
    assert.deepStrictEqual(daysIn("The group is now around 190 miles north of the Guatemalan border", "2018-10-30", ["around 190 miles"]), [["now", "2018-10-30"]])
  })

  it("an explicit date keeps its own year, or takes the one nearest the published date", () => {
    assert.deepStrictEqual(daysIn("Tijuana, Mexico, December 3, 2018. REUTERS/Alkis Konstantinidis", null), [["December 3, 2018", "2018-12-03"]])
    assert.deepStrictEqual(daysIn("from San Pedro Sula on Oct. 13, swelled into the thousands", "2018-10-24"), [["Oct. 13", "2018-10-13"]])
  })

  it("no day without a published date, except a full date", () => {
    assert.deepStrictEqual(daysIn("A town official said there had been 5,300 migrants in Mapastepec on Wednesday night.", null, ["5,300"]), [
      ["on Wednesday night", null]
    ])
  })

  it("spans of days, habits, months, years and relative offsets are times, but not a day", () => {
    const none = (sentence: string) => {
      const found = expressionsIn(sentence, "2018-11-19")
      assert.isAbove(found.length, 0, sentence)
      assert.deepStrictEqual(found.map((e) => [e.kind, resolveDay(e, "2018-11-19")]), found.map(() => ["span", null]), sentence)
      return found.map((e) => e.kind === "span" && e.offset)
    }
    // offsets from the story's time, and periods
    assert.deepStrictEqual(none("Last week, Trump suspended the granting of asylum to migrants who cross the U.S.-Mexico border illegally."), [true])
    assert.deepStrictEqual(none("In Mexico City, a liter of milk cost 22 pesos a year ago."), [true])
    assert.deepStrictEqual(none("The economy added 275,000 jobs in February"), [false])
    none("A Reuters reporter near the border this weekend saw a handful of officials")
    none("Tensions began brewing several days ago when residents complained")
    none("The U.S. Senate rejected a bill approved a day earlier by the House")
    none("Also in April, Trump raised the prospect of sending active-duty military forces")
    none("The number crossing the perilous Darien Gap has topped half a million this year")
  })

  it("a year alone and a habit are not read as a time at all", () => {
    assert.deepStrictEqual(expressionsIn("some 3,000 Haitians settled in the city in 2016", "2018-11-19", ["some 3,000"]), [])
    assert.deepStrictEqual(expressionsIn("with tens of thousands Mexicans heading every day into the United States", "2018-11-19"), [])
  })

  it("a weekday inside a name is not a day: 'Fox News Sunday'", () => {
    assert.deepStrictEqual(expressionsIn("Homeland Security Secretary Kirstjen Nielsen on “Fox News Sunday” said Trump was determined", "2018-10-28"), [])
  })

  it("figures are blanked out first: 'On Monday, 15 of 26' is a day, not 3 pm; 'In September, 18' is no day", () => {
    assert.deepStrictEqual(
      daysIn("By dawn on Monday, 15 of 26 vehicle lanes had reopened at the San Ysidro crossing", "2018-11-19", ["15", "26"]),
      [["on Monday", "2018-11-19"]]
    )
    assert.deepStrictEqual(
      daysIn("In September, 18 of 41 patients in Nuevo Laredo told MSF", "2019-10-01", ["18", "41"]),
      [["September", null]]
    )
  })
})
