/**
 * Event dates: which expression dates which claim (pipeline/dating/eventDate.ts), on the seeds and on
 * realistic sentences with a given published date.
 */
import { assert, describe, it } from "@effect/vitest"
import { attributeDocument } from "../../pipeline/attribution/attribute.ts"
import { dateDocument } from "../../pipeline/Dater.ts"
import { articlePublisher } from "../../pipeline/dating/published.ts"
import type { SegmentedDocument } from "../../pipeline/model.ts"
import { type Locate, mentionOf, SEED_000, SEED_002, SEED_004, seed, written } from "../attribution/support.ts"

const eventDateOf = (doc: SegmentedDocument, mention: string, locate: Locate = {}): string | null => {
  const mentions = [mentionOf(doc, mention, locate)]
  const attributed = attributeDocument(doc, mentions, (article) => articlePublisher(doc, article))
  return dateDocument(doc, mentions, attributed).eventDates[0]!
}

/** A one-article story published on Thursday 2018-10-25 (the contract's example). */
const thursdayStory = (body: string) => written(body, { published: "2018-10-25" })

describe("a day cue in an article dated only by its photo caption", () => {
  // The caption dates the scene (Tuesday 2025-03-04); the story reports the next day too.
  const quake = written(
    "Powerful quake kills hundreds in western Turkey\n\n" +
      "ISTANBUL (Reuters) \u2013 A magnitude 6.8 earthquake struck western Turkey on Tuesday, killing at least 312 people, the disaster agency AFAD said.\n\n" +
      "Rescue workers pull a survivor from a collapsed building in Izmir, Turkey, March 4, 2025. REUTERS/Murad Sezer\n\n" +
      "Turkey's lira fell 1.5% against the dollar on Wednesday, while Hundreds of aftershocks were felt on Sunday night.\n"
  )

  it("takes the weekday nearest the caption's day, which the story may follow", () => {
    assert.strictEqual(eventDateOf(quake, "at least 312"), "2025-03-04")
    assert.strictEqual(eventDateOf(quake, "1.5%", { unit: "percent", category: "percentage" }), "2025-03-05")
    assert.strictEqual(eventDateOf(quake, "Hundreds"), "2025-03-02")
  })

  it("dates a participle clause by the clause it hangs on, unless the participle is a preposition", () => {
    const story = written(
      "A new group of migrants set off from El Salvador and crossed into Guatemala on Sunday, following thousands of other Central Americans who have taken similar journeys in recent weeks.\n\n" +
        "A magnitude 6.8 earthquake struck western Turkey on Tuesday, killing at least 312 people and injuring more than 2,400.\n",
      { published: "2025-03-05" }
    )
    assert.isNull(eventDateOf(story, "thousands"))
    assert.strictEqual(eventDateOf(story, "at least 312", { category: "casualties" }), "2025-03-04")
    assert.strictEqual(eventDateOf(story, "more than 2,400", { category: "casualties" }), "2025-03-04")
  })
})

describe("a day cue in the figure's clause", () => {
  it("'on Wednesday' in an article dated Thursday 2018-10-25 gives 2018-10-24", () => {
    assert.strictEqual(eventDateOf(thursdayStory("A town official said there had been 5,300 migrants in Mapastepec on Wednesday night."), "5,300"), "2018-10-24")
  })

  it("'on Sunday evening', 'yesterday', 'today'", () => {
    const doc = thursdayStory(
      "Police counted 1,200 people at the shelter on Sunday evening. About 400 more arrived yesterday, officials said. " +
        "Some 250 people are expected to leave the camp, and 90 remain there today."
    )
    assert.strictEqual(eventDateOf(doc, "1,200"), "2018-10-21")
    assert.strictEqual(eventDateOf(doc, "About 400"), "2018-10-24")
    assert.strictEqual(eventDateOf(doc, "90"), "2018-10-25")
  })

  it("'now' and 'currently' give the published date", () => {
    const doc = written("There are currently 2,100 National Guard troops along the borders of Texas, New Mexico, Arizona and California.", {
      published: "2018-10-18"
    })
    assert.strictEqual(eventDateOf(doc, "2,100"), "2018-10-18")
  })

  it("a time that is no one day in the figure's clause stops the search: 'up from 22 pesos a year ago'", () => {
    const doc = written("In Mexico City, a liter of milk now costs 28 pesos, up from 22 pesos a year ago.", { published: "2024-02-15" })
    assert.strictEqual(eventDateOf(doc, "28 pesos"), "2024-02-15")
    assert.strictEqual(eventDateOf(doc, "22 pesos"), null)
  })

  it("a period is not a day, and does not stop the search: 'added 275,000 jobs in February, the Labor Department said on Friday'", () => {
    const doc = written("The economy added 275,000 jobs in February, the Labor Department said on Friday.", { published: "2024-03-08" })
    assert.strictEqual(eventDateOf(doc, "275,000"), "2024-03-08")
  })

  it("'now' anywhere in the sentence dates its figures: '... between 3,500 and 7,000, who ... are now in southern Mexico'", () => {
    assert.strictEqual(eventDateOf(seed(SEED_004), "between 3,500 and 7,000"), "2018-10-28")
  })

  it("'last week' and 'this week' give no day", () => {
    const doc = thursdayStory("Last week, 300 migrants crossed the river. Tijuana opened a shelter for 360 people that arrived this week.")
    assert.strictEqual(eventDateOf(doc, "300"), null)
    assert.strictEqual(eventDateOf(doc, "360"), null)
  })

  it("an explicit date: 'a march of a few hundred people ... on Oct. 13'", () => {
    assert.strictEqual(eventDateOf(seed(SEED_004), "a few hundred"), "2018-10-13")
  })

  it("a day in another clause of the sentence does not date the figure", () => {
    // "..., swelled into the thousands": the Oct. 13 belongs to the relative clause
    assert.strictEqual(eventDateOf(seed(SEED_004), "thousands", { after: "San Pedro Sula on Oct. 13" }), null)
  })
})

