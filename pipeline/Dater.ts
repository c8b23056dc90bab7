import { Context, Effect, Layer } from "effect"
import type { ArticleDate, QuantityMention, SegmentedDocument } from "./model.ts"

export interface DatedDocument {
  /** one per article, in order */
  readonly articles: ReadonlyArray<ArticleDate>
  /** one per mention, in order */
  readonly eventDates: ReadonlyArray<string | null>
}

/** The dating stage: each article's publisher and published date, and each claim's event date. */
export class Dater extends Context.Service<Dater, {
  readonly date: (doc: SegmentedDocument, mentions: ReadonlyArray<QuantityMention>) => Effect.Effect<DatedDocument>
}>()("tally/Dater") {
  // PLACEHOLDER (issue 4 replaces it): metadata or dateline publisher only.
  static readonly layer = Layer.succeed(
    Dater,
    Dater.of({
      date: (doc, mentions) =>
        Effect.succeed({
          articles: doc.articles.map((a) => ({
            published: doc.source.metadata.published ?? null,
            basis: doc.source.metadata.published ? "metadata" as const : "none" as const,
            publisher: doc.source.metadata.publisher ?? a.dateline?.publisher ?? null
          })),
          eventDates: mentions.map(() => null)
        })
    })
  )
}
