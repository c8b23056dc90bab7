/**
 * The contract category of a figure, from the rules in pipeline/rules/categories.ts: its unit, what it
 * counts, the verbs and words around it. No rule here, only their evaluation.
 */
import type { Category } from "../../schemas/Claim.ts"
import { categoryRules, defaultCategory, genericCounted, peopleCounted, type CategoryRule } from "../rules/categories.ts"
import type { UnitKind } from "../rules/units.ts"

export interface CategoryInput {
  readonly unitKind: UnitKind | null
  /** lower-case words of the counted phrase */
  readonly counted: ReadonlyArray<string>
  /** lower-case words near the figure: a few before it, and after the counted phrase in the same clause */
  readonly near: ReadonlyArray<string>
  /** lower-case words of the whole sentence */
  readonly sentence: ReadonlyArray<string>
  /** a noun right before `of` ahead of the figure (`a caravan of thousands`) */
  readonly heldBy: string | null
}

const singular = (w: string): string => (w.endsWith("ies") ? w.slice(0, -3) + "y" : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w)

/** Whether an entry (one word, or several that must all be present) is among the words. */
const hasWord = (words: ReadonlyArray<string>, entries: ReadonlyArray<string>): boolean => {
  const forms = new Set(words)
  return entries.some((entry) => entry.split(" ").every((part) => forms.has(part)))
}

/** The same for nouns, which also match in the singular. */
const has = (words: ReadonlyArray<string>, entries: ReadonlyArray<string>): boolean => {
  const forms = new Set(words.flatMap((w) => [w, singular(w)]))
  return entries.some((entry) => entry.split(" ").every((part) => forms.has(part) || forms.has(singular(part))))
}

/** Nouns for people: generic ones, those of the people categories, and the other people nouns. */
const PEOPLE: ReadonlyArray<string> = [
  ...genericCounted,
  ...peopleCounted,
  ...categoryRules.filter((r) => r.category === "security_forces" || r.category === "crowd_size").flatMap((r) => r.counted ?? [])
]

const matches = (rule: CategoryRule, input: CategoryInput): boolean => {
  if (rule.unitKinds) return input.unitKind !== null && rule.unitKinds.includes(input.unitKind)
  // a measured figure (kg, GB, mph) is none of the people categories
  if (input.unitKind !== null && input.unitKind !== "currency" && input.unitKind !== "percent" && input.unitKind !== "length") return false
  const named = input.counted.length > 0
  if (rule.counted && named && has(input.counted, rule.counted) && !(rule.countedNot && hasWord(input.counted, rule.countedNot))) return true
  if (rule.heldBy && input.heldBy !== null && has([input.heldBy], rule.heldBy)) return true
  if (rule.nearNouns && !named && has(input.near, rule.nearNouns)) return true
  const people = !named || has(input.counted, PEOPLE)
  if (!rule.verbsNeedPeople || people) {
    if (rule.verbs && hasWord(input.near, rule.verbs)) return true
    if (rule.phrases && hasWord(input.near, rule.phrases)) return true
  }
  // a generic people noun takes its category from the sentence (`its several thousand members` of
  // `the migrant caravan`); a figure with no noun at all only from the words right around it
  if (rule.context && named && has(input.counted, genericCounted) && hasWord(input.sentence, rule.context)) return true
  if (rule.context && !named && hasWord(input.near, rule.context)) return true
  return false
}

export const categoryOf = (input: CategoryInput): Category => {
  for (const rule of categoryRules) if (matches(rule, input)) return rule.category
  return defaultCategory
}
