/**
 * Speech and report cues in every position, on real sentences of the seeds: who a figure is attributed
 * to and by which words. Figures are located by hand (see support.ts).
 */
import { assert, describe, it } from "@effect/vitest"
import { attributeDocument } from "../../pipeline/attribution/attribute.ts"
import { articlePublisher } from "../../pipeline/dating/published.ts"
import type { Attribution, SegmentedDocument } from "../../pipeline/model.ts"
import { cuesOfSentence, type Locate, mentionOf, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, seed, written } from "./support.ts"

const attributionOf = (doc: SegmentedDocument, mention: string, locate: Locate = {}): Attribution => {
  const m = mentionOf(doc, mention, locate)
  return attributeDocument(doc, [m], (a) => articlePublisher(doc, a)).mentions[0]!.attribution
}

const expectSource = (got: Attribution, name: string | null, type: Attribution["type"], cue: string | null, org: string | null = null) => {
  assert.deepStrictEqual(got, { name, org, type, cue })
}

describe("cue positions", () => {
  it("X said (that) ...: the figure in the complement", () => {
    expectSource(attributionOf(seed(SEED_004), "5,300"), "town official", "anonymous_official", "said")
  })

  it("..., said X: an inverted reporting clause after the figure", () => {
    expectSource(attributionOf(seed(SEED_004), "Six", { after: "Tecun Uman on Sunday" }), "Beatriz Marroquin", "person", "said")
  })

  it("..., X said on Monday: a set-off reporting clause after the figure", () => {
    expectSource(attributionOf(seed(SEED_000), "more than 7,000"), "Farhan Haq", "person", "said", "United Nations")
  })

  it("X told reporters", () => {
    const cues = cuesOfSentence(seed(SEED_004), "Alfonso Navarrete told reporters")
    assert.deepStrictEqual(cues.map((c) => [c.cue, c.source?.name, c.source?.type]), [["told reporters", "Alfonso Navarrete", "person"]])
    const doc = written("Farhan Haq, Guterres' deputy spokesman, told reporters that 7,233 people are marching toward the border.")
    expectSource(attributionOf(doc, "7,233"), "Farhan Haq", "person", "told reporters")
  })

  it("X said in a statement", () => {
    const doc = seed(SEED_004)
    expectSource(attributionOf(doc, "about 3,630"), "Mexico’s interior ministry", "organization", "said in a statement", "Mexico’s interior ministry")
    expectSource(attributionOf(doc, "An estimated 2,300"), "UNICEF", "organization", "said in a statement", "UNICEF")
  })

  it("according to X, after the figure and before it", () => {
    expectSource(attributionOf(seed(SEED_004), "About 6,000"), "local officials", "anonymous_official", "according to")
    const doc = written("According to the International Organization for Migration, about 7,000 migrants are in the caravan.")
    expectSource(
      attributionOf(doc, "about 7,000"),
      "International Organization for Migration",
      "organization",
      "according to",
      "International Organization for Migration"
    )
  })

  it("X estimated (but not 'an estimated N' or 'estimated to number')", () => {
    const doc = written("The United Nations estimated that 7,000 people were traveling with the caravan.")
    expectSource(attributionOf(doc, "7,000"), "United Nations", "organization", "estimated", "United Nations")
    const seed004 = seed(SEED_004)
    expectSource(attributionOf(seed004, "between 3,500 and 7,000"), null, "publisher", null)
    expectSource(attributionOf(seed004, "an estimated 810"), null, "publisher", null)
  })

  it("X reports that ... / ..., X reports.", () => {
    expectSource(attributionOf(seed(SEED_003), "between five and seven thousand"), "Arizona Central", "cited_media", "reports", "Arizona Central")
    const cues = cuesOfSentence(seed(SEED_003), "whom some caravan members believe")
    assert.deepStrictEqual(cues.at(-1)?.cue, "reports")
    assert.deepStrictEqual(cues.at(-1)?.source?.name, "NBC News")
    // "reports of a missing child" and "had heard reports" are nouns, not cues
    assert.isFalse(cuesOfSentence(seed(SEED_004), "had heard reports some migrants").some((c) => c.cue === "reports"))
  })

  it("X, speaking on condition of anonymity, said", () => {
    const doc = seed(SEED_004)
    expectSource(attributionOf(doc, "between 800 and 1,000"), "U.S. official", "anonymous_official", "said")
    const cues = cuesOfSentence(doc, "A Department of Homeland Security official, speaking on condition")
    assert.deepStrictEqual(cues[0]?.source, {
      type: "anonymous_official",
      name: "Department of Homeland Security official",
      org: "Department of Homeland Security",
      role: "official"
    })
  })

  it("a quotation followed by 'he said'", () => {
    expectSource(attributionOf(seed(SEED_004), "10,000", { after: "It’s very unlikely that" }), "Alex Mensing", "person", "told", "Pueblo Sin Fronteras")
  })

  it("a quoted figure whose cue is in the next sentence of the paragraph", () => {
    expectSource(attributionOf(seed(SEED_001), "hundreds of miles"), "Joel Millman", "person", "said", "International Organization for Migration")
  })

  it("a quoted sentence whose cue is in the previous sentence of the paragraph", () => {
    // "“We’re just observing ...,” Mayeni said. “We’ll figure out what to do in a couple of days.”"
    expectSource(attributionOf(seed(SEED_004), "a couple", { after: "We’ll figure out" }), "Karen Mayeni", "person", "said")
  })

  it("a paragraph that is all quotation continues the speaker of the paragraph before", () => {
    const doc = written(
      "“We think that there are people who are suffering more violence,” said Sergio Martin, Mexico coordinator for MSF.\n\n" +
        "“About 300 of our patients were kidnapped this year.”"
    )
    expectSource(attributionOf(doc, "About 300"), "Sergio Martin", "person", "said", "MSF")
  })

  it("a figure outside any quotation takes no cue from the next sentence", () => {
    expectSource(attributionOf(seed(SEED_001), "more than 8,000"), null, "publisher", null)
  })
})

describe("figures the outlet states itself", () => {
  it("a sentence with no cue", () => {
    expectSource(attributionOf(seed(SEED_004), "6,000", { after: "Mexico has pledged" }), null, "publisher", null)
    expectSource(attributionOf(seed(SEED_002), "thousands"), null, "publisher", null)
  })

  it("the outlet's own reporters", () => {
    const doc = written("WASHINGTON (Reuters) - Reuters reporters counted 2,000 people at the rally, a U.S. official said.")
    const cues = cuesOfSentence(doc, "Reuters reporters counted")
    assert.deepStrictEqual(cues.map((c) => c.source?.type), ["publisher", "anonymous_official"])
  })

  it("a figure inside the source phrase itself ('the two leaders said')", () => {
    expectSource(attributionOf(seed(SEED_002), "two", { after: "during which the" }), null, "publisher", null)
  })

  it("testimony in the subject of a speech verb ('18 of 41 patients ... told MSF')", () => {
    expectSource(attributionOf(seed(SEED_004), "18", { after: "In September, " }), null, "publisher", null)
    expectSource(attributionOf(seed(SEED_004), "Almost one in four"), null, "publisher", null)
  })

  it("a clause the writer adds after the complement (', where ...')", () => {
    expectSource(attributionOf(seed(SEED_003), "several thousand"), null, "publisher", null)
  })

  it("a speech verb in a headline attributes nothing in the body", () => {
    const doc = seed(SEED_004)
    const headline = cuesOfSentence(doc, "Mexico says it will finish National Guard roll-out")
    assert.deepStrictEqual(headline, [])
  })
})
