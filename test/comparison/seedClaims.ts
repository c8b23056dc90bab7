/**
 * Claims built by hand from the seeds' own sentences, as the extractor, attributor and dater should emit
 * them (figures, sources and dates read off the text by a person). Spans are real: every sentence is looked
 * up in the seed file and every mention inside its sentence, so a typo here fails loudly.
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Category, Claim, PublishedBasis, Quantity, SourceType } from "../../schemas/Claim.ts"

const seedsDir = join(import.meta.dirname, "../../seeds")

export const SEED = {
  un: "000_8af703ce3f31ec0b.txt",
  iom: "001_af23199f87a247d1.txt",
  chiapas2023: "002_2ec3e803b5d2f7b8.txt",
  azcentral: "003_8c3fdc2996188961.txt",
  reuters: "004_9c667aca175d9670.txt"
} as const

const texts = new Map<string, string>()
export const seedText = (doc: string): string => {
  const cached = texts.get(doc)
  if (cached !== undefined) return cached
  const text = readFileSync(join(seedsDir, doc), "utf8")
  texts.set(doc, text)
  return text
}

interface ArticleInfo {
  readonly doc: string
  readonly index: number
  readonly title: string
  readonly publisher: string | null
  readonly published: string | null
  readonly basis: PublishedBasis
}

/** The articles the figures below come from, with the dates a careful reader gives them. */
export const ARTICLES = {
  un: { doc: SEED.un, index: 1, title: "", publisher: "Xinhua", published: "2018-10-22", basis: "dateline" },
  iom: { doc: SEED.iom, index: 1, title: "", publisher: null, published: null, basis: "none" },
  chiapas2023: {
    doc: SEED.chiapas2023,
    index: 1,
    title: "Migrant caravan advances north as US officials head to Mexico",
    publisher: null,
    published: "2023-12-27",
    basis: "header"
  },
  azcentral: {
    doc: SEED.azcentral,
    index: 1,
    title: "Migrant Caravan Refuses Offer Of Asylum, Work Assignments In Mexico",
    publisher: null,
    published: null,
    basis: "none"
  },
  guard2019: {
    doc: SEED.reuters,
    index: 3,
    title: "Mexico says it will finish National Guard roll-out to stem migration this week",
    publisher: "Reuters",
    published: null,
    basis: "none"
  },
  breach: {
    doc: SEED.reuters,
    index: 5,
    title: "Tired of waiting for asylum, migrants from caravan breach U.S. border",
    publisher: "Reuters",
    published: "2018-12-03",
    basis: "caption"
  },
  shutters: {
    doc: SEED.reuters,
    index: 6,
    title: "U.S. briefly shutters border crossing to brace for migrants",
    publisher: "Reuters",
    published: "2018-11-19",
    basis: "caption"
  },
  getOut: {
    doc: SEED.reuters,
    index: 7,
    title: "‘Get out’: some Mexico border residents reject migrant arrivals",
    publisher: "Reuters",
    published: "2018-11-15",
    basis: "caption"
  },
  guatemala: {
    doc: SEED.reuters,
    index: 8,
    title: "U.S.-bound migrants enter Guatemala, others clash at border",
    publisher: "Reuters",
    published: "2018-10-28",
    basis: "caption"
  },
  military: {
    doc: SEED.reuters,
    index: 9,
    title: "U.S. military receives request for troops to protect border",
    publisher: "Reuters",
    published: "2018-10-25",
    basis: "text"
  },
  mapastepec: {
    doc: SEED.reuters,
    index: 10,
    title: "U.S.-bound Central American migrants on the move in Mexico",
    publisher: "Reuters",
    published: "2018-10-24",
    basis: "caption"
  }
} as const satisfies Record<string, ArticleInfo>

export interface FigureSpec {
  readonly article: ArticleInfo
  /** the sentence exactly as in the seed (one line of it) */
  readonly sentence: string
  readonly mention: string
  readonly quantity: Quantity
  readonly counted: string | null
  readonly category: Category
  readonly source?: {
    readonly name?: string
    readonly org?: string
    readonly type: SourceType
    readonly cue?: string
  }
  readonly event_date?: string | null
  /** which occurrence of a sentence printed more than once (photo captions), 0-based */
  readonly occurrence?: number
}

