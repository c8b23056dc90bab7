/**
 * Scores extracted claims against a gold annotation, exactly as `../shared/spec/gold-format.md` says.
 * Pure: claims in, numbers and reading lists out. Offsets on both sides are code points.
 */
import type { GoldClaim, NonClaimSpan, PredictedClaim, ScopeEntry } from "./data.ts"

/** A proportion with its parts, so a reader sees "2/3" and not only 0.667. `value` is null when total is 0. */
export interface Ratio {
  readonly correct: number
  readonly total: number
  readonly value: number | null
}

export const ratio = (correct: number, total: number): Ratio => ({ correct, total, value: total === 0 ? null : correct / total })

/** Harmonic mean of two ratios; null when either is undefined, 0 when both are 0. */
export const f1 = (p: Ratio, r: Ratio): number | null => {
  if (p.value === null || r.value === null) return null
  return p.value + r.value === 0 ? 0 : (2 * p.value * r.value) / (p.value + r.value)
}

/** The quantity fields a strict match needs, and the attributes whose accuracy is reported on matches. */
export const quantityFields = ["value", "low", "high", "qualifier", "unit"] as const
export const attributeFields = ["category", "source", "source_type", "published", "event_date"] as const
export type QuantityField = (typeof quantityFields)[number]
export type AttributeField = (typeof attributeFields)[number]

export interface Scores {
  readonly gold: number
  readonly predicted: number
  readonly matched: number
  readonly detection: { readonly precision: Ratio; readonly recall: Ratio; readonly f1: number | null }
  readonly strict: { readonly precision: Ratio; readonly recall: Ratio; readonly f1: number | null }
  /** strict recall over the gold claims marked `key` */
  readonly keyStrictRecall: Ratio
  /** accuracy of each attribute over matched claims */
  readonly attributes: Readonly<Record<AttributeField, Ratio>>
  /** extracted claims that overlap a listed non-claim span */
  readonly nonClaimFalsePositives: number
}

export interface MatchedPair {
  readonly gold: GoldClaim
  readonly predicted: PredictedClaim
  readonly overlap: number
  /** quantity fields that disagree; empty = strict match */
  readonly wrongQuantity: ReadonlyArray<QuantityField>
  /** attributes that disagree */
  readonly wrongAttributes: ReadonlyArray<AttributeField>
}

export interface NonClaimHit {
  readonly span: NonClaimSpan
  readonly predicted: PredictedClaim
}

export interface EvalReport {
  readonly overall: Scores
  readonly documents: ReadonlyArray<{ readonly doc: string; readonly scores: Scores }>
  readonly matches: ReadonlyArray<MatchedPair>
  /** gold claims no extracted claim overlaps */
  readonly misses: ReadonlyArray<GoldClaim>
  /** extracted claims that overlap no gold claim */
  readonly spurious: ReadonlyArray<PredictedClaim>
  readonly nonClaimHits: ReadonlyArray<NonClaimHit>
  /** extracted claims left out because they stand outside the scope */
  readonly outOfScope: number
}

// ---------------------------------------------------------------------------------------------------
// Equality rules

/** "Equal as numbers": exact for integers, a relative tolerance for products such as 4.5 * 1e9. */
export const sameNumber = (a: number | null, b: number | null): boolean => {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Absent strings: JSON `null` and an empty string mean the same (a CSV round trip turns one into the other). */
const present = (s: string | null | undefined): string | null => (s === null || s === undefined || s.trim() === "" ? null : s)

const sameString = (a: string | null, b: string | null): boolean => present(a) === present(b)

/** Case and punctuation folding: lower case, punctuation dropped, white space runs folded. */
export const foldName = (s: string): string =>
  s.toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/gu, " ").trim()

/**
 * The source rule of gold-format.md: equal after case and punctuation folding, or the gold's last name
 * appears (as a whole word) in the extracted name. Both absent is agreement; one absent is not.
 */
export const sameSource = (gold: string | null, predicted: string | null): boolean => {
  const g = present(gold)
  const p = present(predicted)
  if (g === null || p === null) return g === p
  const fg = foldName(g)
  const fp = foldName(p)
  if (fg === fp) return true
  const last = fg.split(" ").at(-1)
  return last !== undefined && last !== "" && ` ${fp} `.includes(` ${last} `)
}

export const wrongQuantityFields = (g: GoldClaim, p: PredictedClaim): ReadonlyArray<QuantityField> => {
  const wrong: Array<QuantityField> = []
  if (!sameNumber(g.value, p.value)) wrong.push("value")
  if (!sameNumber(g.low, p.low)) wrong.push("low")
  if (!sameNumber(g.high, p.high)) wrong.push("high")
  if (g.qualifier !== p.qualifier) wrong.push("qualifier")
  if (!sameString(g.unit, p.unit)) wrong.push("unit")
  return wrong
}

export const wrongAttributeFields = (g: GoldClaim, p: PredictedClaim): ReadonlyArray<AttributeField> => {
  const wrong: Array<AttributeField> = []
  if (g.category !== p.category) wrong.push("category")
  if (!sameSource(g.source, p.source)) wrong.push("source")
  if (g.source_type !== p.source_type) wrong.push("source_type")
  if (!sameString(g.published, p.published)) wrong.push("published")
  if (!sameString(g.event_date, p.event_date)) wrong.push("event_date")
  return wrong
}

// ---------------------------------------------------------------------------------------------------
// Matching

export const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/**
 * One-to-one matching of gold and extracted claims of one document: every overlapping pair is a
 * candidate; pairs are taken largest overlap first, each claim at most once. Ties go to the pair whose
 * boundaries are closest, then to document order, so the result never depends on input order quirks.
 */
