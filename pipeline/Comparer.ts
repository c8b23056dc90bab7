import { Context, Effect, Layer } from "effect"
import type { Claim } from "../schemas/Claim.ts"
import type { Comparison } from "../schemas/Comparison.ts"

export interface Compared {
  readonly comparisons: ReadonlyArray<Comparison>
  /** the input claims, same order, each with its `comparison_id` set (or null) */
  readonly claims: ReadonlyArray<Claim>
}

/** The comparison stage: the only one that sees the whole corpus. */
export class Comparer extends Context.Service<Comparer, {
  readonly compare: (claims: ReadonlyArray<Claim>) => Effect.Effect<Compared>
}>()("tally/Comparer") {
  // PLACEHOLDER (issue 6 replaces it): no groups.
  static readonly layer = Layer.succeed(
    Comparer,
    Comparer.of({ compare: (claims) => Effect.succeed({ comparisons: [], claims }) })
  )
}
