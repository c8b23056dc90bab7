/**
 * Sources at their fullest form in the article: pronouns, short names, unnamed roles, acronyms,
 * organisations from appositions and possessives, anonymous officials and cited media, on the seeds.
 */
import { assert, describe, it } from "@effect/vitest"
import type { ResolvedSource } from "../../pipeline/attribution/classify.ts"
import { cuesOfSentence, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, seed, written } from "./support.ts"

/** The source of the `n`-th cue of the sentence holding `phrase`, without its role. */
const sourceAt = (doc: ReturnType<typeof seed>, phrase: string, n = 0): Omit<ResolvedSource, "role"> | null => {
  const found = cuesOfSentence(doc, phrase)[n]?.source
  return found ? { type: found.type, name: found.name, org: found.org } : null
}

const person = (name: string, org: string | null = null) => ({ type: "person" as const, name, org })

describe("pronouns and short names", () => {
  const doc = seed(SEED_000)

  it("'he said' is the last person who spoke: Farhan Haq", () => {
    assert.deepStrictEqual(sourceAt(doc, "full respect for countries' rights to manage their own borders,\" he said"), person("Farhan Haq", "United Nations"))
    assert.deepStrictEqual(sourceAt(doc, "He said the UN refugee agency"), person("Farhan Haq", "United Nations"))
  })

  it("'said Haq' and 'Haq said' are Farhan Haq", () => {
    assert.deepStrictEqual(sourceAt(doc, "said Haq"), person("Farhan Haq", "United Nations"))
    assert.deepStrictEqual(sourceAt(doc, "Haq said those were the ground rules"), person("Farhan Haq", "United Nations"))
  })

  it("'Mensing' is Alex Mensing of Pueblo Sin Fronteras", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "which Mensing forecast would fragment"), person("Alex Mensing", "Pueblo Sin Fronteras"))
  })

  it("'Short added' is Marc Short, not the adjective", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Short added that the Trump administration"), person("Marc Short"))
  })

  it("'Lopez Obrador, however, said' is Andres Manuel Lopez Obrador", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Lopez Obrador, however, said"), person("Andres Manuel Lopez Obrador"))
  })

  it("'she said' after Rosa is Rosa; 'he said' after Luis García Villagrán's 'saying' is him", () => {
    const d = seed(SEED_002)
    assert.deepStrictEqual(sourceAt(d, "she said as she walked"), person("Rosa"))
    assert.deepStrictEqual(sourceAt(d, "he said, speaking alongside the caravan"), person("Luis García Villagrán"))
  })

  it("a pronoun takes the last speaker, not the last name mentioned", () => {
    // "Short added that the Trump administration ... “You should anticipate that happening today,” he said."
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "You should anticipate that happening today"), person("Marc Short"))
  })
})

describe("unnamed roles resolved to the named person", () => {
  const doc = seed(SEED_000)

  it("'a UN spokesman said' is the deputy spokesman the article names, Farhan Haq of the United Nations", () => {
    assert.deepStrictEqual(sourceAt(doc, "a UN spokesman said on Monday"), person("Farhan Haq", "United Nations"))
  })

  it("'The spokesman noted' is Farhan Haq", () => {
    assert.deepStrictEqual(sourceAt(doc, "The spokesman noted that 7,233"), person("Farhan Haq", "United Nations"))
  })

  it("an unnamed spokesperson nobody names is an unnamed person of the organisation (on the record, not anonymous)", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "a U.S. Customs and Border Protection spokesperson said"), {
      type: "person",
      name: "U.S. Customs and Border Protection spokesperson",
      org: "U.S. Customs and Border Protection"
    })
  })
})

