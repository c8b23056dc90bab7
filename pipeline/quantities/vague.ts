/**
 * Vague quantities by the contract's fixed table: `thousands` (2000), `tens of thousands` (20000),
 * `dozens` (24), `several thousand` / `a few hundred` (2 x multiplier), bare `several`, `a few`,
 * `a handful` (no bound).
 */
import { severalFactor, severalWords, vagueQuantities } from "../rules/numbers.ts"
import { matchCue, type Lex } from "./lexer.ts"
import { cardinalAt, isNumberWord } from "./numberWords.ts"
import type { Atom } from "./types.ts"

const vague = (first: number, last: number, low: number | null): Atom => ({
  first,
  last,
  value: null,
  base: 1,
  scale: 1,
  form: "words",
  share: false,
  bareOne: false,
  vague: { low }
})

/** Longest vague quantity at `i`, if any. */
export const vagueAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  // `several thousand`, `a few hundred`, `a couple of hundred`: at least twice the multiplier
  for (const cue of severalWords) {
    const after = matchCue(lexes, i, cue)
    if (after < 0) continue
    const multiplier = multiplierAt(lexes, after)
    if (multiplier) return vague(i, multiplier.last, severalFactor * multiplier.value)
  }
  // a numeral right before a plural scale word makes it exact (`3 dozens` is read by the cardinal grammar)
  const prev = lexes[i - 1]
  const afterNumber = prev !== undefined && (prev.kind === "digits" || isNumberWord(prev))
  let best: Atom | null = null
  for (const entry of vagueQuantities) {
    const end = matchCue(lexes, i, entry.words)
    if (end < 0) continue
    if (afterNumber && entry.words[0] !== "a" && entry.words[0] !== "several") continue
    const candidate = vague(i, end - 1, entry.low)
    if (!best || candidate.last > best.last) best = candidate
  }
  // `a couple of` and `a few` alone are too loose to count (`a couple of days` is a duration)
  return best
}

/** `thousand`, `hundred`, `hundred thousand`, `dozen`, `million`: the multiplier after `several`. */
const multiplierAt = (lexes: ReadonlyArray<Lex>, j: number): { value: number; last: number } | null => {
  const l = lexes[j]
  if (!l || l.kind !== "word") return null
  const w = l.lower
  if (w !== "hundred" && w !== "thousand" && w !== "million" && w !== "billion" && w !== "trillion" && w !== "dozen") return null
  // read the multiplier as a number whose first word stands for one (`hundred thousand` = 100000)
  const synthetic: Array<Lex> = [{ ...l, text: "one", lower: "one", kind: "word" }, ...lexes.slice(j)]
  const c = cardinalAt(synthetic, 0)
  if (!c) return null
  return { value: c.value, last: j + c.last - 1 }
}
