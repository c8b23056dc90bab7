/** Who gave a figure, as a comparison counts and names sources. */
import type { Claim } from "../../schemas/Claim.ts"
import { normaliseNoun } from "./classify.ts"

/**
 * One key per institution: a spokesman speaks for his organisation, so Farhan Haq and the United Nations are
 * one source; an outlet's own statements are that outlet's (`Reuters` in every Reuters article).
 */
export const sourceKey = (claim: Claim): string => {
  const s = claim.source
  if (s.type === "publisher") {
    return claim.article.publisher === null ? `outlet of ${claim.doc}` : normaliseNoun(claim.article.publisher)
  }
  const named = s.org ?? s.name
  return named === null ? `unnamed ${s.type} in ${claim.doc}#${claim.article.index}` : normaliseNoun(named)
}

/** How a reader sees the source: `Farhan Haq (United Nations)`, `Mexico's interior ministry`, `Reuters`. */
export const sourceLabel = (claim: Claim): string => {
  const s = claim.source
  if (s.type === "publisher") return claim.article.publisher ?? `unnamed outlet (${claim.doc})`
  if (s.name !== null && s.org !== null && s.name !== s.org) return `${s.name} (${s.org})`
  return s.name ?? s.org ?? `an unnamed ${s.type.replace(/_/gu, " ")}`
}
