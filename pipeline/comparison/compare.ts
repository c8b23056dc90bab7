/**
 * Groups the corpus's claims into comparisons. Pure and deterministic: the output depends only on the
 * claims (not on their order), and every ordering below ends on the claim id.
 */
import { sha256Hex } from "../text/hash.ts"
import type { Claim } from "../../schemas/Claim.ts"
import type { ComparedFigure, Comparison } from "../../schemas/Comparison.ts"
import { type EntityFamily, families, minimumDecidingFigures } from "../rules/comparison.ts"
import { type Classified, classify } from "./classify.ts"
import { impliedInterval, type Interval, separation, statedFigures } from "./intervals.ts"
import { sourceKey, sourceLabel } from "./sources.ts"

export interface Compared {
  readonly comparisons: ReadonlyArray<Comparison>
  /** the input claims, same order, each with its `comparison_id` set (or null) */
  readonly claims: ReadonlyArray<Claim>
}

interface Candidate {
  readonly claim: Claim
  readonly classified: Classified
  readonly subject: string | null
  /** days since 1970-01-01, or null when undated */
  readonly day: number | null
  readonly interval: Interval | null
  readonly stated: { readonly low: number; readonly high: number } | null
}

interface Draft {
  readonly family: EntityFamily
  readonly subject: string
  readonly members: Array<Candidate>
  from: number | null
  to: number | null
}

const dayOf = (iso: string | null): number | null => (iso === null ? null : Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10)

/** Code-unit order, never locale order: the same bytes sort the same everywhere. */
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byDayThenId = (a: Candidate, b: Candidate): number =>
  a.day === b.day
    ? byString(a.claim.id, b.claim.id)
    : a.day === null
    ? 1
    : b.day === null
    ? -1
    : a.day - b.day

/** Would the group still span at most the family's window with this claim in it? Undated claims always fit. */
const fits = (draft: Draft, c: Candidate): boolean =>
  c.day === null || draft.from === null || draft.to === null ||
  Math.max(draft.to, c.day) - Math.min(draft.from, c.day) <= draft.family.windowDays

const distanceInDays = (draft: Draft, c: Candidate): number =>
  c.day === null || draft.from === null || draft.to === null
    ? 0
    : c.day < draft.from
    ? draft.from - c.day
    : c.day > draft.to
    ? c.day - draft.to
    : 0

const add = (draft: Draft, c: Candidate): void => {
  draft.members.push(c)
  if (c.day === null) return
  draft.from = draft.from === null ? c.day : Math.min(draft.from, c.day)
  draft.to = draft.to === null ? c.day : Math.max(draft.to, c.day)
}

const decidingCount = (draft: Draft): number => draft.members.filter((m) => m.stated !== null).length

/**
 * Groups one family's candidates, in three passes:
 *  1. anchors (deciding, dated figures whose subject is named) open groups of at most `windowDays`,
 *     earliest first;
 *  2. the other dated figures join in date order: one with a named subject joins the nearest group of that
 *     subject it fits; one with no named subject joins only when exactly one group fits it (otherwise which
 *     group it belongs to is a guess, and it stays out);
 *  3. undated figures join only when exactly one group (of their subject, if named) can take them, looking
 *     first at groups that already compare two deciding figures, and at the others only when none does: an
 *     undated figure could be from any time, so a lone figure years away must not make it ambiguous.
 * Groups left with fewer than `minimumDecidingFigures` deciding figures are dropped.
 */
const groupFamily = (family: EntityFamily, candidates: ReadonlyArray<Candidate>): ReadonlyArray<Draft> => {
  const drafts: Array<Draft> = []
  const anchored = new Set<Candidate>()
  for (const subject of family.subjects) {
    const anchors = candidates
      .filter((c) => c.subject === subject.id && c.stated !== null && c.day !== null)
      .sort(byDayThenId)
    let current: Draft | null = null
    for (const anchor of anchors) {
      if (current === null || anchor.day! - current.from! > family.windowDays) {
        current = { family, subject: subject.id, members: [], from: null, to: null }
        drafts.push(current)
      }
      add(current, anchor)
      anchored.add(anchor)
    }
  }
  const rest = candidates.filter((c) => !anchored.has(c)).sort(byDayThenId)
  const takers = (pool: ReadonlyArray<Draft>, c: Candidate): ReadonlyArray<Draft> =>
    pool.filter((d) => (c.subject === null || d.subject === c.subject) && fits(d, c))

  for (const c of rest.filter((r) => r.day !== null)) {
    const open = takers(drafts, c)
    if (c.subject !== null && open.length > 0) {
      // nearest in time; on a tie the earlier group (drafts are in date order per subject)
      add(open.reduce((best, d) => (distanceInDays(d, c) < distanceInDays(best, c) ? d : best)), c)
    } else if (open.length === 1) {
      add(open[0]!, c)
    }
  }
  const viable = drafts.filter((d) => decidingCount(d) >= minimumDecidingFigures)
  for (const c of rest.filter((r) => r.day === null)) {
    const comparing = takers(viable, c)
    const open = comparing.length > 0 ? comparing : takers(drafts, c)
    if (open.length === 1) add(open[0]!, c)
  }
  return drafts.filter((d) => decidingCount(d) >= minimumDecidingFigures)
}

/** Stable id of a group: a hash of its sorted claim ids, so the same claims always make the same id. */
export const comparisonId = (claimIds: ReadonlyArray<string>): string =>
  `cmp_${sha256Hex([...claimIds].sort(byString).join("\n")).slice(0, 12)}`