export const matchClaims = (
  gold: ReadonlyArray<GoldClaim>,
  predicted: ReadonlyArray<PredictedClaim>
): ReadonlyArray<{ readonly gold: number; readonly predicted: number; readonly overlap: number }> => {
  const candidates: Array<{ gold: number; predicted: number; overlap: number; distance: number }> = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (g.doc !== p.doc) return
      const o = overlap(g, p)
      if (o > 0) candidates.push({ gold: gi, predicted: pi, overlap: o, distance: Math.abs(g.start - p.start) + Math.abs(g.end - p.end) })
    })
  })
  candidates.sort((a, b) =>
    b.overlap - a.overlap || a.distance - b.distance || gold[a.gold]!.start - gold[b.gold]!.start ||
    predicted[a.predicted]!.start - predicted[b.predicted]!.start || a.gold - b.gold || a.predicted - b.predicted
  )
  const goldTaken = new Set<number>()
  const predictedTaken = new Set<number>()
  const pairs: Array<{ gold: number; predicted: number; overlap: number }> = []
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predictedTaken.has(c.predicted)) continue
    goldTaken.add(c.gold)
    predictedTaken.add(c.predicted)
    pairs.push({ gold: c.gold, predicted: c.predicted, overlap: c.overlap })
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}

// ---------------------------------------------------------------------------------------------------
// Scope

/**
 * Without a scope every extracted claim counts (the gold annotates the whole input). With one, only
 * claims inside a listed document, or inside a listed range of it, are scored.
 */
export const inScope = (scope: ReadonlyArray<ScopeEntry> | null) => (claim: { doc: string; start: number; end: number }): boolean => {
  if (scope === null) return true
  return scope.some((s) =>
    s.doc === claim.doc && (s.start === undefined || claim.start >= s.start) && (s.end === undefined || claim.end <= s.end)
  )
}

// ---------------------------------------------------------------------------------------------------
// Scoring

const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const scoresOf = (
  gold: ReadonlyArray<GoldClaim>,
  predicted: ReadonlyArray<PredictedClaim>,
  matches: ReadonlyArray<MatchedPair>,
  nonClaimFalsePositives: number
): Scores => {
  const strictCorrect = matches.filter((m) => m.wrongQuantity.length === 0)
  const detectionP = ratio(matches.length, predicted.length)
  const detectionR = ratio(matches.length, gold.length)
  const strictP = ratio(strictCorrect.length, predicted.length)
  const strictR = ratio(strictCorrect.length, gold.length)
  const attribute = (field: AttributeField): Ratio =>
    ratio(matches.filter((m) => !m.wrongAttributes.includes(field)).length, matches.length)
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: matches.length,
    detection: { precision: detectionP, recall: detectionR, f1: f1(detectionP, detectionR) },
    strict: { precision: strictP, recall: strictR, f1: f1(strictP, strictR) },
    keyStrictRecall: ratio(strictCorrect.filter((m) => m.gold.key).length, gold.filter((g) => g.key).length),
    attributes: {
      category: attribute("category"),
      source: attribute("source"),
      source_type: attribute("source_type"),
      published: attribute("published"),
      event_date: attribute("event_date")
    },
    nonClaimFalsePositives
  }
}

export interface EvalInput {
  readonly gold: ReadonlyArray<GoldClaim>
  readonly predicted: ReadonlyArray<PredictedClaim>
  readonly nonClaims?: ReadonlyArray<NonClaimSpan> | undefined
  readonly scope?: ReadonlyArray<ScopeEntry> | null | undefined
}

export const score = (input: EvalInput): EvalReport => {
  const nonClaims = input.nonClaims ?? []
  const keep = inScope(input.scope ?? null)
  const predicted = input.predicted.filter(keep)
  const outOfScope = input.predicted.length - predicted.length

  const docs = [...new Set([...input.gold.map((g) => g.doc), ...predicted.map((p) => p.doc)])].sort(codeUnitOrder)
  const documents: Array<{ doc: string; scores: Scores }> = []
  const allMatches: Array<MatchedPair> = []
  const misses: Array<GoldClaim> = []
  const spurious: Array<PredictedClaim> = []
  const nonClaimHits: Array<NonClaimHit> = []

  for (const doc of docs) {
    const gold = input.gold.filter((g) => g.doc === doc).sort((a, b) => a.start - b.start || a.end - b.end)
    const pred = predicted.filter((p) => p.doc === doc).sort((a, b) => a.start - b.start || a.end - b.end)
    const pairs = matchClaims(gold, pred)
    const matches: Array<MatchedPair> = pairs.map((pair) => {
      const g = gold[pair.gold]!
      const p = pred[pair.predicted]!
      return { gold: g, predicted: p, overlap: pair.overlap, wrongQuantity: wrongQuantityFields(g, p), wrongAttributes: wrongAttributeFields(g, p) }
    })
    const matchedGold = new Set(pairs.map((p) => p.gold))
    const matchedPred = new Set(pairs.map((p) => p.predicted))
    gold.forEach((g, i) => matchedGold.has(i) || misses.push(g))
    pred.forEach((p, i) => matchedPred.has(i) || spurious.push(p))
    const spans = nonClaims.filter((n) => n.doc === doc)
    let hitClaims = 0
    for (const p of pred) {
      const hits = spans.filter((n) => overlap(n, p) > 0)
      if (hits.length > 0) hitClaims++
      for (const span of hits) nonClaimHits.push({ span, predicted: p })
    }
    allMatches.push(...matches)
    documents.push({ doc, scores: scoresOf(gold, pred, matches, hitClaims) })
  }

  const overall = scoresOf(
    input.gold,
    predicted,
    allMatches,
    documents.reduce((n, d) => n + d.scores.nonClaimFalsePositives, 0)
  )
  return { overall, documents, matches: allMatches, misses, spurious, nonClaimHits, outOfScope }
}
