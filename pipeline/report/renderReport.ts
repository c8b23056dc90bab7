import type { Claim } from "../../schemas/Claim.ts"
import type { Comparison } from "../../schemas/Comparison.ts"
import type { GeneratedFrom } from "../Writer.ts"

export interface ReportInput {
  readonly claims: ReadonlyArray<Claim>
  readonly comparisons: ReadonlyArray<Comparison>
  readonly generatedFrom: GeneratedFrom
}

/** PLACEHOLDER (issue 6 replaces it with the charted report). */
export const renderReport = (input: ReportInput): string | null => input.claims.length >= 0 ? null : null
