/** Shared helpers of the Segmenter tests: the real seed files and the offset invariants every output keeps. */
import { assert } from "@effect/vitest"
import { Layer } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { sha256Hex } from "../../pipeline/text/hash.ts"
import type { SegmentedDocument, SourceDocument } from "../../pipeline/model.ts"
import { Nlp } from "../../pipeline/Nlp.ts"
import { Segmenter } from "../../pipeline/Segmenter.ts"

export const SegmenterLive = Segmenter.layer.pipe(Layer.provide(Nlp.layer))

export const SEEDS = [
  "000_8af703ce3f31ec0b.txt",
  "001_af23199f87a247d1.txt",
  "002_2ec3e803b5d2f7b8.txt",
  "003_8c3fdc2996188961.txt",
  "004_9c667aca175d9670.txt"
] as const

const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url))

/** A document as the Corpus stage gives it (newlines normalised), from text. */
export const documentOf = (doc: string, text: string, metadata: SourceDocument["metadata"] = {}): SourceDocument => ({
  doc,
  format: "txt",
  text: text.replace(/\r\n?/g, "\n"),
  sha256: sha256Hex(text),
  bytes: Buffer.byteLength(text),
  encoding: "utf-8",
  metadata
})

export const seed = (name: (typeof SEEDS)[number]): SourceDocument =>
  documentOf(name, readFileSync(seedsDir + name, "utf8"))

/** Every paragraph (non-blank line) of every seed, trimmed: material for generated documents. */
export const seedParagraphs = (): Array<string> =>
  SEEDS.flatMap((name) => seed(name).text.split("\n").map((line) => line.trim()).filter((line) => line !== ""))

/**
 * The offset invariants: texts are exact slices of the document; blocks are in order, do not overlap and
 * lie inside their article; sentences lie inside their block, in order, with its kind; tokens lie inside
 * their sentence; articles are in order and do not overlap.
 */
export const assertInvariants = (segmented: SegmentedDocument): void => {
  const text = segmented.source.text
  let previousArticleEnd = 0
  segmented.articles.forEach((article, a) => {
    assert.strictEqual(article.index, a + 1)
    assert.isAtLeast(article.start, previousArticleEnd, `article ${article.index} starts before the previous one ends`)
    assert.isBelow(article.start, article.end)
    assert.isAbove(article.blocks.length, 0)
    previousArticleEnd = article.end
    let previousBlockEnd = article.start
    for (const block of article.blocks) {
      assert.strictEqual(block.text, text.slice(block.start, block.end))
      assert.isAtLeast(block.start, previousBlockEnd, `block ${JSON.stringify(block.text)} overlaps the one before`)
      assert.isBelow(block.start, block.end)
      assert.isAtMost(block.end, article.end)
      assert.strictEqual(block.text, block.text.trim(), "blocks are trimmed")
      previousBlockEnd = block.end
    }
    assert.strictEqual(article.start, article.blocks[0]!.start)
    assert.strictEqual(article.end, article.blocks[article.blocks.length - 1]!.end)
    let previousSentenceEnd = article.start
    article.sentences.forEach((sentence, s) => {
      assert.strictEqual(sentence.index, s)
      assert.strictEqual(sentence.text, text.slice(sentence.start, sentence.end))
      assert.isAtLeast(sentence.start, previousSentenceEnd, `sentence ${s} overlaps the one before`)
      assert.isBelow(sentence.start, sentence.end)
      previousSentenceEnd = sentence.end
      const block = article.blocks[sentence.block]
      assert.isDefined(block, `sentence ${s} names block ${sentence.block}`)
      assert.strictEqual(sentence.kind, block!.kind)
      assert.isAtLeast(sentence.start, block!.start)
      assert.isAtMost(sentence.end, block!.end)
      for (const token of sentence.tokens) {
        assert.isAtLeast(token.start, sentence.start)
        assert.isAtMost(token.end, sentence.end)
        assert.strictEqual(text.slice(token.start, token.end), token.text)
      }
    })
    // every block has at least one sentence
    const covered = new Set(article.sentences.map((s) => s.block))
    assert.strictEqual(covered.size, article.blocks.length)
  })
}