const roundTo = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const groupLabel = (draft: Draft): string => {
  const subject = draft.family.subjects.find((s) => s.id === draft.subject)!
  const sentences = draft.members.map((m) => m.claim.span.sentence)
  const place = draft.family.placeLabels.find((p) =>
    sentences.filter((s) => p.cue.test(s)).length * 2 > sentences.length
  )
  const what = draft.family.labelTemplate.replace("{subject}", subject.label)
  const when = draft.from === null || draft.to === null
    ? "undated"
    : draft.from === draft.to
    ? `on ${isoOf(draft.from)}`
    : `${isoOf(draft.from)} to ${isoOf(draft.to)}`
  return `${capitalise(what)}${place === undefined ? "" : ` ${place.label}`}, ${when}`
}

const figureOf = (c: Candidate): ComparedFigure => ({
  claim_id: c.claim.id,
  doc: c.claim.doc,
  article: c.claim.article.index,
  source: sourceLabel(c.claim),
  source_type: c.claim.source.type,
  mention: c.claim.span.text,
  value: c.claim.quantity.value,
  low: c.claim.quantity.low,
  high: c.claim.quantity.high,
  qualifier: c.claim.quantity.qualifier,
  date: c.classified.date,
  implied_low: c.interval?.low ?? null,
  implied_high: c.interval?.high ?? null
})

const describe = (c: Candidate): string =>
  `${sourceLabel(c.claim)}: ${c.claim.span.text}${c.classified.date === null ? "" : ` (${c.classified.date})`}`

/** Two deciding figures from different sources whose implied intervals do not meet; the farthest pair first. */
const worstDisagreement = (members: ReadonlyArray<Candidate>): { a: Candidate; b: Candidate; ratio: number } | null => {
  let worst: { a: Candidate; b: Candidate; ratio: number } | null = null
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!
      const b = members[j]!
      if (a.interval === null || b.interval === null || sourceKey(a.claim) === sourceKey(b.claim)) continue
      const ratio = separation(a.interval, b.interval)
      if (ratio > 1 && (worst === null || ratio > worst.ratio)) worst = { a, b, ratio }
    }
  }
  return worst
}

const toComparison = (draft: Draft): Comparison => {
  // date, then the stated figure, then id: the order a reader scans a chart in
  const members = [...draft.members].sort((a, b) => {
    if (a.day !== b.day) return byDayThenId(a, b)
    const la = a.stated?.low ?? Number.POSITIVE_INFINITY
    const lb = b.stated?.low ?? Number.POSITIVE_INFINITY
    return la !== lb ? la - lb : byString(a.claim.id, b.claim.id)
  })
  const deciding = members.filter((m) => m.stated !== null)
  const low = Math.min(...deciding.map((m) => m.stated!.low))
  const high = Math.max(...deciding.map((m) => m.stated!.high))
  const worst = worstDisagreement(members)
  const [first, second] = worst === null
    ? [null, null]
    : worst.a.interval!.low >= worst.b.interval!.low
    ? [worst.a, worst.b]
    : [worst.b, worst.a]
  const claimIds = members.map((m) => m.claim.id)
  return {
    id: comparisonId(claimIds),
    label: groupLabel(draft),
    category: draft.family.category,
    counted: draft.family.label,
    unit: null,
    claim_ids: claimIds,
    sources: new Set(members.map((m) => sourceKey(m.claim))).size,
    figures: members.map(figureOf),
    low,
    high,
    spread: low > 0 ? roundTo(high / low, 2) : null,
    date_from: draft.from === null ? null : isoOf(draft.from),
    date_to: draft.to === null ? null : isoOf(draft.to),
    conflict: worst !== null,
    conflict_note: first === null || second === null
      ? null
      : `${describe(first)} vs ${describe(second)}: ${roundTo(worst!.ratio, 2)} times apart even allowing for their qualifiers`,
    conflict_claim_ids: first === null || second === null ? [] : [first.claim.id, second.claim.id]
  }
}

export const compareClaims = (claims: ReadonlyArray<Claim>): Compared => {
  const byFamily = new Map<string, Array<Candidate>>()
  for (const claim of claims) {
    const classified = classify(claim)
    if (classified.family === null || classified.excludedBy !== null) continue
    const list = byFamily.get(classified.family.id) ?? []
    list.push({
      claim,
      classified,
      subject: classified.subject,
      day: dayOf(classified.date),
      interval: impliedInterval(claim.quantity),
      stated: statedFigures(claim.quantity)
    })
    byFamily.set(classified.family.id, list)
  }
  const comparisons: Array<Comparison> = []
  for (const family of families) {
    const drafts = groupFamily(family, byFamily.get(family.id) ?? [])
    const built = drafts.map(toComparison).sort((a, b) =>
      a.date_from === b.date_from
        ? byString(a.id, b.id)
        : a.date_from === null
        ? 1
        : b.date_from === null
        ? -1
        : byString(a.date_from, b.date_from)
    )
    comparisons.push(...built)
  }
  const groupOf = new Map<string, string>()
  for (const c of comparisons) for (const id of c.claim_ids) groupOf.set(id, c.id)
  return {
    comparisons,
    claims: claims.map((c) => ({ ...c, comparison_id: groupOf.get(c.id) ?? null }))
  }
}