describe("a day cue elsewhere in the sentence or article", () => {
  it("an opening adverbial dates the sentence: 'On Tuesday, thousands ...', 'By dawn on Monday, 15 of 26 ...'", () => {
    assert.strictEqual(eventDateOf(seed(SEED_002), "thousands"), "2023-12-26")
    assert.strictEqual(eventDateOf(seed(SEED_004), "15", { after: "By dawn on Monday" }), "2018-11-19")
  })

  it("the attributing cue's clause: '..., a UN spokesman said on Monday'", () => {
    assert.strictEqual(eventDateOf(seed(SEED_000), "more than 7,000"), "2018-10-22")
  })

  it("the one day the source spoke: 'The spokesman noted that 7,233 ...' (Haq spoke on Monday)", () => {
    assert.strictEqual(eventDateOf(seed(SEED_000), "7,233"), "2018-10-22")
  })

  it("no source day when the source spoke on two days", () => {
    const doc = thursdayStory(
      "A UN spokesman said on Monday that 7,000 people were marching. The spokesman said on Wednesday that 9,000 were in Mexico. " +
        "The spokesman noted that 2,000 children were among them."
    )
    assert.strictEqual(eventDateOf(doc, "7,000"), "2018-10-22")
    assert.strictEqual(eventDateOf(doc, "2,000"), null)
  })

  it("a time of day continues the scene of the last day named: 'Just before dusk, three thin people ...'", () => {
    const doc = seed(SEED_004)
    assert.strictEqual(eventDateOf(doc, "three", { after: "Just before dusk, " }), "2018-12-03")
    assert.strictEqual(eventDateOf(doc, "roughly two dozen"), "2018-12-03")
    // "... clustered for the night on Wednesday ..." / "Thousands of men ... shuffled throughout the afternoon ..."
    assert.strictEqual(eventDateOf(doc, "Thousands", { after: "Mexico’s vows to hinder" }), "2018-10-24")
  })

  it("a caption's own date dates the claims in that caption", () => {
    const doc = seed(SEED_004)
    assert.strictEqual(eventDateOf(doc, "thousands", { after: "Migrants from Honduras, part of a caravan of" }), "2018-12-03")
    assert.strictEqual(eventDateOf(doc, "thousands", { after: "sit in a bus while the bus stop" }), null)
    assert.strictEqual(eventDateOf(doc, "thousands", { after: "Migrants, part of a caravan of thousands traveling" }), "2018-11-15")
  })
})

describe("no event date", () => {
  it("distances and heights are fixed facts", () => {
    const doc = seed(SEED_004)
    assert.strictEqual(eventDateOf(doc, "about 1,500 feet", { unit: "ft", category: "distance" }), null)
    assert.strictEqual(eventDateOf(doc, "approximately 10-foot", { unit: "ft", category: "distance" }), null)
    // the same figure as a count would be dated by the Monday of its sentence
    assert.strictEqual(eventDateOf(doc, "about 1,500"), "2018-12-03")
  })

  it("threats, pledges, plans and hypotheses", () => {
    const doc = seed(SEED_004)
    assert.strictEqual(eventDateOf(doc, "5%", { after: "has warned that tariffs of" }), null)
    assert.strictEqual(eventDateOf(doc, "at least $300 billion"), null)
    assert.strictEqual(eventDateOf(doc, "6,000", { after: "Mexico has pledged" }), null)
    assert.strictEqual(eventDateOf(doc, "10,000", { after: "It’s very unlikely that" }), null)
    assert.strictEqual(eventDateOf(doc, "around 10,000"), null)
  })

  it("no published date, no weekday resolution: 'on Wednesday night' in the undated military article", () => {
    assert.strictEqual(eventDateOf(seed(SEED_004), "5,300"), null)
  })

  it("no day cue covers the figure", () => {
    assert.strictEqual(eventDateOf(seed(SEED_000), "thousands"), null)
    assert.strictEqual(eventDateOf(seed(SEED_002), "half a million"), null)
  })
})
