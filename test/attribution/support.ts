/**
 * Shared helpers of the attribution and dating tests: real seed documents segmented by the real
 * Segmenter, and figures located in their text by hand (indexOf), so that these tests do not depend on
 * the QuantityExtractor.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { Category } from "../../schemas/Claim.ts"
import { type ArticleAttribution, analyseArticle } from "../../pipeline/attribution/attribute.ts"
import type { ResolvedSource } from "../../pipeline/attribution/classify.ts"
import { articlePublisher } from "../../pipeline/dating/published.ts"
import type { DocumentMetadata, QuantityMention, SegmentedDocument, SourceDocument } from "../../pipeline/model.ts"
import { annotate } from "../../pipeline/Nlp.ts"
import { segmentDocument } from "../../pipeline/Segmenter.ts"

export const SEED_000 = "000_8af703ce3f31ec0b.txt"
export const SEED_001 = "001_af23199f87a247d1.txt"
export const SEED_002 = "002_2ec3e803b5d2f7b8.txt"
export const SEED_003 = "003_8c3fdc2996188961.txt"
export const SEED_004 = "004_9c667aca175d9670.txt"

const root = fileURLToPath(new URL("../../", import.meta.url))

export const documentOf = (doc: string, text: string, metadata: DocumentMetadata = {}): SourceDocument => ({
  doc,
  format: "txt",
  text: text.replace(/\r\n?/g, "\n"),
  sha256: "",
  bytes: text.length,
  encoding: "utf-8",
  metadata
})

const cache = new Map<string, SegmentedDocument>()

/** A seed file as the Corpus reads it and the Segmenter segments it. */
export const seed = (name: string, metadata: DocumentMetadata = {}): SegmentedDocument => {
  const key = `${name}\u0000${JSON.stringify(metadata)}`
  const cached = cache.get(key)
  if (cached) return cached
  const text = readFileSync(root + "seeds/" + name, "utf8")
  const segmented = segmentDocument(documentOf(name, text, metadata), annotate)
  cache.set(key, segmented)
  return segmented
}

/** A document written for a test (realistic news sentences), segmented. */
export const written = (text: string, metadata: DocumentMetadata = {}): SegmentedDocument =>
  segmentDocument(documentOf("written.txt", text, metadata), annotate)

export interface Locate {
  /** text that comes before the figure (picks the right occurrence) */
  readonly after?: string
  readonly unit?: string | null
  readonly category?: Category
}

/** The figure `mention` as the QuantityExtractor would hand it on, found in the document by its text. */
export const mentionOf = (doc: SegmentedDocument, mention: string, locate: Locate = {}): QuantityMention => {
  const text = doc.source.text
  const from = locate.after === undefined ? 0 : text.indexOf(locate.after)
  if (from < 0) throw new Error(`context not found: ${locate.after}`)
  const start = text.indexOf(mention, from)
  if (start < 0) throw new Error(`figure not found: ${mention}`)
  return mentionAtOffset(doc, start, start + mention.length, locate)
}

export const mentionAtOffset = (doc: SegmentedDocument, start: number, end: number, locate: Locate = {}): QuantityMention => {
  for (const article of doc.articles) {
    const sentence = article.sentences.find((s) => s.start <= start && end <= s.end)
    if (!sentence) continue
    return {
      article: article.index,
      sentence: sentence.index,
      start,
      end,
      text: doc.source.text.slice(start, end),
      quantity: { value: null, low: null, high: null, qualifier: "exact", unit: locate.unit ?? null },
      counted: null,
      category: locate.category ?? "other",
      confidence: 1
    }
  }
  throw new Error(`no sentence holds ${start}-${end}`)
}

/** The article's attribution analysis. */
export const analysisOf = (doc: SegmentedDocument, articleIndex = 1): ArticleAttribution => {
  const article = doc.articles.find((a) => a.index === articleIndex)
  if (!article) throw new Error(`no article ${articleIndex}`)
  return analyseArticle(doc.source.text, article, articlePublisher(doc, article))
}

/** The article holding `phrase`. */
export const articleHolding = (doc: SegmentedDocument, phrase: string): number => {
  const at = doc.source.text.indexOf(phrase)
  const article = doc.articles.find((a) => a.start <= at && at < a.end)
  if (!article) throw new Error(`no article holds ${phrase}`)
  return article.index
}

/** The cues (text and resolved source) of the sentence that holds `phrase`. */
export const cuesOfSentence = (
  doc: SegmentedDocument,
  phrase: string
): ReadonlyArray<{ readonly cue: string; readonly source: ResolvedSource | null }> => {
  const analysis = analysisOf(doc, articleHolding(doc, phrase))
  const at = doc.source.text.indexOf(phrase)
  const index = analysis.sentences.findIndex((s) => s.sentence.start <= at && at < s.sentence.end)
  if (index < 0) throw new Error(`no sentence holds ${phrase}`)
  return (analysis.cues[index] ?? []).map((c) => ({ cue: c.match.text, source: c.source }))
}
