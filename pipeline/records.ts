/**
 * Turns one annotated document into the contract's records. This is the one place where working offsets
 * (UTF-16) become the contract's code-point offsets and where claim ids are minted.
 */
import type { ArticleRecord } from "../schemas/Article.ts"
import type { Claim } from "../schemas/Claim.ts"
import type { DocumentRecord } from "../schemas/Document.ts"
import type { SentenceRecord } from "../schemas/Sentence.ts"
import type { DocumentError } from "./errors.ts"
import type { AnnotatedDocument, InputFormat, SourceDocument } from "./model.ts"
import { sha256Hex } from "./text/hash.ts"
import { codePointMap, foldWhitespace } from "./text/offsets.ts"

/**
 * Stable claim id: the same document (path and bytes) and span always give the same id. The path is part
 * of it so that two identical files in one corpus still have distinct primary keys.
 */
export const claimId = (doc: string, sha256: string, start: number, end: number): string =>
  sha256Hex(`${doc}\u0000${sha256}\u0000${start}\u0000${end}`).slice(0, 16)

export interface DocumentRecords {
  readonly document: DocumentRecord
  readonly articles: ReadonlyArray<ArticleRecord>
  /** `comparison_id` is null here; the Comparer fills it in */
  readonly claims: ReadonlyArray<Claim>
  /** every sentence of every article, with its block kind: how the Segmenter read the document */
  readonly sentences: ReadonlyArray<SentenceRecord>
}

export const buildRecords = (annotated: AnnotatedDocument): DocumentRecords => {
  const { segmented, mentions, attributions, eventDates, articleDates } = annotated
  const source = segmented.source
  const cp = codePointMap(source.text)
  const articleByIndex = new Map(segmented.articles.map((a, i) => [a.index, { segment: a, date: articleDates[i]! }]))

  const claims: Array<Claim> = mentions.map((mention, i) => {
    const article = articleByIndex.get(mention.article)!
    const sentence = article.segment.sentences[mention.sentence]!
    const attribution = attributions[i]!
    const start = cp.toCodePoint(mention.start)
    const end = cp.toCodePoint(mention.end)
    return {
      id: claimId(source.doc, source.sha256, start, end),
      doc: source.doc,
      article: {
        index: mention.article,
        title: article.segment.title,
        publisher: article.date.publisher,
        published: article.date.published,
        published_basis: article.date.basis
      },
      span: { start, end, text: mention.text, sentence: foldWhitespace(sentence.text) },
      quantity: mention.quantity,
      counted: mention.counted,
      category: mention.category,
      source: { name: attribution.name, org: attribution.org, type: attribution.type, cue: attribution.cue },
      event_date: eventDates[i] ?? null,
      comparison_id: null,
      confidence: mention.confidence
    }
  })

  const claimsPerArticle = new Map<number, number>()
  for (const m of mentions) claimsPerArticle.set(m.article, (claimsPerArticle.get(m.article) ?? 0) + 1)

  const articles: Array<ArticleRecord> = segmented.articles.map((a, i) => {
    const date = articleDates[i]!
    return {
      doc: source.doc,
      article: a.index,
      title: a.title,
      byline: a.byline,
      dateline: a.dateline?.text ?? null,
      publisher: date.publisher,
      published: date.published,
      published_basis: date.basis,
      start: cp.toCodePoint(a.start),
      end: cp.toCodePoint(a.end),
      sentences: a.sentences.length,
      claims: claimsPerArticle.get(a.index) ?? 0
    }
  })

  const sentences: Array<SentenceRecord> = segmented.articles.flatMap((a) =>
    a.sentences.map((sentence) => ({
      doc: source.doc,
      article: a.index,
      index: sentence.index,
      paragraph: sentence.block,
      kind: sentence.kind,
      start: cp.toCodePoint(sentence.start),
      end: cp.toCodePoint(sentence.end),
      text: sentence.text
    }))
  )

  return {
    document: {
      doc: source.doc,
      format: source.format,
      status: "ok",
      error: null,
      error_type: null,
      sha256: source.sha256,
      bytes: source.bytes,
      encoding: source.encoding,
      chars: cp.length,
      articles: articles.length,
      claims: claims.length
    },
    articles,
    claims,
    sentences
  }
}

/** The `documents.csv` row of an input that could not be processed. */
export const failedDocument = (
  failure: { readonly doc: string; readonly format: InputFormat; readonly bytes: number | null; readonly sha256: string | null },
  error: DocumentError
): DocumentRecord => ({
  doc: failure.doc,
  format: failure.format,
  status: "error",
  error: error.message,
  error_type: error._tag,
  sha256: failure.sha256,
  bytes: failure.bytes,
  encoding: null,
  chars: null,
  articles: 0,
  claims: 0
})

/** A document that a stage failed on keeps its identity in `documents.csv`. */
export const failedSource = (source: SourceDocument, error: DocumentError): DocumentRecord =>
  failedDocument({ doc: source.doc, format: source.format, bytes: source.bytes, sha256: source.sha256 }, error)
