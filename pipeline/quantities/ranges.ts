/**
 * Figures from measures: ratios (`one in four` -> 25 percent), ranges in every common form
 * (`between 800 and 1,000`, `between five and seven thousand`, `from 40 to 100`, `3,500 to 7,000`,
 * `3,500-7,000`, `$3-5 billion`), and single figures.
 */
import { ratioConnectors } from "../rules/numbers.ts"
import { changeVerbs, rangeInfixConnectors, rangeOpeners, scoreCues } from "../rules/qualifiers.ts"
import { type Lex, matchCue } from "./lexer.ts"
import type { Figure, Measure, UnitMatch } from "./types.ts"

const single = (m: Measure): Figure => ({
  kind: m.atom.vague ? "vague" : "single",
  first: m.first,
  last: m.last,
  measures: [m],
  amount: m.value,
  rangeLow: m.atom.vague ? m.atom.vague.low : null,
  rangeHigh: null,
  qualifier: m.atom.vague ? "vague" : "exact",
  unit: m.unit,
  per: null,
  share: m.atom.share && m.unit === null,
  countedFrom: m.countedFrom,
  cueFirst: null,
  conversionOf: null,
  notClaim: null
})

/** A 4-digit integer written without separators, in the range years take. */
export const yearLike = (lexes: ReadonlyArray<Lex>, m: Measure): boolean => {
  const l = lexes[m.atom.first]
  return (
    m.atom.first === m.atom.last && l !== undefined && l.kind === "digits" && !l.grouped && !l.decimal &&
    /^\d{4}$/.test(l.text) && m.value !== null && m.value >= 1500 && m.value <= 2100 && m.unit === null
  )
}

const isTime = (u: UnitMatch | null): boolean => u !== null && u.kind === "time"

/** Bounds of a range of two measures, with scale and unit shared (`five and seven thousand`, `$3-5 billion`). */
const rangeBounds = (a: Measure, b: Measure): { low: number; high: number; unit: UnitMatch | null } | null => {
  if (a.value === null || b.value === null || a.atom.vague || b.atom.vague) return null
  if (a.unit && b.unit && a.unit.symbol !== b.unit.symbol) return null
  if (a.atom.share !== b.atom.share) return null
  let low = a.value
  const high = b.value
  // `between five and seven thousand`: the multiplier of the upper bound applies to a bare lower bound
  // (`$3-5 billion`: a currency written before the lower bound does not stop it)
  if (b.scale > 1 && a.scale === 1 && a.atom.value !== null && a.atom.value < b.base && (a.unit === null || a.unitBefore)) {
    low = a.atom.value * b.scale
  }
  if (!(low < high)) return null
  return { low, high, unit: a.unit ?? b.unit }
}

const rangeFigure = (first: number, a: Measure, b: Measure, bounds: { low: number; high: number; unit: UnitMatch | null }): Figure => ({
  kind: "range",
  first,
  last: b.last,
  measures: [a, b],
  amount: null,
  rangeLow: bounds.low,
  rangeHigh: bounds.high,
  qualifier: "range",
  unit: bounds.unit,
  per: null,
  share: a.atom.share && bounds.unit === null,
  countedFrom: b.countedFrom,
  cueFirst: null,
  conversionOf: null,
  notClaim: null
})

/** Whether a change verb stands within three words before `i` (`rose from 5% to 7%`). */
const afterChangeVerb = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (changeVerbs.has(lexes[k]!.lower)) return true
    if (lexes[k]!.kind === "symbol" && lexes[k]!.text !== "%") return false
  }
  return false
}

/** Whether lexes [from, to) are exactly the connector. */
const connects = (lexes: ReadonlyArray<Lex>, from: number, to: number, cues: ReadonlyArray<ReadonlyArray<string>>): boolean =>
  cues.some((cue) => matchCue(lexes, from, cue) === to)

/** Whether a score cue (`won`, `beat`, `victory`) stands within four words before `i`. */
const inScore = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (scoreCues.has(lexes[k]!.lower)) return true
  return false
}

export const figuresOf = (lexes: ReadonlyArray<Lex>, measures: ReadonlyArray<Measure>): ReadonlyArray<Figure> => {
  const out: Array<Figure> = []
  for (let k = 0; k < measures.length; k++) {
    const a = measures[k]!
    const b = measures[k + 1]
    if (b) {
      // ratio: `one in four`, `two out of five`
      if (
        a.value !== null && b.value !== null && !a.atom.vague && !b.atom.vague && a.unit === null && b.unit === null &&
        !a.atom.share && !b.atom.share && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value > 0 &&
        a.value < b.value && !yearLike(lexes, b) && connects(lexes, a.last + 1, b.first, ratioConnectors)
      ) {
        out.push({
          ...single(a),
          kind: "ratio",
          last: b.last,
          measures: [a, b],
          amount: (a.value / b.value) * 100,
          unit: { symbol: "percent", kind: "percent", factor: 1 },
          share: false,
          countedFrom: b.countedFrom
        })
        k++
        continue
      }
      // `between x and y`, `from x to y`
      const opener = rangeOpeners.find((o) => {
        const start = a.first - o.opener.length
        return start >= 0 && matchCue(lexes, start, o.opener) === a.first && connects(lexes, a.last + 1, b.first, o.connectors)
      })
      if (opener) {
        const openerFirst = a.first - opener.opener.length
        // `from x to y` is a range by the contract's table, after a verb of change too (`rose from 40 to 100`)
        const bounds = rangeBounds(a, b)
        if (bounds) {
          const fig = rangeFigure(openerFirst, a, b, bounds)
          out.push(isTime(bounds.unit) ? { ...fig, notClaim: "duration" } : yearRange(lexes, a, b) ? { ...fig, notClaim: "date" } : fig)
          k++
          continue
        }
      }
      // `3,500 to 7,000`, `3,500-7,000`, `20~100`; after a change verb `x to y` is a change (`rose $1.20 to $85.40`)
      const changeTo = lexes[a.last + 1]?.lower === "to" && afterChangeVerb(lexes, a.first)
      if (!changeTo && connects(lexes, a.last + 1, b.first, rangeInfixConnectors)) {
        const hyphen = lexes[a.last + 1]!.kind === "symbol"
        const bounds = rangeBounds(a, b)
        const fractions = a.atom.fractionForm || b.atom.fractionForm
        if (bounds && !(hyphen && (fractions || inScore(lexes, a.first)))) {
          const fig = rangeFigure(a.first, a, b, bounds)
          out.push(isTime(bounds.unit) ? { ...fig, notClaim: "duration" } : yearRange(lexes, a, b) ? { ...fig, notClaim: "date" } : fig)
          k++
          continue
        }
        // `won 3-1`, `24-17`: a score, not two figures
        if (hyphen && lexes[a.last + 1]!.gap === "" && lexes[b.first]!.gap === "" && a.unit === null && b.unit === null && !a.atom.vague) {
          out.push({ ...single(a), notClaim: "score or code" })
          out.push({ ...single(b), notClaim: "score or code" })
          k++
          // `three-nought-four`: the whole chain
          while (measures[k + 1] && lexes[measures[k]!.last + 1]?.text === "-" && lexes[measures[k]!.last + 1]!.gap === "" && lexes[measures[k + 1]!.first]!.gap === "") {
            k++
            out.push({ ...single(measures[k]!), notClaim: "score or code" })
          }
          continue
        }
      }
    }
    out.push(single(a))
  }
  return out
}

const yearRange = (lexes: ReadonlyArray<Lex>, a: Measure, b: Measure): boolean => yearLike(lexes, a) && yearLike(lexes, b)
