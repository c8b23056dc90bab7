/**
 * What a qualified figure allows: the interval a careful reader would accept as "agreeing" with it
 * (for the conflict test), and the figures it states (for a group's low and high).
 */
import type { Quantity } from "../../schemas/Claim.ts"
import { tolerance, undecidingQualifiers } from "../rules/comparison.ts"

/** `high` null means no upper bound. */
export interface Interval {
  readonly low: number
  readonly high: number | null
}

export const isDeciding = (q: Quantity): boolean =>
  !undecidingQualifiers.includes(q.qualifier) && (q.value !== null || q.low !== null || q.high !== null)

/**
 * Half a unit of the last significant digit: a figure written `5,300` was rounded to the hundred, so it
 * agrees with anything from 5,250 to 5,350. Figures with decimals keep their last written place. Zero, which
 * has no significant digit, gets half a unit.
 */
export const roundingHalfUnit = (x: number): number => {
  if (!Number.isFinite(x) || x === 0) return 0.5
  const abs = Math.abs(x)
  if (!Number.isInteger(abs)) {
    const decimals = (String(abs).split(".")[1] ?? "").length
    return 0.5 * 10 ** -decimals
  }
  let unit = 1
  while (abs % (unit * 10) === 0) unit *= 10
  return unit / 2
}

/** The implied interval of a deciding figure, by its qualifier; null for vague figures. */
export const impliedInterval = (q: Quantity): Interval | null => {
  if (!isDeciding(q)) return null
  const x = q.value
  switch (q.qualifier) {
    case "exact": {
      if (x === null) return null
      // a round figure is never looser than an `about` one: `10,000` allows 8,500..11,500, not 5,000..15,000
      const h = Math.min(roundingHalfUnit(x), Math.abs(x) * tolerance.approximate)
      return { low: x - h, high: x + h }
    }
    case "approximate": {
      if (x === null) return null
      const h = Math.abs(x) * tolerance.approximate
      return { low: x - h, high: x + h }
    }
    case "almost":
      return x === null ? null : { low: x - Math.abs(x) * tolerance.approximate, high: x }
    case "more_than":
    case "at_least":
      return x === null && q.low === null ? null : { low: q.low ?? x!, high: null }
    case "less_than":
    case "at_most":
      return x === null && q.high === null ? null : { low: 0, high: q.high ?? x! }
    case "range":
      return q.low === null ? null : { low: q.low, high: q.high }
    case "vague":
      return null
  }
}

/** The figures a claim states: `between 3,500 and 7,000` states 3,500 and 7,000; `more than 7,000` states 7,000. */
export const statedFigures = (q: Quantity): { readonly low: number; readonly high: number } | null => {
  if (!isDeciding(q)) return null
  const low = q.qualifier === "range" ? q.low : (q.value ?? q.low ?? q.high)
  const high = q.qualifier === "range" ? (q.high ?? q.low) : (q.value ?? q.high ?? q.low)
  return low === null || high === null ? null : { low, high }
}

/** Do two implied intervals share at least one number? */
export const overlaps = (a: Interval, b: Interval): boolean =>
  (a.high === null || b.low <= a.high) && (b.high === null || a.low <= b.high)

/**
 * How far apart two non-overlapping intervals are, as the ratio of the higher one's floor to the lower one's
 * ceiling (2.04 for `about 10,000` against `about 3,630`); 1 when they overlap.
 */
export const separation = (a: Interval, b: Interval): number => {
  if (overlaps(a, b)) return 1
  const [lower, upper] = a.high !== null && a.high < b.low ? [a, b] : [b, a]
  return lower.high! <= 0 ? Number.POSITIVE_INFINITY : upper.low / lower.high!
}