const codePoints = (s: string): number => Array.from(s).length

/** A Claim as the pipeline would write it, its span found in the seed text. */
export const seedClaim = (spec: FigureSpec): Claim => {
  const text = seedText(spec.article.doc)
  let sentenceAt = text.indexOf(spec.sentence)
  for (let n = 0; n < (spec.occurrence ?? 0) && sentenceAt >= 0; n++) sentenceAt = text.indexOf(spec.sentence, sentenceAt + 1)
  if (sentenceAt < 0) throw new Error(`sentence not in ${spec.article.doc}: ${spec.sentence}`)
  const inSentence = spec.sentence.indexOf(spec.mention)
  if (inSentence < 0) throw new Error(`mention ${spec.mention} not in its sentence`)
  const start = codePoints(text.slice(0, sentenceAt + inSentence))
  const end = start + codePoints(spec.mention)
  const sha = createHash("sha256").update(text).digest("hex")
  return {
    id: createHash("sha256").update(`${spec.article.doc}\u0000${sha}\u0000${start}\u0000${end}`).digest("hex").slice(0, 16),
    doc: spec.article.doc,
    article: {
      index: spec.article.index,
      title: spec.article.title,
      publisher: spec.article.publisher,
      published: spec.article.published,
      published_basis: spec.article.basis
    },
    span: { start, end, text: spec.mention, sentence: spec.sentence.replace(/\s+/gu, " ").trim() },
    quantity: spec.quantity,
    counted: spec.counted,
    category: spec.category,
    source: {
      name: spec.source?.name ?? null,
      org: spec.source?.org ?? null,
      type: spec.source?.type ?? "publisher",
      cue: spec.source?.cue ?? null
    },
    event_date: spec.event_date ?? null,
    comparison_id: null,
    confidence: 0.9
  }
}

const exact = (x: number): Quantity => ({ value: x, low: x, high: x, qualifier: "exact", unit: null })
const about = (x: number): Quantity => ({ value: x, low: null, high: null, qualifier: "approximate", unit: null })
const moreThan = (x: number): Quantity => ({ value: x, low: x, high: null, qualifier: "more_than", unit: null })
const atLeast = (x: number): Quantity => ({ value: x, low: x, high: null, qualifier: "at_least", unit: null })
const range = (low: number, high: number): Quantity => ({ value: null, low, high, qualifier: "range", unit: null })
const vague = (low: number | null): Quantity => ({ value: null, low, high: null, qualifier: "vague", unit: null })

const haq = { name: "Farhan Haq", org: "United Nations", type: "person", cue: "said" } as const

