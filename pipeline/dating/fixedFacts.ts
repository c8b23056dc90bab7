import type { QuantityMention } from "../model.ts"
import { FIXED_FACT_CATEGORIES, FIXED_FACT_UNITS } from "../rules/datePolicy.ts"

const fixedUnits = new Set(FIXED_FACT_UNITS)

/** A distance or height ("around 30 miles", "a 10-foot fence"): a fact of geography, not of a day. */
export const isFixedFact = (m: QuantityMention): boolean => {
  if (FIXED_FACT_CATEGORIES.includes(m.category)) return true
  const unit = m.quantity.unit?.split(" per ")[0] ?? null
  return unit !== null && fixedUnits.has(unit)
}
