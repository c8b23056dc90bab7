import { Context, Effect, Layer, Path } from "effect"
import type { ArticleRecord } from "../schemas/Article.ts"
import type { Claim } from "../schemas/Claim.ts"
import type { DocumentRecord } from "../schemas/Document.ts"
import type { SentenceRecord } from "../schemas/Sentence.ts"
import { TOOL_VERSION } from "../schemas/version.ts"
import { Attributor } from "./Attributor.ts"
import { Comparer } from "./Comparer.ts"
import { Corpus, type InputEntry } from "./Corpus.ts"
import { Dater } from "./Dater.ts"
import { type InputNotFound, StageFailed, type WriteFailed } from "./errors.ts"
import type { SourceDocument } from "./model.ts"
import { QuantityExtractor } from "./quantities/QuantityExtractor.ts"
import { buildRecords, type DocumentRecords, failedDocument, failedSource } from "./records.ts"
import { renderReport } from "./report/renderReport.ts"
import { Segmenter } from "./Segmenter.ts"
import { sha256Hex } from "./text/hash.ts"
import { type GeneratedFrom, Writer } from "./Writer.ts"

export interface RunOptions {
  readonly input: string
  readonly out: string
  /** also write each document's extracted text to `text/<doc>.txt` */
  readonly keepText: boolean
  /** documents processed at once */
  readonly concurrency: number
}

export interface RunSummary {
  readonly documents: number
  readonly failed: number
  readonly articles: number
  readonly claims: number
  readonly comparisons: number
  readonly files: ReadonlyArray<string>
  readonly errors: ReadonlyArray<{ readonly doc: string; readonly message: string }>
}

/** What one input entry contributes: records for each document it held, and texts kept on request. */
interface EntryResult {
  readonly records: ReadonlyArray<DocumentRecords>
  readonly keptTexts: ReadonlyArray<{ readonly doc: string; readonly text: string }>
}

/** The whole flow: per document read -> segment -> extract -> attribute -> date; then compare; then write. */
export class Pipeline extends Context.Service<Pipeline, {
  /** the per-document stages on one decoded document */
  readonly annotate: (source: SourceDocument) => Effect.Effect<DocumentRecords, StageFailed>
  readonly run: (options: RunOptions) => Effect.Effect<RunSummary, InputNotFound | WriteFailed>
}>()("tally/Pipeline") {
  static readonly layer = Layer.effect(
    Pipeline,
    Effect.gen(function*() {
      const corpus = yield* Corpus
      const segmenter = yield* Segmenter
      const extractor = yield* QuantityExtractor
      const attributor = yield* Attributor
      const dater = yield* Dater
      const comparer = yield* Comparer
      const writer = yield* Writer
      const path = yield* Path.Path

      const annotate = Effect.fn("Pipeline.annotate")(
        function*(source: SourceDocument) {
          const segmented = yield* segmenter.segment(source)
          const mentions = yield* extractor.extract(segmented)
          const attributed = yield* attributor.attribute(segmented, mentions)
          const dated = yield* dater.date(segmented, mentions, attributed)
          return buildRecords({
            segmented,
            mentions,
            attributions: attributed.mentions.map((m) => m.attribution),
            eventDates: dated.eventDates,
            articleDates: dated.articles
          })
        },
        // A bug in a stage must cost one document, not the run: the defect becomes that document's error row.
        (effect, source) =>
          Effect.catchDefect(effect, (defect) =>
            Effect.fail(
              new StageFailed({
                doc: source.doc,
                stage: "annotate",
                message: `internal error: ${defect instanceof Error ? defect.message : String(defect)}`
              })
            ))
      )

      const processEntry = (entry: InputEntry, keepText: boolean): Effect.Effect<EntryResult> =>
        Effect.gen(function*() {
          const items = yield* corpus.read(entry)
          const records: Array<DocumentRecords> = []
          const keptTexts: Array<{ doc: string; text: string }> = []
          for (const item of items) {
            if (item._tag === "Failed") {
              records.push({ document: failedDocument(item, item.error), articles: [], claims: [], sentences: [] })
              continue
            }
            const annotated = yield* annotate(item.document).pipe(
              Effect.catchTag("StageFailed", (error) =>
                Effect.succeed<DocumentRecords>({ document: failedSource(item.document, error), articles: [], claims: [], sentences: [] }))
            )
            // sentences are kept only on request: without --keep-text memory holds records, not texts
            records.push(keepText ? annotated : { ...annotated, sentences: [] })
            if (keepText) keptTexts.push({ doc: item.document.doc, text: item.document.text })
          }
          return { records, keptTexts }
        })

      const run = Effect.fn("Pipeline.run")(function*(options: RunOptions) {
        const entries = yield* corpus.list(options.input)
        // Order is kept whatever the concurrency, so output does not depend on timing.
        const results = yield* Effect.forEach(entries, (entry) => processEntry(entry, options.keepText), {
          concurrency: options.concurrency
        })
        const documents: Array<DocumentRecord> = []
        const articles: Array<ArticleRecord> = []
        const claims: Array<Claim> = []
        const keptTexts: Array<{ doc: string; text: string }> = []
        const sentences: Array<SentenceRecord> = []
        for (const result of results) {
          for (const r of result.records) {
            documents.push(r.document)
            articles.push(...r.articles)
            claims.push(...r.claims)
            sentences.push(...r.sentences)
          }
          keptTexts.push(...result.keptTexts)
        }
        const compared = yield* comparer.compare(claims)
        const generatedFrom = describeInput(path.basename(path.resolve(options.input)), documents)
        const files = yield* writer.write(options.out, {
          generatedFrom,
          documents,
          articles,
          claims: compared.claims,
          comparisons: compared.comparisons,
          keptTexts,
          keptSentences: sentences,
          reportHtml: renderReport({ claims: compared.claims, comparisons: compared.comparisons, generatedFrom })
        })
        const errors = documents.filter((d) => d.status === "error").map((d) => ({ doc: d.doc, message: d.error ?? "" }))
        return {
          documents: documents.length,
          failed: errors.length,
          articles: articles.length,
          claims: claims.length,
          comparisons: compared.comparisons.length,
          files,
          errors
        }
      })

      return Pipeline.of({ annotate, run })
    })
  )
}

const describeInput = (input: string, documents: ReadonlyArray<DocumentRecord>): GeneratedFrom => {
  const fingerprint = sha256Hex(documents.map((d) => `${d.doc}\u0000${d.sha256 ?? ""}\n`).join(""))
  return { tool: `tally ${TOOL_VERSION}`, input, documents: documents.length, corpus_sha256: fingerprint }
}
