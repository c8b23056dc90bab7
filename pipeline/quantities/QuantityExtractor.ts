import { Context, Effect, Layer } from "effect"
import type { QuantityMention, SegmentedDocument } from "../model.ts"
import { extractFromSentence, isClaimBearing } from "./extract.ts"

/** The extraction stage: every cardinal figure of every claim-bearing sentence, normalised. */
export class QuantityExtractor extends Context.Service<QuantityExtractor, {
  readonly extract: (doc: SegmentedDocument) => Effect.Effect<ReadonlyArray<QuantityMention>>
}>()("tally/QuantityExtractor") {
  static readonly layer = Layer.succeed(
    QuantityExtractor,
    QuantityExtractor.of({
      extract: Effect.fnUntraced(function*(doc: SegmentedDocument) {
        const mentions: Array<QuantityMention> = []
        for (const article of doc.articles) {
          for (const sentence of article.sentences) {
            if (!isClaimBearing(sentence.kind)) continue
            for (const found of extractFromSentence(doc.source.text, sentence)) {
              mentions.push({ ...found, article: article.index, sentence: sentence.index })
            }
          }
        }
        return mentions
      })
    })
  )
}
