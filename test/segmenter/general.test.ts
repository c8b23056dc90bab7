import { assert, describe, layer } from "@effect/vitest"
import { Effect } from "effect"
import type { BlockKind, SourceDocument } from "../../pipeline/model.ts"
import { paragraphsOf, Segmenter } from "../../pipeline/Segmenter.ts"
import { assertInvariants, documentOf, SegmenterLive } from "./support.ts"

const segment = Effect.fnUntraced(function*(document: SourceDocument) {
  const segmenter = yield* Segmenter
  const segmented = yield* segmenter.segment(document)
  assertInvariants(segmented)
  return segmented
})

const kindsAndTexts = (blocks: ReadonlyArray<{ kind: BlockKind; text: string }>) => blocks.map((b) => [b.kind, b.text])

layer(SegmenterLive)("Segmenter beyond the seeds", (it) => {
  describe("degenerate documents", () => {
    it.effect("an empty or blank document has no article", () =>
      Effect.gen(function*() {
        assert.strictEqual((yield* segment(documentOf("empty.txt", ""))).articles.length, 0)
        assert.strictEqual((yield* segment(documentOf("blank.txt", " \n\n\t\n"))).articles.length, 0)
      }))

    it.effect("a one-sentence document is one untitled article with one body sentence", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf("one.txt", "Officials said 7,233 people crossed."))
        assert.strictEqual(doc.articles.length, 1)
        const article = doc.articles[0]!
        assert.strictEqual(article.title, "")
        assert.deepStrictEqual([article.start, article.end], [0, 36])
        assert.deepStrictEqual(article.sentences.map((s) => [s.kind, s.text]), [["body", "Officials said 7,233 people crossed."]])
      }))

    it.effect("a document of page chrome only has no article", () =>
      Effect.gen(function*() {
        assert.strictEqual((yield* segment(documentOf("chrome.txt", "What's Your Reaction?\n\nlike\n\nShare"))).articles.length, 0)
      }))
  })

  describe("other sites", () => {
    it.effect("an AP-style page: headline, byline with outlet, header date, dateline, chrome", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "ap.txt",
          [
            "Storm leaves 40,000 without power across the region",
            "By Jane Doe, Associated Press",
            "Published: March 3, 2024 at 9:15 a.m. EST",
            "NEW YORK (AP) — A storm knocked out power to about 40,000 homes on Sunday, utilities said.",
            "Crews worked through the night. \"We expect most customers back by Tuesday,\" a spokesman said.",
            "Read more",
            "Share this article"
          ].join("\n\n")
        ))
        assert.strictEqual(doc.articles.length, 1)
        const article = doc.articles[0]!
        assert.strictEqual(article.title, "Storm leaves 40,000 without power across the region")
        assert.strictEqual(article.byline, "Jane Doe")
        assert.deepStrictEqual(
          article.dateline && [article.dateline.text, article.dateline.place, article.dateline.publisher, article.dateline.date],
          ["NEW YORK (AP) —", "NEW YORK", "AP", null]
        )
        assert.deepStrictEqual(article.blocks.map((b) => b.kind), [
          "headline",
          "byline",
          "header",
          "dateline",
          "body",
          "body",
          "chrome",
          "chrome"
        ])
        assert.deepStrictEqual(article.sentences.filter((s) => s.kind === "body").map((s) => s.text), [
          "A storm knocked out power to about 40,000 homes on Sunday, utilities said.",
          "Crews worked through the night.",
          "\"We expect most customers back by Tuesday,\" a spokesman said."
        ])
      }))

    it.effect("wire stories back to back without headlines or blank lines: each dateline opens an article", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "wire.txt",
          [
            "LONDON, March 3 (Reuters) - Britain's economy grew 0.3% in the first quarter, official data showed on Friday.",
            "The figure beat forecasts of 0.2%.",
            "(Reporting by Andy Bruce; Editing by Kate Holton)",
            "Workers queue outside a job centre in Paris, France, March 2, 2024. REUTERS/Stephanie Lecocq",
            "PARIS, March 3 (Reuters) - French unemployment fell to 7.1%, the statistics office said.",
            "It was the lowest rate in a decade."
          ].join("\n")
        ))
        assert.deepStrictEqual(doc.articles.map((a) => [a.title, a.dateline?.place, a.dateline?.date, a.dateline?.publisher]), [
          ["", "LONDON", "March 3", "Reuters"],
          ["", "PARIS", "March 3", "Reuters"]
        ])
        assert.deepStrictEqual(doc.articles.map((a) => a.blocks.map((b) => b.kind)), [
          ["dateline", "body", "body", "credit"],
          ["caption", "dateline", "body", "body"]
        ])
      }))

    it.effect("a caption signed with an agency in parentheses, and an agency line alone", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "getty.txt",
          [
            "Wildfire forces 12,000 to flee homes in California",
            "Firefighters battle the blaze near Malibu, California, on Nov. 9, 2018. (Photo by David McNew/Getty Images)",
            "Getty Images",
            "LOS ANGELES — About 12,000 residents were ordered to leave their homes on Friday as a wildfire spread, officials said."
          ].join("\n\n")
        ))
        assert.deepStrictEqual(kindsAndTexts(doc.articles[0]!.blocks).map(([kind]) => kind), [
          "headline",
          "caption",
          "chrome",
          "dateline",
          "body"
        ])
        assert.strictEqual(doc.articles[0]!.dateline?.text, "LOS ANGELES —")
      }))

    it.effect("a body paragraph opening with an acronym and a dash is not a dateline", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf("acronym.txt", "IOM – the UN migration agency – said 3,000 people had arrived on Monday."))
        assert.deepStrictEqual(doc.articles[0]!.blocks.map((b) => b.kind), ["body"])
        assert.strictEqual(doc.articles[0]!.dateline, null)
      }))

    it.effect("lines that look like furniture but are prose stay body", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "prose.txt",
          [
            "Poll finds 58% of Americans back border spending",
            "By The Associated Press",
            "WASHINGTON (AP) — Most Americans support more spending on border security, according to a new AP/NORC poll",
            "Reporting by the agency showed that 2,400 people were detained at the border in the first week of the month, more than twice as many as in the same week of the previous year, when officials counted 1,100.",
            "By Sunday evening, hundreds of people had joined the protest.",
            "Lawmakers gathered in the Capitol. (AP Photo/J. Scott Applewhite)"
          ].join("\n\n")
        ))
        assert.deepStrictEqual(doc.articles[0]!.blocks.map((b) => b.kind), [
          "headline",
          "byline",
          "dateline",
          "body",
          "body",
          "body",
          "caption"
        ])
        assert.strictEqual(doc.articles[0]!.byline, "The Associated Press")
      }))

    it.effect("a deck under the headline is a subheadline, not another story", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "deck.txt",
          [
            "Fed holds rates steady",
            "Policymakers signal two cuts later this year",
            "By Howard Schneider",
            "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, its 12 policymakers agreeing unanimously."
          ].join("\n")
        ))
        assert.strictEqual(doc.articles.length, 1)
        assert.deepStrictEqual(doc.articles[0]!.blocks.map((b) => b.kind), ["headline", "subheadline", "byline", "dateline", "body"])
      }))

    it.effect("metadata names the title of a one-story document", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf("rec.jsonl#7", "Officials said 7,233 people crossed on Monday.", { title: "Border crossings rise" }))
        assert.strictEqual(doc.articles[0]!.title, "Border crossings rise")
      }))
  })

  describe("text layouts", () => {
    const wrapped = [
      "Quarterly results",
      "",
      "Revenue rose 12% to $4.5 billion in the third quarter, the",
      "company said on Tuesday, beating the $4.2 billion analysts",
      "had expected for the period.",
      "",
      "Net income was $800 million, up from $650 million a year",
      "earlier, while costs rose by about 5%.",
      "",
      "OUTLOOK",
      "",
      "The firm expects growth of 8% to 10% next year."
    ].join("\n")

    it.effect("hard-wrapped text: lines filled to the wrap width join into paragraphs", () =>
      Effect.gen(function*() {
        const document = documentOf("wrapped.txt", wrapped)
        assert.deepStrictEqual(
          paragraphsOf(document.text).map((p) => document.text.slice(p.start, p.end).replace(/\n/g, " ")),
          [
            "Quarterly results",
            "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Tuesday, beating the $4.2 billion analysts had expected for the period.",
            "Net income was $800 million, up from $650 million a year earlier, while costs rose by about 5%.",
            "OUTLOOK",
            "The firm expects growth of 8% to 10% next year."
          ]
        )
        const doc = yield* segment(document)
        assert.strictEqual(doc.articles.length, 1)
        assert.strictEqual(doc.articles[0]!.title, "Quarterly results")
        assert.deepStrictEqual(doc.articles[0]!.blocks.map((b) => b.kind), ["headline", "body", "body", "section", "body"])
        assert.include(
          doc.articles[0]!.sentences.map((s) => s.text.replace(/\n/g, " ")),
          "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Tuesday, beating the $4.2 billion analysts had expected for the period."
        )
      }))

    it.effect("one paragraph per line when lines are long, blank lines or not", () =>
      Effect.gen(function*() {
        const text = wrapped.replace(/\n(?=[a-z])/g, " ")
        const document = documentOf("unwrapped.txt", text.replace(/\n\n/g, "\n"))
        assert.strictEqual(paragraphsOf(document.text).length, 5)
      }))

    it.effect("Markdown headings: the first is the headline, the next are sections", () =>
      Effect.gen(function*() {
        const doc = yield* segment(documentOf(
          "notes.md",
          "# Quarterly results\n\n## Revenue\n\nRevenue rose 12% to $4.5 billion.\n\n## Outlook\n\nThe firm expects growth of 8% to 10% next year."
        ))
        assert.strictEqual(doc.articles[0]!.title, "Quarterly results")
        assert.deepStrictEqual(kindsAndTexts(doc.articles[0]!.blocks), [
          ["headline", "Quarterly results"],
          ["section", "Revenue"],
          ["body", "Revenue rose 12% to $4.5 billion."],
          ["section", "Outlook"],
          ["body", "The firm expects growth of 8% to 10% next year."]
        ])
      }))
  })
})
