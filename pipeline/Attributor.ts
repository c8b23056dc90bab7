import { Context, Effect, Layer } from "effect"
import { attributeDocument, type DocumentAttribution } from "./attribution/attribute.ts"
import { articlePublisher } from "./dating/published.ts"
import type { QuantityMention, SegmentedDocument } from "./model.ts"

/**
 * The attribution stage: who the text says gave each figure (pipeline/attribution/: cues, the source
 * phrase each names, and its fullest form in the article).
 */
export class Attributor extends Context.Service<Attributor, {
  /** one attribution per mention, in the same order, with the per-article analysis the Dater reuses */
  readonly attribute: (
    doc: SegmentedDocument,
    mentions: ReadonlyArray<QuantityMention>
  ) => Effect.Effect<DocumentAttribution>
}>()("tally/Attributor") {
  static readonly layer = Layer.succeed(
    Attributor,
    Attributor.of({
      attribute: (doc, mentions) =>
        Effect.sync(() => attributeDocument(doc, mentions, (article) => articlePublisher(doc, article)))
    })
  )
}
