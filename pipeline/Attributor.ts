import { Context, Effect, Layer } from "effect"
import type { Attribution, QuantityMention, SegmentedDocument } from "./model.ts"

/** The attribution stage: who the text says gave each figure. */
export class Attributor extends Context.Service<Attributor, {
  /** one Attribution per mention, in the same order */
  readonly attribute: (
    doc: SegmentedDocument,
    mentions: ReadonlyArray<QuantityMention>
  ) => Effect.Effect<ReadonlyArray<Attribution>>
}>()("tally/Attributor") {
  // PLACEHOLDER (issue 4 replaces it): every figure is the publisher's own statement.
  static readonly layer = Layer.succeed(
    Attributor,
    Attributor.of({
      attribute: (_doc, mentions) =>
        Effect.succeed(mentions.map(() => ({ name: null, org: null, type: "publisher" as const, cue: null })))
    })
  )
}
