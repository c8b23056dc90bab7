import type { BlockKind, QuantityMention, Sentence } from "../model.ts"

/** Blocks whose sentences can state claims; headlines, bylines, credits and page chrome cannot. */
export const isClaimBearing = (kind: BlockKind): boolean => kind === "body" || kind === "caption" || kind === "subheadline"

export type FoundQuantity = Omit<QuantityMention, "article" | "sentence">

/**
 * PLACEHOLDER grammar (issue 3 replaces it): bare digit figures with a few leading qualifiers.
 * `text` is the whole document text; sentence offsets index into it.
 */
export const extractFromSentence = (text: string, sentence: Sentence): ReadonlyArray<FoundQuantity> => {
  const out: Array<FoundQuantity> = []
  const re = /\b(?:(more than|about|at least|some|almost|nearly|over|around)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b/g
  const body = text.slice(sentence.start, sentence.end)
  for (const m of body.matchAll(re)) {
    const n = Number(m[2]!.replace(/,/g, ""))
    if (n >= 1800 && n <= 2100 && !m[2]!.includes(",")) continue
    const q = m[1]?.toLowerCase()
    const qualifier = q === "more than" || q === "over" ? "more_than" : q === "at least" ? "at_least" : q === "almost" || q === "nearly" ? "almost" : q ? "approximate" : "exact"
    const start = sentence.start + m.index
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      quantity: {
        value: n,
        low: qualifier === "exact" || qualifier === "more_than" || qualifier === "at_least" ? n : null,
        high: qualifier === "exact" || qualifier === "almost" ? n : null,
        qualifier,
        unit: null
      },
      counted: null,
      category: "other",
      confidence: 0.5
    })
  }
  return out
}
