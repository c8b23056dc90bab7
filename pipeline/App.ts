import { NodeServices } from "@effect/platform-node"
import { Layer } from "effect"
import { Attributor } from "./Attributor.ts"
import { Comparer } from "./Comparer.ts"
import { Corpus } from "./Corpus.ts"
import { Dater } from "./Dater.ts"
import { Nlp } from "./Nlp.ts"
import { Pipeline } from "./Pipeline.ts"
import { QuantityExtractor } from "./quantities/QuantityExtractor.ts"
import { Segmenter } from "./Segmenter.ts"
import { Writer } from "./Writer.ts"

/** The stages without the platform: tests provide their own FileSystem/Path if they need to. */
export const StagesLive = Layer.mergeAll(
  Corpus.layer,
  Segmenter.layer.pipe(Layer.provide(Nlp.layer)),
  QuantityExtractor.layer,
  Attributor.layer,
  Dater.layer,
  Comparer.layer,
  Writer.layer
)

/** The one place where the program's layers are composed (used by `npm run pipeline` and `npm run eval`). */
export const PipelineLive = Pipeline.layer.pipe(Layer.provide(StagesLive), Layer.provideMerge(NodeServices.layer))
