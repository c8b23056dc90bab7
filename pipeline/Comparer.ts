import { Context, Effect, Layer } from "effect"
import type { Claim } from "../schemas/Claim.ts"
import { type Compared, compareClaims } from "./comparison/compare.ts"

export type { Compared }

/**
 * The comparison stage: the only one that sees the whole corpus. It groups claims that measure the same
 * thing and flags real disagreement; the rules are data in `rules/comparison.ts`.
 */
export class Comparer extends Context.Service<Comparer, {
  readonly compare: (claims: ReadonlyArray<Claim>) => Effect.Effect<Compared>
}>()("tally/Comparer") {
  static readonly layer = Layer.succeed(
    Comparer,
    Comparer.of({ compare: (claims) => Effect.sync(() => compareClaims(claims)) })
  )
}