/** The figures, keyed by what a reader would call them. */
export const FIGURES = {
  // --- the October 2018 caravan, as its sources counted it
  unMoreThan7000: {
    article: ARTICLES.un,
    sentence:
      "UNITED NATIONS, Oct. 22 (Xinhua) -- UN Secretary-General Antonio Guterres has been calling on Central American leaders to cooperate with the world organization in handling more than 7,000 migrant caravan people heading toward the Mexico-U.S. border, a UN spokesman said on Monday.",
    mention: "more than 7,000",
    quantity: moreThan(7000),
    counted: "migrant caravan people",
    category: "crowd_size",
    source: haq,
    event_date: "2018-10-22"
  },
  un7233: {
    article: ARTICLES.un,
    sentence: "The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.",
    mention: "7,233",
    quantity: exact(7233),
    counted: "people",
    category: "crowd_size",
    source: { ...haq, cue: "noted" },
    event_date: "2018-10-22"
  },
  unThousands: {
    article: ARTICLES.un,
    sentence:
      "What is unusual about this trek of thousands of men, women and children is that it largely began spontaneously by word of mouth as opposed to Trump's accusations it was funded by members of the Democratic Party and was largely made up of criminals.",
    mention: "thousands",
    quantity: vague(2000),
    counted: "men, women and children",
    category: "crowd_size"
  },
  iomThousands: {
    article: ARTICLES.iom,
    sentence:
      "Among the thousands of migrants from Honduras, Guatemala and El Salvador are asylum seekers fleeing persecution and violence.",
    mention: "thousands",
    quantity: vague(2000),
    counted: "migrants",
    category: "crowd_size"
  },
  azcentralFiveToSeven: {
    article: ARTICLES.azcentral,
    sentence:
      "The Arizona Central reports that the caravan, which now numbers between five and seven thousand people, ran into a Mexican police blockade Saturday, temporarily halting progress on a bridge just outside the Mexican state of Oaxaca.",
    mention: "between five and seven thousand",
    quantity: range(5000, 7000),
    counted: "people",
    category: "crowd_size",
    source: { name: "The Arizona Central", type: "cited_media", cue: "reports" }
  },
  azcentralSeveralThousand: {
    article: ARTICLES.azcentral,
    sentence:
      "The migrant caravan says it's determined to reach the U.S. border, where they hope President Trump will have a \"change of heart\" and allow its several thousand members to seek refuge and asylum in the United States.",
    mention: "several thousand",
    quantity: vague(2000),
    counted: "members",
    category: "crowd_size"
  },
  mensing10000: {
    article: ARTICLES.mapastepec,
    sentence:
      "Alex Mensing of Pueblo Sin Fronteras, a group that organized a previous migrant caravan that angered Trump in April, said on Wednesday the current caravan is comprised of about 10,000 people.",
    mention: "about 10,000",
    quantity: about(10000),
    counted: "people",
    category: "crowd_size",
    source: { name: "Alex Mensing", org: "Pueblo Sin Fronteras", type: "person", cue: "said" },
    event_date: "2018-10-24"
  },
  ministry3630: {
    article: ARTICLES.mapastepec,
    sentence:
      "Mexico’s interior ministry said in a statement on Wednesday evening that about 3,630 people are part of the migrant caravan in Mexico that was advancing from Huixtla, around 30 miles (50 km) north of the Guatemalan border, to Mapastepec.",
    mention: "about 3,630",
    quantity: about(3630),
    counted: "people",
    category: "crowd_size",
    source: {
      name: "Mexico’s interior ministry",
      org: "Mexico’s interior ministry",
      type: "organization",
      cue: "said in a statement"
    },
    event_date: "2018-10-24"
  },
  townOfficial5300: {
    article: ARTICLES.military,
    sentence: "A town official said there had been 5,300 migrants in Mapastepec on Wednesday night.",
    mention: "5,300",
    quantity: exact(5300),
    counted: "migrants",
    category: "crowd_size",
    source: { name: "a town official", type: "anonymous_official", cue: "said" },
    event_date: "2018-10-24"
  },
  reuters3500to7000: {
    article: ARTICLES.guatemala,
    sentence:
      "A larger group of mostly Hondurans, estimated to number between 3,500 and 7,000, who left their country in mid-October and are now in southern Mexico, has become a key issue in U.S. congressional elections.",
    mention: "between 3,500 and 7,000",
    quantity: range(3500, 7000),
    counted: null,
    category: "crowd_size",
    event_date: null
  },
  mapastepecThousands: {
    article: ARTICLES.mapastepec,
    sentence:
      "Thousands of men, women and children, mostly from Honduras, shuffled throughout the afternoon into the town of Mapastepec in Chiapas state, still more than 1,100 miles (1,770 km) from the U.S. border.",
    mention: "Thousands",
    quantity: vague(2000),
    counted: "men, women and children",
    category: "crowd_size",
    event_date: "2018-10-24"
  },
  dancingCaption: {
    article: ARTICLES.mapastepec,
    sentence:
      "Migrants, part of a caravan of thousands from Central America en route to the United States, are seen dancing in the Mapastepec city center, Mexico October 24, 2018.",
    mention: "thousands",
    quantity: vague(2000),
    counted: null,
    category: "crowd_size",
    event_date: "2018-10-24"
  },
  dancingCaptionRepeated: {
    article: ARTICLES.mapastepec,
    sentence:
      "Migrants, part of a caravan of thousands from Central America en route to the United States, are seen dancing in the Mapastepec city center, Mexico October 24, 2018.",
    mention: "thousands",
    quantity: vague(2000),
    counted: null,
    category: "crowd_size",
    event_date: "2018-10-24",
    occurrence: 1
  },
  // --- figures near the caravan's that measure something else
  mensingHypothetical: {
    article: ARTICLES.mapastepec,
    sentence: "“It’s very unlikely that 10,000 people will arrive together at a border city between Mexico and the United States,” he told a conference call with reporters.",
    mention: "10,000",
    quantity: exact(10000),
    counted: "people",
    category: "crowd_size",
    source: { name: "Alex Mensing", org: "Pueblo Sin Fronteras", type: "person", cue: "told" }
  },
  caravanAtStart: {
    article: ARTICLES.mapastepec,
    sentence:
      "The caravan, which began as a march of a few hundred people from the crime-wracked Honduran city of San Pedro Sula on Oct. 13, swelled into the thousands as it was joined by migrants from El Salvador, Nicaragua and Guatemala.",
    mention: "a few hundred",
    quantity: vague(200),
    counted: "people",
    category: "crowd_size",
    event_date: "2018-10-13"
  },
  separateGroup1000: {
    article: ARTICLES.mapastepec,
    sentence:
      "A separate group of least 1,000 migrants, mostly Hondurans, has been moving slowly through Guatemala toward Mexico.",
    mention: "least 1,000",
    quantity: atLeast(1000),
    counted: "migrants",
    category: "crowd_size",
    event_date: "2018-10-24"
  },
  someMediaAbove2000: {
    article: ARTICLES.mapastepec,
    sentence: "Some media have put the number above 2,000.",
    mention: "above 2,000",
    quantity: moreThan(2000),
    counted: null,
    category: "crowd_size",
    source: { name: "Some media", type: "cited_media", cue: "have put" },
    event_date: "2018-10-24"
  },
  secondGroupThousand: {
    article: ARTICLES.military,
    sentence: "A second group of more than a thousand people has started a similar journey from Guatemala.",
    mention: "more than a thousand",
    quantity: moreThan(1000),
    counted: "people",
    category: "crowd_size",
    event_date: "2018-10-25"
  },
  unicefChildren: {
    article: ARTICLES.guatemala,
    sentence:
      "An estimated 2,300 children were traveling with the migrant caravan, UNICEF said in a statement, adding that they needed protection and access to essential services like healthcare, clean water and sanitation.",
    mention: "An estimated 2,300",
    quantity: about(2300),
    counted: "children",
    category: "crowd_size",
    source: { name: "UNICEF", org: "UNICEF", type: "organization", cue: "said in a statement" }
  },
  fenceTwoDozen: {
    article: ARTICLES.breach,
    sentence:
      "In less than an hour, Reuters reporters observed roughly two dozen people climb the approximately 10-foot (3-meter) fence made of thick sheets and pillars of metal.",
    mention: "roughly two dozen",
    quantity: about(24),
    counted: "people",
    category: "crowd_size",
    event_date: "2018-12-03"
  },
  tijuana6000: {
    article: ARTICLES.shutters,
    sentence: "About 6,000 Central Americans have reached the border cities of Tijuana and Mexicali, according to local officials.",
    mention: "About 6,000",
    quantity: about(6000),
    counted: "Central Americans",
    category: "crowd_size",
    source: { name: "local officials", type: "anonymous_official", cue: "according to" }
  },
  tijuanaExpected: {
    article: ARTICLES.shutters,
    sentence: "More bands of migrants are making their way toward Tijuana, with around 10,000 expected.",
    mention: "around 10,000",
    quantity: about(10000),
    counted: null,
    category: "crowd_size"
  },
  groupOf20: {
    article: ARTICLES.getOut,
    sentence:
      "“Get out of here,” a group of around 20 people shouted at a camp of Hondurans near the border.",
    mention: "around 20",
    quantity: about(20),
    counted: "people",
    category: "crowd_size",
    event_date: "2018-11-14"
  },
  shelter360: {
    article: ARTICLES.getOut,
    sentence:
      "Tijuana’s city government opened a shelter for 360 people of an estimated 810 that arrived this week, and officials warned there was little room to house more than 2,000 more who are expected to arrive this week.",
    mention: "360",
    quantity: exact(360),
    counted: "people",
    category: "crowd_size"
  },
  chatGroup250: {
    article: ARTICLES.getOut,
    sentence:
      "Reuters gained access to a WhatsApp chat group called “Citizen Blockade” where some 250 members using strong language discussed strategies to harass the migrants or block their arrival.",
    mention: "some 250",
    quantity: about(250),
    counted: "members",
    category: "crowd_size"
  },
  chiapas2023Thousands: {
    article: ARTICLES.chiapas2023,
    sentence:
      "On Tuesday, thousands of migrants and asylum seekers travelled steadily north across the southern Mexican state of Chiapas in a caravan aiming to reach the US border, just one day before senior US officials were scheduled to visit Mexico to discuss migration.",
    mention: "thousands",
    quantity: vague(2000),
    counted: "migrants and asylum seekers",
    category: "crowd_size",
    event_date: "2023-12-26"
  },
  // --- troops
  trump8000: {
    article: ARTICLES.iom,
    sentence:
      "Trump is sending more than 8,000 troops to the southern border with Mexico to keep asylum seekers from entering the U.S. Millman said barriers and militarized borders tend not to deter border crossings, but rather support criminal organizations profiting off the misery of separate people.",
    mention: "more than 8,000",
    quantity: moreThan(8000),
    counted: "troops",
    category: "security_forces"
  },
  activeDuty800to1000: {
    article: ARTICLES.military,
    sentence:
      "The U.S. official, speaking to Reuters on condition of anonymity, said the U.S. military was examining the request that could require deploying between 800 and 1,000 active-duty troops to the border to assist with logistics and infrastructure.",
    mention: "between 800 and 1,000",
    quantity: range(800, 1000),
    counted: "active-duty troops",
    category: "security_forces",
    source: { name: "a U.S. official", type: "anonymous_official", cue: "said" },
    event_date: "2018-10-25"
  },
  guard2100: {
    article: ARTICLES.military,
    sentence: "There are currently 2,100 National Guard troops along the borders of Texas, New Mexico, Arizona and California.",
    mention: "2,100",
    quantity: exact(2100),
    counted: "National Guard troops",
    category: "security_forces",
    event_date: "2018-10-25"
  },
  trump5800: {
    article: ARTICLES.getOut,
    sentence:
      "Trump has declared the caravans an “invasion,” and has sent some 5,800 troops to “harden” the border, including with barbed wire.",
    mention: "some 5,800",
    quantity: about(5800),
    counted: "troops",
    category: "security_forces"
  },
  usTroopsThousands: {
    article: ARTICLES.shutters,
    sentence: "He sent thousands of U.S. troops to the border.",
    mention: "thousands",
    quantity: vague(2000),
    counted: "U.S. troops",
    category: "security_forces"
  },
  mexicoGuard6000: {
    article: ARTICLES.guard2019,
    sentence: "Mexico has pledged to send 6,000 National Guard members along its border with Guatemala under the deal.",
    mention: "6,000",
    quantity: exact(6000),
    counted: "National Guard members",
    category: "security_forces"
  },
  dozensOfPolice: {
    article: ARTICLES.getOut,
    sentence: "Dozens of police arrived at the scene.",
    mention: "Dozens",
    quantity: vague(24),
    counted: "police",
    category: "security_forces"
  }
} as const satisfies Record<string, FigureSpec>

export type FigureName = keyof typeof FIGURES

/** Every figure above, as claims, in seed order (doc, then offset). */
export const allSeedClaims = (): ReadonlyArray<Claim> =>
  Object.values(FIGURES)
    .map((spec) => seedClaim(spec))
    .sort((a, b) => (a.doc === b.doc ? a.span.start - b.span.start : a.doc < b.doc ? -1 : 1))

export const claimOf = (name: FigureName): Claim => seedClaim(FIGURES[name])