describe("organisations from titles, appositions and possessives", () => {
  it("'IOM spokesman Joel Millman': the acronym the article defines is expanded", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_001), "IOM spokesman Joel Millman told VOA"), person("Joel Millman", "International Organization for Migration"))
  })

  it("'Alex Mensing of Pueblo Sin Fronteras, a group that ...'", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Alex Mensing of Pueblo Sin Fronteras, a group"), person("Alex Mensing", "Pueblo Sin Fronteras"))
  })

  it("'Sergio Martin, Mexico coordinator for MSF': MSF is Medecins Sans Frontieres (MSF)", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Sergio Martin, Mexico coordinator for MSF"), person("Sergio Martin", "Medecins Sans Frontieres"))
  })

  it("'Irineo Mujica, representative of the organization Pueblos Sin Fronteras'", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Irineo Mujica, representative of the organization"), person("Irineo Mujica", "Pueblos Sin Fronteras"))
  })

  it("'State Department spokesman Matthew Miller'", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_002), "according to State Department spokesman Matthew Miller"), person("Matthew Miller", "State Department"))
  })

  it("'Duke Energy spokesman Jeff Brooks': proper nouns before a lower-case role are the organisation", () => {
    const doc = written(
      "\"We have about 4,500 line workers out right now,\" said Duke Energy spokesman Jeff Brooks.\n\n" +
        "Interior Minister Ali Yerlikaya told reporters that about 1,200 buildings had collapsed.\n"
    )
    assert.deepStrictEqual(sourceAt(doc, "said Duke Energy spokesman Jeff Brooks"), person("Jeff Brooks", "Duke Energy"))
    // a capitalised title is no organisation
    assert.deepStrictEqual(sourceAt(doc, "Interior Minister Ali Yerlikaya told reporters"), person("Ali Yerlikaya"))
  })

  it("'the country's disaster agency AFAD said': the name, not whose it is or what kind", () => {
    const doc = written("A magnitude 6.8 earthquake struck western Turkey on Tuesday, killing at least 312 people, the country's disaster agency AFAD said.\n")
    assert.deepStrictEqual(sourceAt(doc, "the country's disaster agency AFAD said"), { type: "organization", name: "AFAD", org: "AFAD" })
  })

  it("'Mexico's interior ministry said in a statement' is an organisation, not a person called Mexico", () => {
    const org = "Mexico’s interior ministry"
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Mexico’s interior ministry said in a statement"), { type: "organization", name: org, org })
  })

  it("'UNICEF said', 'MSF found', 'Guatemala's government said'", () => {
    const doc = seed(SEED_004)
    assert.deepStrictEqual(sourceAt(doc, "UNICEF said in a statement"), { type: "organization", name: "UNICEF", org: "UNICEF" })
    const msf = "Medecins Sans Frontieres"
    assert.deepStrictEqual(sourceAt(doc, "MSF found 78%"), { type: "organization", name: msf, org: msf })
    const guatemala = "Guatemala’s government"
    assert.deepStrictEqual(sourceAt(doc, "Guatemala’s government said in a statement"), { type: "organization", name: guatemala, org: guatemala })
  })

  it("'A Chiapas church group said' is an organisation, not a person called Chiapas", () => {
    const name = "Chiapas church group"
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "A Chiapas church group said"), { type: "organization", name, org: name })
  })

  it("a title and name glued to the verb: 'Foreign Minister Marcelo Ebrard’said'", () => {
    const cues = cuesOfSentence(seed(SEED_004), "Foreign Minister Marcelo Ebrard’said on Monday")
    assert.deepStrictEqual(cues.map((c) => [c.cue, c.source?.name]), [["said", "Marcelo Ebrard"]])
  })

  it("a quoted title between subject and verb: 'Kirstjen Nielsen on “Fox News Sunday” said'", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Kirstjen Nielsen on “Fox News Sunday” said"), person("Kirstjen Nielsen"))
  })
})

describe("anonymous officials", () => {
  const doc = seed(SEED_004)
  const anonymous = (name: string, org: string | null = null) => ({ type: "anonymous_official" as const, name, org })

  it("'a U.S. official', 'The U.S. official, speaking ... on condition of anonymity'", () => {
    assert.deepStrictEqual(sourceAt(doc, "a U.S. official said on Thursday"), anonymous("U.S. official"))
    assert.deepStrictEqual(sourceAt(doc, "The U.S. official, speaking to Reuters"), anonymous("U.S. official"))
  })

  it("'A town official', 'local officials', 'Local first responders', 'officials warned'", () => {
    assert.deepStrictEqual(sourceAt(doc, "A town official said"), anonymous("town official"))
    assert.deepStrictEqual(sourceAt(doc, "according to local officials"), anonymous("local officials"))
    assert.deepStrictEqual(sourceAt(doc, "Local first responders said"), anonymous("local first responders"))
    assert.deepStrictEqual(sourceAt(doc, "and officials warned there was little room"), anonymous("officials"))
  })

  it("'the DHS official' is the Department of Homeland Security official named before", () => {
    const dhs = anonymous("Department of Homeland Security official", "Department of Homeland Security")
    assert.deepStrictEqual(sourceAt(doc, "A Department of Homeland Security official, speaking"), dhs)
    assert.deepStrictEqual(sourceAt(doc, "according to the DHS official"), dhs)
  })

  it("'White House officials had said'", () => {
    assert.deepStrictEqual(sourceAt(doc, "White House officials had said the bill"), anonymous("White House officials", "White House"))
  })
})

describe("cited media and unnamed people", () => {
  it("'The Arizona Central reports', 'the AZ Central said', 'according to TIME Magazine', 'NBC News reports'", () => {
    const doc = seed(SEED_003)
    const media = (name: string) => ({ type: "cited_media" as const, name, org: null })
    assert.deepStrictEqual(sourceAt(doc, "The Arizona Central reports that"), media("Arizona Central"))
    assert.deepStrictEqual(sourceAt(doc, "the AZ Central said"), media("AZ Central"))
    assert.deepStrictEqual(sourceAt(doc, "according to TIME Magazine"), media("TIME Magazine"))
    assert.deepStrictEqual(sourceAt(doc, "whom some caravan members believe", 1), media("NBC News"))
  })

  it("'Some media have put the number above 2,000', 'Published reports said'", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "Some media have put the number"), { type: "cited_media", name: "some media", org: null })
    assert.deepStrictEqual(sourceAt(seed(SEED_000), "Published reports said"), { type: "cited_media", name: "published reports", org: null })
  })

  it("'witnesses said' is a person source", () => {
    assert.deepStrictEqual(sourceAt(seed(SEED_004), "witnesses said"), { type: "person", name: "witnesses", org: null })
  })

  it("a phrase that names no one is no source ('last week said', 'signs that said')", () => {
    const doc = seed(SEED_004)
    assert.deepStrictEqual(cuesOfSentence(doc, "and last week said he would send troops").map((c) => c.source), [null])
    assert.deepStrictEqual(cuesOfSentence(doc, "carrying signs that said").map((c) => c.source), [null])
  })

  it("the publisher is not a cited outlet when its own staff speak", () => {
    const doc = written("TIJUANA, Mexico (Reuters) - A Reuters witness said 300 people crossed the fence.")
    assert.deepStrictEqual(sourceAt(doc, "A Reuters witness said"), { type: "publisher", name: null, org: null })
  })
})
