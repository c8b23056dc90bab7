import { assert, describe, it } from "@effect/vitest"
import { annotate } from "../../pipeline/Nlp.ts"

/** The sentences Nlp.annotate gives for `text` (standing at `offset` in a document), as strings. */
const sentencesOf = (text: string, offset = 0): Array<string> =>
  annotate(text, offset).sentences.map((s) => text.slice(s.start - offset, s.end - offset))

describe("wink-nlp sentence faults, mended", () => {
  it("keeps \"Mexico-U.S.\" whole (wink splits after \"U.\")", () => {
    assert.deepStrictEqual(
      sentencesOf("The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border. Haq said those were the ground rules."),
      ["The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.", "Haq said those were the ground rules."]
    )
  })

  it("keeps a month abbreviation with its day (\"June. 10\")", () => {
    assert.deepStrictEqual(
      sentencesOf("The levies go into effect on June. 10 if a migration deal fails to materialize. Mexico is scrambling."),
      ["The levies go into effect on June. 10 if a migration deal fails to materialize.", "Mexico is scrambling."]
    )
    assert.deepStrictEqual(sentencesOf("Voters go to the polls on Nov. 6 in the midterm elections."), [
      "Voters go to the polls on Nov. 6 in the midterm elections."
    ])
  })

  it("keeps titles, numbers and initials inside the sentence", () => {
    assert.deepStrictEqual(
      sentencesOf("Gov. Greg Abbott said No. 2 on the list was Jim A. Smith. The Texas governor did not elaborate."),
      ["Gov. Greg Abbott said No. 2 on the list was Jim A. Smith.", "The Texas governor did not elaborate."]
    )
  })

  it("joins a quoted exclamation to its speaker", () => {
    assert.deepStrictEqual(sentencesOf("“Climb up. You can do it! Stand on my head!” one migrant said, egging his companion on."), [
      "“Climb up.",
      "You can do it!",
      "Stand on my head!” one migrant said, egging his companion on."
    ])
    assert.deepStrictEqual(
      sentencesOf("“I am bringing out the military for this National Emergency. They will be stopped!” Trump wrote on Twitter, referring to the migrants."),
      [
        "“I am bringing out the military for this National Emergency.",
        "They will be stopped!” Trump wrote on Twitter, referring to the migrants."
      ]
    )
  })

  it("breaks after \"U.S.\" or \"a.m.\" when the next word opens a sentence, not inside names", () => {
    assert.deepStrictEqual(
      sentencesOf("Trump is sending more than 8,000 troops to keep asylum seekers from entering the U.S. Millman said barriers do not deter border crossings."),
      [
        "Trump is sending more than 8,000 troops to keep asylum seekers from entering the U.S.",
        "Millman said barriers do not deter border crossings."
      ]
    )
    assert.deepStrictEqual(sentencesOf("The plant shut at 3 a.m. The company said 1,200 workers were sent home."), [
      "The plant shut at 3 a.m.",
      "The company said 1,200 workers were sent home."
    ])
    assert.deepStrictEqual(sentencesOf("Officials at the U.S. Army said 5,200 active-duty troops would deploy to the U.S. border."), [
      "Officials at the U.S. Army said 5,200 active-duty troops would deploy to the U.S. border."
    ])
  })

  it("leaves real breaks alone", () => {
    assert.deepStrictEqual(
      sentencesOf("Shares of Apple Inc. rose 3% on Tuesday. The company sold 52 million iPhones in the quarter. Analysts expected 48 million."),
      [
        "Shares of Apple Inc. rose 3% on Tuesday.",
        "The company sold 52 million iPhones in the quarter.",
        "Analysts expected 48 million."
      ]
    )
  })

  it("keeps a break that lacks its space when no acronym is cut", () => {
    assert.deepStrictEqual(sentencesOf("They reached the border.The next day 300 more arrived."), [
      "They reached the border.",
      "The next day 300 more arrived."
    ])
  })

  it("gives document offsets", () => {
    const text = "Rescuers pulled 14 people from the rubble. Another 30 are missing."
    const annotated = annotate(text, 1000)
    const second = text.indexOf("Another")
    assert.deepStrictEqual(annotated.sentences, [
      { start: 1000, end: 1000 + second - 1 },
      { start: 1000 + second, end: 1000 + text.length }
    ])
    for (const token of annotated.tokens) assert.strictEqual(text.slice(token.start - 1000, token.end - 1000), token.text)
  })
})
