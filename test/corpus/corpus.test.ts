import { NodeServices } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import iconv from "iconv-lite"
import { createHash } from "node:crypto"
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { StagesLive } from "../../pipeline/App.ts"
import { Corpus, type CorpusItem, keptTextPath } from "../../pipeline/Corpus.ts"
import { htmlToText } from "../../pipeline/formats/html.ts"
import { markdownToText } from "../../pipeline/formats/markdown.ts"
import { isoDay, parseJsonLines } from "../../pipeline/formats/records.ts"
import { Pipeline } from "../../pipeline/Pipeline.ts"

const fixtures = join(import.meta.dirname, "../fixtures/corpus")
const CorpusTest = Corpus.layer.pipe(Layer.provide(NodeServices.layer))
const PipelineTest = Pipeline.layer.pipe(Layer.provide(StagesLive), Layer.provideMerge(NodeServices.layer))
/** The pipeline with its stages in view, for tests that read with the Corpus and then annotate. */
const StagesTest = Pipeline.layer.pipe(Layer.provideMerge(StagesLive), Layer.provideMerge(NodeServices.layer))

/** Lists `input` and reads every entry, as the Pipeline does. */
const readAll = (input: string) =>
  Effect.gen(function*() {
    const corpus = yield* Corpus
    const entries = yield* corpus.list(input)
    const items: Array<CorpusItem> = []
    for (const entry of entries) items.push(...(yield* corpus.read(entry)))
    return items
  })

