/**
 * Conversions and rates. `about 1,500 feet (450 meters)` gives two figures, the conversion taking the
 * original's qualifier; `30 miles (48 km) a day` makes both rates (`mi per day`, `km per day`) with the
 * time word outside the mention; `between 40 and 100 per day` is a plain count per day.
 */
import { rateAdverbs, rateMarkers, rateTimeUnits, timeUnits } from "../rules/units.ts"
import type { Lex } from "./lexer.ts"
import type { Figure } from "./types.ts"

const OPEN = new Set(["(", "["])
const CLOSE = new Set([")", "]"])
const TIME_REFERENCES = new Set(["earlier", "ago", "later", "before", "after", "prior", "previously", "back", "from"])

/** The time word of a rate starting at lex `j` (`a day`, `per day`, `/day`, `daily`, `per annum`). */
export const rateAt = (lexes: ReadonlyArray<Lex>, j: number): { per: string; last: number } | null => {
  const l = lexes[j]
  if (!l) return null
  // `daily` before a noun is an adjective (`100 million weekly users`), not a rate
  if (rateAdverbs[l.lower] !== undefined) {
    const next = lexes[j + 1]
    if (next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")) return null
    return { per: rateAdverbs[l.lower]!, last: j }
  }
  if (!rateMarkers.has(l.lower)) return null
  const t = lexes[j + 1]
  if (!t) return null
  const unit = rateTimeUnits[t.lower] ?? (timeUnits[t.lower] !== undefined && !t.lower.endsWith("s") ? rateTimeUnits[timeUnits[t.lower]!] : undefined)
  if (unit === undefined) return null
  // `a year earlier`, `a day ago` place the figure in time; they do not make it a rate
  if (TIME_REFERENCES.has(lexes[j + 2]?.lower ?? "")) return null
  return { per: unit, last: j + 1 }
}

export const convertAndRate = (lexes: ReadonlyArray<Lex>, figures: ReadonlyArray<Figure>): ReadonlyArray<Figure> => {
  const out = figures.slice()
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!
    if (f.notClaim || (f.unit && f.unit.kind === "time")) continue
    // a conversion in brackets right after a measured figure
    let after = f.last + 1
    const g = out[k + 1]
    if (
      g && f.unit && f.unit.kind !== "percent" && OPEN.has(lexes[f.last + 1]?.text ?? "") && g.unit && g.unit.symbol !== f.unit.symbol &&
      g.unit.kind === f.unit.kind && !g.notClaim && g.first > f.last && CLOSE.has(lexes[g.last + 1]?.text ?? "") &&
      (g.cueFirst ?? g.first) === f.last + 2
    ) {
      const inherits = g.qualifier === "exact" && f.qualifier !== "exact" && f.kind !== "range" && g.kind !== "range"
      out[k + 1] = { ...g, conversionOf: k, ...(inherits ? { qualifier: f.qualifier } : {}) }
      after = g.last + 2
    }
    const rate = rateAt(lexes, after)
    if (rate) {
      out[k] = { ...f, per: rate.per, countedFrom: Math.max(f.countedFrom, rate.last + 1) }
      if (after !== f.last + 1) out[k + 1] = { ...out[k + 1]!, per: rate.per }
    }
    if (after !== f.last + 1) k++
  }
  return out
}
