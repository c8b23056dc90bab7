import { Context, Effect, Layer } from "effect"
import type { DocumentAttribution } from "./attribution/attribute.ts"
import { eventDate } from "./dating/eventDate.ts"
import { articleDate } from "./dating/published.ts"
import type { ArticleDate, QuantityMention, SegmentedDocument } from "./model.ts"

export interface DatedDocument {
  /** one per article, in order */
  readonly articles: ReadonlyArray<ArticleDate>
  /** one per mention, in order */
  readonly eventDates: ReadonlyArray<string | null>
}

/**
 * Each article's publisher and published date (pipeline/dating/published.ts), and each claim's event
 * date (pipeline/dating/eventDate.ts). A claim may take the day its source spoke, so the Dater reads the
 * Attributor's analysis of the same document.
 */
export const dateDocument = (
  doc: SegmentedDocument,
  mentions: ReadonlyArray<QuantityMention>,
  attributed: DocumentAttribution
): DatedDocument => {
  const articles = doc.articles.map((article) => articleDate(doc, article))
  const dateOf = new Map(doc.articles.map((a, i) => [a.index, articles[i]!]))
  const masksOf = new Map<number, Array<{ start: number; end: number }>>()
  for (const m of mentions) masksOf.set(m.article, [...(masksOf.get(m.article) ?? []), { start: m.start, end: m.end }])
  const eventDates = mentions.map((m, i) => {
    const article = doc.articles.find((a) => a.index === m.article)
    const analysis = attributed.analyses.get(m.article)
    if (!article || !analysis) return null
    const ctx = {
      text: doc.source.text,
      article,
      analysis,
      published: dateOf.get(m.article)?.published ?? null,
      sceneDate: dateOf.get(m.article)?.basis === "caption",
      masks: masksOf.get(m.article) ?? []
    }
    return eventDate(ctx, m, attributed.mentions[i]!)
  })
  return { articles, eventDates }
}

/** The dating stage: each article's publisher and published date, and each claim's event date. */
export class Dater extends Context.Service<Dater, {
  readonly date: (
    doc: SegmentedDocument,
    mentions: ReadonlyArray<QuantityMention>,
    attributed: DocumentAttribution
  ) => Effect.Effect<DatedDocument>
}>()("tally/Dater") {
  static readonly layer = Layer.succeed(
    Dater,
    Dater.of({
      date: (doc, mentions, attributed) => Effect.sync(() => dateDocument(doc, mentions, attributed))
    })
  )
}