const loaded = (items: ReadonlyArray<CorpusItem>, doc: string) => {
  const item = items.find((i) => i._tag === "Loaded" && i.document.doc === doc)
  if (item?._tag !== "Loaded") throw new Error(`${doc} not loaded: ${JSON.stringify(items.map((i) => (i._tag === "Loaded" ? i.document.doc : i.doc)))}`)
  return item.document
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex")

describe("JSON Lines corpora", () => {
  it.effect("reads good lines as documents and turns bad lines into error items naming the line", () =>
    Effect.gen(function*() {
      const items = yield* readAll(join(fixtures, "malformed.jsonl"))
      const failed = items.flatMap((i) => (i._tag === "Failed" ? [i] : []))
      assert.deepStrictEqual(
        failed.map((f) => [f.doc, f.error._tag, f.error._tag === "InvalidRecord" ? f.error.line : null]),
        [
          ["malformed.jsonl#line2", "InvalidRecord", 2], // not JSON
          ["malformed.jsonl#line3", "InvalidRecord", 3], // no text
          ["malformed.jsonl#line4", "InvalidRecord", 4], // no id
          ["malformed.jsonl#line5", "InvalidRecord", 5], // 2023-02-30 is no day
          ["malformed.jsonl#line6", "InvalidRecord", 6], // id used twice
          ["malformed.jsonl#line9", "InvalidRecord", 9], // text is not a string
          ["malformed.jsonl#line10", "InvalidRecord", 10] // null
        ]
      )
      for (const f of failed) assert.include(f.error.message, `malformed.jsonl line ${f.doc.split("#line")[1]}`)
      assert.deepStrictEqual(items.filter((i) => i._tag === "Loaded").length, 2)
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("names each record file#id, hashes its text and keeps its metadata", () =>
    Effect.gen(function*() {
      const items = yield* readAll(join(fixtures, "malformed.jsonl"))
      const rescue = loaded(items, "malformed.jsonl#ok-1")
      assert.strictEqual(rescue.text, "Rescuers pulled 12 survivors from the rubble on Wednesday.")
      assert.strictEqual(rescue.sha256, sha256(rescue.text))
      assert.strictEqual(rescue.bytes, Buffer.byteLength(rescue.text, "utf8"))
      assert.deepStrictEqual(rescue.metadata, { publisher: "Example Wire", published: "2023-02-09" })
      assert.strictEqual(rescue.format, "jsonl")
      // a numeric id is kept as written; a timestamp gives its calendar day
      const arrests = loaded(items, "malformed.jsonl#7")
      assert.strictEqual(arrests.metadata.published, "2023-06-05")
    }).pipe(Effect.provide(CorpusTest)))

  it("skips blank lines and normalises nothing but what it must", () => {
    const results = parseJsonLines("news.jsonl", '\n{"id":"a","text":"Six people were injured."}\r\n\n{"id":"b","text":"Line one\\nline two"}\n')
    assert.deepStrictEqual(results.map((r) => [r._tag, r.doc, r.place.line]), [["Record", "news.jsonl#a", 2], ["Record", "news.jsonl#b", 4]])
  })

  it("accepts ISO days and timestamps, and refuses days that do not exist", () => {
    assert.strictEqual(isoDay("2018-10-22"), "2018-10-22")
    assert.strictEqual(isoDay("2018-10-22T23:30:00-05:00"), "2018-10-22")
    assert.strictEqual(isoDay("2024-02-29"), "2024-02-29")
    assert.isNull(isoDay("2023-02-29"))
    assert.isNull(isoDay("Oct. 22, 2018"))
    assert.isNull(isoDay("2018-10-22 and more"))
  })
})

describe("JSON array corpora", () => {
  it.effect("reads each item of the array as a document; a bad item is an error naming it", () =>
    Effect.gen(function*() {
      const items = yield* readAll(join(fixtures, "formats/records.json"))
      const rates = loaded(items, "records.json#a1")
      assert.deepStrictEqual(rates.metadata, { title: "Rates on hold", publisher: "Example Wire", published: "2023-11-02" })
      assert.deepStrictEqual(loaded(items, "records.json#a2").metadata, { url: "https://example.com/tesla" })
      const bad = items.find((i) => i._tag === "Failed")
      assert.strictEqual(bad?._tag === "Failed" ? bad.doc : null, "records.json#item3")
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("makes a .json file that is not JSON one error item", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-json-"))
      writeFileSync(join(dir, "broken.json"), '[{"id": "a", "text": "About 300 people attended."')
      writeFileSync(join(dir, "empty.jsonl"), "\n\n")
      const items = yield* readAll(dir)
      assert.deepStrictEqual(items.map((i) => [i._tag, i._tag === "Failed" ? i.doc : i.document.doc]), [
        ["Failed", "broken.json"],
        ["Failed", "empty.jsonl"]
      ])
      const [broken, empty] = items
      assert.include(broken?._tag === "Failed" ? broken.error.message : "", "not valid JSON")
      assert.include(empty?._tag === "Failed" ? empty.error.message : "", "no document records")
    }).pipe(Effect.provide(CorpusTest)))
})

describe("HTML pages", () => {
  const page = htmlToText(readFileSync(join(fixtures, "formats/article.html"), "utf8"))
  const paragraphs = page.text.split("\n\n")

  it("keeps the article's reading text, one paragraph per block", () => {
    assert.deepStrictEqual(paragraphs, [
      "Storm leaves thousands without power",
      "By Maria Lopez",
      "BOSTON (Example Daily) – A powerful storm knocked out power to more than 250,000 homes across New England on Tuesday, utility officials said.",
      "Workers clear fallen trees in Boston, January 9, 2024.",
      "Winds gusted to 70 mph along the coast, and about 2 inches of rain fell in some towns.\nSchools in 40 districts were closed.",
      "Crews from six states were helping to restore power, the utility said."
    ])
  })

  it("drops scripts, styles, navigation, the site header and footer, asides and hidden widgets", () => {
    for (const gone of ["dataLayer", "trackArticle", "font-family", "Business", "Related", "10 tips", "Share 1,204", "Tags:", "12 Main St"]) {
      assert.notInclude(page.text, gone)
    }
  })

  it("reads the page's metadata from its meta tags", () => {
    assert.deepStrictEqual(page.metadata, {
      title: "Storm leaves thousands without power",
      publisher: "Example Daily",
      published: "2024-01-10",
      url: "https://example.com/news/storm-power"
    })
  })

  it("parses tag soup the way a browser does", () => {
    // unclosed <p>s close at the next block; entities decode; a <p> inside a table cell stays in its row
    const soup = htmlToText("<body><p>More than 8,000 troops&nbsp;were sent<p>About 10,000 people<table><tr><td>Dead<td>42</table>")
    assert.deepStrictEqual(soup.text.split("\n\n"), ["More than 8,000 troops\u00a0were sent", "About 10,000 people", "Dead 42"])
  })
})

describe("Markdown", () => {
  const md = markdownToText(readFileSync(join(fixtures, "formats/article.md"), "utf8"))

  it("keeps the text and drops heading markers, emphasis, link and image syntax, bullets and quotes", () => {
    assert.deepStrictEqual(md.text.split("\n\n"), [
      "Drought shrinks the reservoir to a record low",
      "By Jon Park",
      "The reservoir is now at just 28% of its capacity, the water authority said on Monday.",
      "Farmers in the valley have left about 40,000 acres unplanted, according to the state's farm bureau.",
      "Water use fell 12% in July.",
      "Some 1,500 wells have run dry.",
      "\"We have never seen it this low,\" said Ana Ruiz, a hydrologist."
    ])
  })

  it("reads front matter as metadata, not text", () => {
    assert.deepStrictEqual(md.metadata, { title: "Drought shrinks the reservoir to a record low", publisher: "Example Weekly", published: "2023-08-14", url: undefined })
  })
})

describe("folders and files", () => {
  it.effect("reads a folder recursively in code-unit order, skipping hidden files", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-tree-"))
      mkdirSync(join(dir, "a/b"), { recursive: true })
      mkdirSync(join(dir, ".git"))
      const files = ["b.txt", "a/z.txt", "a/b/c.md", "A.txt", "_notes.txt", ".git/HEAD", ".DS_Store"]
      for (const f of files) writeFileSync(join(dir, f), "About 6,000 Central Americans have reached the border.\n")
      const entries = yield* (yield* Corpus).list(dir)
      assert.deepStrictEqual(entries.map((e) => e.doc), ["A.txt", "_notes.txt", "a/b/c.md", "a/z.txt", "b.txt"])
      assert.deepStrictEqual(entries.map((e) => e.format), ["txt", "txt", "md", "txt", "txt"])
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("takes a single file as the input, named by its file name", () =>
    Effect.gen(function*() {
      const entries = yield* (yield* Corpus).list(join(fixtures, "formats/article.md"))
      assert.deepStrictEqual(entries.map((e) => [e.doc, e.format]), [["article.md", "md"]])
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("makes random bytes an error item and an empty file an empty document", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-junk-"))
      // bytes from a fixed linear congruential sequence: random-looking, the same on every run
      const junk = new Uint8Array(600)
      let x = 12345
      for (let i = 0; i < junk.length; i++) junk[i] = (x = (x * 1103515245 + 12345) % 2 ** 31) & 0xff
      writeFileSync(join(dir, "junk.bin"), junk)
      writeFileSync(join(dir, "empty.txt"), "")
      writeFileSync(join(dir, "empty.html"), "")
      const items = yield* readAll(dir)
      assert.deepStrictEqual(items.map((i) => [i._tag, i._tag === "Loaded" ? i.document.doc : i.doc]), [
        ["Loaded", "empty.html"],
        ["Loaded", "empty.txt"],
        ["Failed", "junk.bin"]
      ])
      const junkItem = items[2]
      assert.strictEqual(junkItem?._tag === "Failed" ? junkItem.error._tag : null, "UndecodableText")
      assert.strictEqual(loaded(items, "empty.txt").text, "")
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("decodes a windows-1252 article (curly quotes, accents) instead of refusing it", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-1252-"))
      const article =
        "TIJUANA, Mexico (Reuters) \u2013 \u201cWe are not criminals,\u201d migrants shouted back. About 6,000 Central Americans " +
        "have reached the border cities of Tijuana and Mexicali, according to local officials. Jos\u00e9 Pe\u00f1a, a " +
        "volunteer at the shelter, said it held 360 people.\n"
      writeFileSync(join(dir, "legacy.txt"), iconv.encode(article, "windows-1252"))
      const items = yield* readAll(dir)
      const document = loaded(items, "legacy.txt")
      assert.strictEqual(document.text, article)
      assert.strictEqual(document.encoding, "windows-1252")
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("refuses bytes with no NUL whose encoding cannot be told", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-noise-"))
      // every byte value but 0, shuffled by a fixed multiplier: not UTF-8, not text in any encoding
      const noise = new Uint8Array(765)
      for (let i = 0; i < noise.length; i++) noise[i] = ((i * 97) % 255) + 1
      writeFileSync(join(dir, "noise.dat"), noise)
      const items = yield* readAll(dir)
      const item = items[0]
      assert.strictEqual(item?._tag, "Failed")
      assert.match(item?._tag === "Failed" ? item.error.message : "", /binary|encoding/)
    }).pipe(Effect.provide(CorpusTest)))

  it.effect("fails plainly on an input that does not exist", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* Corpus).list(join(fixtures, "no-such-folder")))
      assert.strictEqual(error._tag, "InputNotFound")
    }).pipe(Effect.provide(CorpusTest)))
})

describe("metadata given with a document", () => {
  it.effect("wins over the dates and outlet the text suggests", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "tally-corpus-meta-"))
      // the dateline says Oct. 22 and Xinhua; the record says otherwise, and the record wins
      const record = {
        id: "un-briefing",
        text: "UNITED NATIONS, Oct. 22 (Xinhua) -- The spokesman noted that 7,233 people are marching toward the Mexico-U.S. border.",
        published: "2018-10-23",
        publisher: "Example Wire",
        title: "UN says 7,233 people in caravan"
      }
      writeFileSync(join(dir, "news.jsonl"), JSON.stringify(record) + "\n")
      const [item] = yield* readAll(join(dir, "news.jsonl"))
      assert.strictEqual(item?._tag, "Loaded")
      if (item?._tag !== "Loaded") return
      const records = yield* (yield* Pipeline).annotate(item.document)
      assert.deepStrictEqual(
        records.articles.map((a) => [a.doc, a.published, a.published_basis, a.publisher, a.title]),
        [["news.jsonl#un-briefing", "2018-10-23", "metadata", "Example Wire", "UN says 7,233 people in caravan"]]
      )
    }).pipe(Effect.provide(StagesTest)), 60_000)
})

describe("kept text", () => {
  it("puts a document's text under text/, keeping folders and making record ids safe", () => {
    assert.strictEqual(keptTextPath("004_9c667aca175d9670.txt"), "text/004_9c667aca175d9670.txt.txt")
    assert.strictEqual(keptTextPath("corpus/news.jsonl#42"), "text/corpus/news.jsonl__42.txt")
    const hostile = keptTextPath("news.jsonl#../../../etc/passwd")
    const out = resolve("/tmp/out")
    assert.isTrue(resolve(out, hostile).startsWith(join(out, "text") + "/"), hostile)
    assert.strictEqual(keptTextPath('a.jsonl#what?"*'), "text/a.jsonl__what___.txt")
  })

  it.effect("holds the text every offset of every format refers to", () =>
    Effect.gen(function*() {
      const out = mkdtempSync(join(tmpdir(), "tally-corpus-kept-"))
      yield* (yield* Pipeline).run({ input: join(fixtures, "formats"), out, keepText: true, concurrency: 1 })
      const claims = readFileSync(join(out, "claims.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
      const formats = new Set<string>()
      for (const c of claims) {
        const text = readFileSync(join(out, keptTextPath(c.doc)), "utf8")
        assert.strictEqual(Array.from(text).slice(c.span.start, c.span.end).join(""), c.span.text, `${c.doc} ${c.span.start}`)
        formats.add(c.doc.split(/[.#]/)[1])
      }
      // claims came from the HTML page, the Markdown file and the JSON records alike
      assert.deepStrictEqual([...formats].sort(), ["html", "json", "md"])
    }).pipe(Effect.provide(PipelineTest)), 60_000)
})
