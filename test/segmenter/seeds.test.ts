import { assert, describe, layer } from "@effect/vitest"
import { Effect } from "effect"
import type { ArticleSegment, BlockKind, SegmentedDocument } from "../../pipeline/model.ts"
import { Segmenter } from "../../pipeline/Segmenter.ts"
import { assertInvariants, SEEDS, seed, SegmenterLive } from "./support.ts"

const segmentSeed = Effect.fnUntraced(function*(name: (typeof SEEDS)[number]) {
  const segmenter = yield* Segmenter
  return yield* segmenter.segment(seed(name))
})

const blocksOf = (article: ArticleSegment, kind: BlockKind) => article.blocks.filter((b) => b.kind === kind)
const allBlocks = (doc: SegmentedDocument, kind: BlockKind) => doc.articles.flatMap((a) => blocksOf(a, kind))
const countKinds = (doc: SegmentedDocument): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const a of doc.articles) for (const b of a.blocks) counts[b.kind] = (counts[b.kind] ?? 0) + 1
  return counts
}

/** The headlines of seed 004, read off the file: each stands over a caption, a byline or a dateline. */
const TITLES_004 = [
  "Migrants raped and trafficked as U.S. and Mexico tighten borders, charity says",
  "Senate rejects House-backed version of border aid bill",
  "Mexico says it will finish National Guard roll-out to stem migration this week",
  "U.S.-Mexico migration talks continue as tariff deadline looms",
  "Tired of waiting for asylum, migrants from caravan breach U.S. border",
  "U.S. briefly shutters border crossing to brace for migrants",
  "‘Get out’: some Mexico border residents reject migrant arrivals",
  "U.S.-bound migrants enter Guatemala, others clash at border",
  "U.S. military receives request for troops to protect border",
  "U.S.-bound Central American migrants on the move in Mexico"
]

const BYLINES_004 = [
  "Christine Murray",
  null,
  null,
  "Susan Heavey and Anthony Esposito",
  "Christine Murray",
  "Lizbeth Diaz",
  "Lizbeth Diaz",
  "Nelson Renteria and Delphine Schrank",
  "Phil Stewart and Makini Brice",
  "Delphine Schrank and Ana Isabel Martinez"
]

const DATELINES_004: ReadonlyArray<{ text: string; place: string; publisher: string }> = [
  { text: "MEXICO CITY (Thomson Reuters Foundation) –", place: "MEXICO CITY", publisher: "Thomson Reuters Foundation" },
  { text: "WASHINGTON (Reuters) –", place: "WASHINGTON", publisher: "Reuters" },
  { text: "MEXICO CITY (Reuters) –", place: "MEXICO CITY", publisher: "Reuters" },
  { text: "WASHINGTON/MEXICO CITY (Reuters) –", place: "WASHINGTON/MEXICO CITY", publisher: "Reuters" },
  { text: "TIJUANA, Mexico (Reuters) –", place: "TIJUANA, Mexico", publisher: "Reuters" },
  { text: "TIJUANA, Mexico (Reuters) –", place: "TIJUANA, Mexico", publisher: "Reuters" },
  { text: "TIJUANA, Mexico (Reuters) –", place: "TIJUANA, Mexico", publisher: "Reuters" },
  {
    text: "SONSONATE, El Salvador/TAPANATEPEC, Mexico (Reuters) –",
    place: "SONSONATE, El Salvador/TAPANATEPEC, Mexico",
    publisher: "Reuters"
  },
  { text: "WASHINGTON (Reuters) –", place: "WASHINGTON", publisher: "Reuters" },
  { text: "MAPASTEPEC, Mexico/MEXICO CITY (Reuters) –", place: "MAPASTEPEC, Mexico/MEXICO CITY", publisher: "Reuters" }
]

