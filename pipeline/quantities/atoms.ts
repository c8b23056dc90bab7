/**
 * Finds every number written in a sentence, left to right, longest reading first: digits and their
 * multipliers, spelled and mixed numbers, fractions, vague quantities, signs.
 */
import { negativeWords, overConnector } from "../rules/numbers.ts"
import type { Lex } from "./lexer.ts"
import { type Cardinal, cardinalAt, fractionAt } from "./numberWords.ts"
import { digitFractionAt, isFigureDigits, powerAt, suffixMultiplierAt } from "./parseNumber.ts"
import type { Atom } from "./types.ts"
import { vagueAt } from "./vague.ts"
import { isCurrencyPrefixSymbol } from "./units.ts"

const SIGNS = new Set(["-", "−"])
const SIGN_AFTER = new Set(["(", "<", ">", "=", ":", "~", "^", "[", "≤", "≥", "$", "€", "£"])


/** A number (not vague) starting at `i`. */
/** An atom from a cardinal read at lex `i`. */
const cardinalAtom = (i: number, cardinal: Cardinal, form: Atom["form"], bareOne: boolean): Atom => ({
  first: i,
  last: cardinal.last,
  value: cardinal.value,
  base: cardinal.base,
  scale: cardinal.scale,
  form,
  share: false,
  bareOne
})

const numberAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  const l = lexes[i]
  if (!l) return null
  const vulgar = digitFractionAt(lexes, i)
  if (l.kind === "symbol") return vulgar
  if (l.kind === "digits") {
    if (l.blocked) return null
    const power = powerAt(lexes, i)
    if (power) return power
    if (vulgar) return vulgar
    const afterCurrency = i > 0 && isCurrencyPrefixSymbol(lexes, i)
    const suffixed = suffixMultiplierAt(lexes, i, afterCurrency)
    const cardinal = cardinalAt(lexes, i)
    if (suffixed && (!cardinal || suffixed.last >= cardinal.last)) return suffixed
    if (!cardinal) return null
    // `3 million and a half`
    const mixed = fractionAt(lexes, i)
    if (mixed && mixed.last > cardinal.last) return { ...mixed, form: "mixed" }
    return cardinalAtom(i, cardinal, cardinal.words ? "mixed" : "digits", false)
  }
  const fraction = fractionAt(lexes, i)
  const cardinal = cardinalAt(lexes, i)
  if (fraction && (!cardinal || fraction.last >= cardinal.last)) return fraction
  if (!cardinal) return null
  return cardinalAtom(i, cardinal, cardinal.digits ? "mixed" : "words", cardinal.bareOne)
}

/** `one over three`, `1 over 20`, `2000 over 3`: only when nothing follows the divisor but punctuation. */
const overFraction = (lexes: ReadonlyArray<Lex>, a: Atom): Atom | null => {
  const over = lexes[a.last + 1]
  if (!over || over.lower !== overConnector || a.value === null || a.share) return null
  const b = numberAt(lexes, a.last + 2)
  if (!b || b.value === null || b.value === 0 || b.share) return null
  const after = lexes[b.last + 1]
  if (after && after.kind !== "symbol") return null
  if (after && (after.text === "%" || after.text === "$")) return null
  const value = a.value / b.value
  return { first: a.first, last: b.last, value, base: value, scale: 1, form: a.form, share: value < 1, bareOne: false, fractionForm: true }
}

const negate = (a: Atom, first: number): Atom => ({
  ...a,
  first,
  bareOne: false,
  value: a.value === null ? null : -a.value,
  base: -a.base
})

/** The sign before a number: `-9.2`, `- 1 4/5`, `minus five`, `negative one`; never the hyphen of `3,500-7,000`. */
const signAt = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  const l = lexes[i]
  if (!l) return false
  // `plus or minus 3 points` is a margin, not a negative figure
  if (l.lower === "minus" && lexes[i - 1]?.lower === "or" && lexes[i - 2]?.lower === "plus") return false
  if (l.kind === "word") return negativeWords.has(l.lower)
  if (!SIGNS.has(l.text)) return false
  const next = lexes[i + 1]
  if (!next || !isFigureDigits(next) || next.gap.length > 2) return false
  const prev = lexes[i - 1]
  if (!prev) return true
  if (prev.kind === "digits") return false
  if (prev.kind === "symbol") return SIGN_AFTER.has(prev.text) || l.gap !== ""
  // a hyphen attached to a word is a compound (`COVID-19`), not a sign
  return l.gap !== ""
}

/** The longest number or vague quantity at `i`. */
export const atomAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  let signed: Atom | null = null
  if (signAt(lexes, i)) {
    const n = numberAt(lexes, i + 1)
    if (n) {
      const over = overFraction(lexes, n)
      signed = negate(over ?? n, i)
    }
  }
  if (signed) return signed
  const v = vagueAt(lexes, i)
  let n = numberAt(lexes, i)
  if (n) n = overFraction(lexes, n) ?? n
  if (v && (!n || v.last >= n.last)) return v
  return n
}

/** Every atom of the sentence, skipping lexes that are parts of codes, times, links. */
export const scanAtoms = (lexes: ReadonlyArray<Lex>, blocked: ReadonlySet<number>): ReadonlyArray<Atom> => {
  const out: Array<Atom> = []
  let i = 0
  while (i < lexes.length) {
    if (blocked.has(i)) {
      i++
      continue
    }
    const a = atomAt(lexes, i)
    if (a) {
      let crossesBlock = false
      for (let k = a.first; k <= a.last; k++) if (blocked.has(k)) crossesBlock = true
      if (!crossesBlock) {
        out.push(a)
        i = a.last + 1
        continue
      }
    }
    i++
  }
  return out
}