layer(SegmenterLive)("Segmenter on the seeds", (it) => {
  describe("004: ten Reuters stories back to back", () => {
    it.effect("finds each article with its headline as title", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        assert.deepStrictEqual(doc.articles.map((a) => a.title), TITLES_004)
        for (const article of doc.articles) {
          const headlines = blocksOf(article, "headline")
          assert.strictEqual(headlines.length, 1)
          assert.strictEqual(headlines[0]!.text, article.title)
          assert.strictEqual(article.blocks[0]!.kind, "headline", "an article starts at its headline")
          assert.strictEqual(article.start, headlines[0]!.start)
        }
      }))

    it.effect("closes each article with its credit line, and the next starts at its headline", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        const text = doc.source.text
        for (const article of doc.articles) {
          const last = article.blocks[article.blocks.length - 1]!
          assert.strictEqual(last.kind, "credit", `article ${article.index} ends with ${last.text}`)
          assert.match(last.text, /^\((?:Additional reporting|Reporting|Writing|Editing) by /)
        }
        for (let i = 0; i + 1 < doc.articles.length; i++) {
          const between = text.slice(doc.articles[i]!.end, doc.articles[i + 1]!.start)
          assert.strictEqual(between.trim(), "", "nothing is lost between two articles")
        }
        assert.strictEqual(doc.articles[doc.articles.length - 1]!.end, text.trimEnd().length)
        const credits = allBlocks(doc, "credit").map((b) => b.text)
        assert.strictEqual(credits.length, 10)
        assert.include(credits, "(Reporting by Susan Cornwell; Writing by Makini Brice; Editing by Tim Ahmann)")
        assert.include(credits, "(Additional reporting by Yeganeh Torbati in Washington; Editing by Dan Grebler)")
        assert.include(credits, "(Writing by Michael O’Boyle; Editing by Frank Jack Daniel and Alistair Bell)")
      }))

    it.effect("reads the bylines", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        assert.deepStrictEqual(doc.articles.map((a) => a.byline), BYLINES_004)
        for (const article of doc.articles) {
          const bylines = blocksOf(article, "byline")
          assert.strictEqual(bylines.length, article.byline === null ? 0 : 1)
          if (article.byline !== null) assert.strictEqual(bylines[0]!.text, `By ${article.byline}`)
        }
        // "By dawn on Monday, ..." and "By Sunday evening, ..." open body paragraphs, not bylines
        const bodyStarts = allBlocks(doc, "body").map((b) => b.text.slice(0, 18))
        assert.include(bodyStarts, "By dawn on Monday,")
        assert.include(bodyStarts, "By Sunday evening,")
      }))

    it.effect("splits each dateline off its paragraph, with place and publisher", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        const text = doc.source.text
        doc.articles.forEach((article, i) => {
          const expected = DATELINES_004[i]!
          const dateline = article.dateline
          assert.isNotNull(dateline)
          assert.strictEqual(dateline!.text, expected.text)
          assert.strictEqual(dateline!.place, expected.place)
          assert.strictEqual(dateline!.publisher, expected.publisher)
          assert.strictEqual(dateline!.date, null)
          assert.strictEqual(text.slice(dateline!.start, dateline!.end), dateline!.text)
          const blocks = blocksOf(article, "dateline")
          assert.deepStrictEqual(blocks.map((b) => [b.start, b.end]), [[dateline!.start, dateline!.end]])
          // the rest of the paragraph is body, and no body sentence holds the dateline
          const next = article.blocks[article.blocks.indexOf(blocks[0]!) + 1]!
          assert.strictEqual(next.kind, "body")
          assert.strictEqual(text.slice(dateline!.end, next.start), " ")
          const datelineSentences = article.sentences.filter((s) => s.kind === "dateline")
          assert.deepStrictEqual(datelineSentences.map((s) => s.text), [expected.text])
          for (const s of article.sentences) if (s.kind === "body") assert.notInclude(s.text, "(Reuters)")
        })
      }))

    it.effect("marks photo captions, repeated and FILE PHOTO ones included", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        const captions = allBlocks(doc, "caption")
        const lines = doc.source.text.split("\n").filter((l) => /REUTERS\/[A-Z][\w .-]+(?:\/File Photo)?$/.test(l))
        assert.strictEqual(lines.length, 20)
        assert.deepStrictEqual(captions.map((c) => c.text), lines)
        assert.deepStrictEqual(doc.articles.map((a) => blocksOf(a, "caption").length), [0, 1, 1, 1, 5, 1, 1, 5, 0, 5])
        const distinct = new Set(captions.map((c) => c.text))
        assert.strictEqual(distinct.size, 15, "five captions are printed twice, verbatim")
        const filePhotos = captions.filter((c) => c.text.startsWith("FILE PHOTO"))
        assert.deepStrictEqual(filePhotos.map((c) => c.text.slice(0, 30)), [
          "FILE PHOTO: The U.S.-Mexico bo",
          "FILE PHOTO - Mexico's Foreign "
        ])
        // a caption is one sentence, its credit included
        const captionSentences = doc.articles.flatMap((a) => a.sentences.filter((s) => s.kind === "caption"))
        assert.deepStrictEqual(captionSentences.map((s) => s.text), lines)
      }))

    it.effect("marks section headings in capitals", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        assert.deepStrictEqual(
          doc.articles.map((a) => blocksOf(a, "section").map((b) => b.text)),
          [[], [], [], ["OPPOSITION"], ["‘STAND ON MY HEAD’"], [], [], ["BLISTERING HEAT"], [], []]
        )
      }))

    it.effect("mends wink's sentence breaks inside the articles", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("004_9c667aca175d9670.txt")
        const sentences = doc.articles.flatMap((a) => a.sentences.map((s) => s.text))
        assert.include(
          sentences,
          "The U.S. president has threatened to continue raising the tariffs on Mexico after the initial levies go into effect on June. 10 if a migration deal fails to materialize."
        )
        assert.include(sentences, "Stand on my head!” one migrant said, egging his companion on.")
        assert.include(sentences, "They will be stopped!” Trump wrote on Twitter, referring to the migrants.")
        assert.include(sentences, "A town official said there had been 5,300 migrants in Mapastepec on Wednesday night.")
      }))
  })

  describe("000: a caption, then a Xinhua dateline, no headline", () => {
    it.effect("has one untitled article opening with its caption", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("000_8af703ce3f31ec0b.txt")
        assert.strictEqual(doc.articles.length, 1)
        const [article] = doc.articles
        assert.strictEqual(article!.title, "")
        assert.strictEqual(article!.byline, null)
        assert.strictEqual(article!.blocks[0]!.kind, "caption")
        assert.isTrue(article!.blocks[0]!.text.endsWith("Oct. 22, 2018. (Xinhua/REUTERS)"))
        assert.deepStrictEqual(countKinds(doc), { caption: 1, dateline: 1, body: 11 })
      }))

    it.effect("reads the dateline's place, date and publisher", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("000_8af703ce3f31ec0b.txt")
        const dateline = doc.articles[0]!.dateline
        assert.deepStrictEqual(dateline && { text: dateline.text, place: dateline.place, date: dateline.date, publisher: dateline.publisher }, {
          text: "UNITED NATIONS, Oct. 22 (Xinhua) --",
          place: "UNITED NATIONS",
          date: "Oct. 22",
          publisher: "Xinhua"
        })
      }))

    it.effect("keeps \"the Mexico-U.S. border\" inside one sentence, and the dateline out of it", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("000_8af703ce3f31ec0b.txt")
        const body = doc.articles[0]!.sentences.filter((s) => s.kind === "body").map((s) => s.text)
        assert.strictEqual(
          body[0],
          "UN Secretary-General Antonio Guterres has been calling on Central American leaders to cooperate with the world organization in handling more than 7,000 migrant caravan people heading toward the Mexico-U.S. border, a UN spokesman said on Monday."
        )
        assert.include(body, "The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.")
        for (const s of body) assert.notMatch(s, /^S\. border|Mexico-U\.$/)
      }))
  })

  describe("001: body only", () => {
    it.effect("has one untitled article of eight body paragraphs", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("001_af23199f87a247d1.txt")
        assert.strictEqual(doc.articles.length, 1)
        assert.strictEqual(doc.articles[0]!.title, "")
        assert.deepStrictEqual(countKinds(doc), { body: 8 })
      }))

    it.effect("breaks after \"the U.S.\" when a speaker opens the next sentence", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("001_af23199f87a247d1.txt")
        const sentences = doc.articles[0]!.sentences.map((s) => s.text)
        assert.include(
          sentences,
          "Trump is sending more than 8,000 troops to the southern border with Mexico to keep asylum seekers from entering the U.S."
        )
        assert.isTrue(sentences.some((s) => s.startsWith("Millman said barriers and militarized borders")))
        assert.include(
          sentences,
          "The U.N. migration agency says exhaustion and the challenges ahead are causing many migrants to voluntarily accept offers from Mexico and Honduras to help them return home."
        )
      }))
  })

  describe("002: a web page with its title printed three times", () => {
    it.effect("marks the headline once, the repeated titles, header date, counters and reactions", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("002_2ec3e803b5d2f7b8.txt")
        assert.strictEqual(doc.articles.length, 1)
        const article = doc.articles[0]!
        const title = "Migrant caravan advances north as US officials head to Mexico"
        assert.strictEqual(article.title, title)
        assert.deepStrictEqual(blocksOf(article, "headline").map((b) => b.text), [title])
        const chrome = blocksOf(article, "chrome").map((b) => b.text.replace(/\s+/g, " "))
        assert.deepStrictEqual(chrome, [
          title,
          "0 15",
          title,
          "What's Your Reaction?",
          "like",
          "dislike",
          "love",
          "funny",
          "angry",
          "sad",
          "wow"
        ])
        assert.deepStrictEqual(blocksOf(article, "header").map((b) => b.text), ["Dec 27, 2023\u00a0-\u00a010:30"])
        assert.deepStrictEqual(countKinds(doc), { headline: 1, chrome: 11, header: 1, body: 12 })
        const firstBody = blocksOf(article, "body")[0]!
        assert.isTrue(firstBody.text.startsWith("On Tuesday, thousands of migrants"))
      }))
  })

  describe("003: headline, standfirst, image credit", () => {
    it.effect("marks the standfirst as subheadline and Getty Images and reactions as chrome", () =>
      Effect.gen(function*() {
        const doc = yield* segmentSeed("003_8c3fdc2996188961.txt")
        assert.strictEqual(doc.articles.length, 1)
        const article = doc.articles[0]!
        assert.strictEqual(article.title, "Migrant Caravan Refuses Offer Of Asylum, Work Assignments In Mexico")
        assert.deepStrictEqual(
          article.blocks.slice(0, 4).map((b) => b.kind),
          ["headline", "subheadline", "chrome", "body"] satisfies Array<BlockKind>
        )
        assert.strictEqual(
          blocksOf(article, "subheadline")[0]!.text,
          "The caravan is at a standstill, however, amid reports of crime, child abduction."
        )
        assert.deepStrictEqual(blocksOf(article, "chrome").map((b) => b.text), ["Getty Images", "What's Your Reaction?"])
        assert.deepStrictEqual(countKinds(doc), { headline: 1, subheadline: 1, chrome: 2, body: 11 })
      }))
  })

  describe("every seed", () => {
    it.effect("keeps the offset invariants", () =>
      Effect.gen(function*() {
        for (const name of SEEDS) assertInvariants(yield* segmentSeed(name))
      }))

    it.effect("segments all five seeds in well under a second", () =>
      Effect.gen(function*() {
        yield* segmentSeed("000_8af703ce3f31ec0b.txt") // warm the model
        const started = performance.now()
        for (const name of SEEDS) yield* segmentSeed(name)
        const elapsed = performance.now() - started
        assert.isBelow(elapsed, 1000, `${elapsed.toFixed(0)} ms`)
      }))
  })
})
