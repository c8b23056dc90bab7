/**
 * Spelled and mixed numbers: `twenty-six`, `one hundred and twenty`, `a thousand`, `two dozen`,
 * `3.5 million`, `4 thousand 3 hundred and 21`, `five point five`, and written fractions
 * (`two-thirds`, `half a million`, `five and a half million`, `one hundred and three quarters`).
 */
import {
  articleOne,
  compoundOnlyOrdinals,
  decimalPointWords,
  dozenWords,
  fractionDenominators,
  hundredWords,
  pluralDozenWords,
  scaleWords,
  teenWords,
  tensWords,
  unambiguousFractionWords,
  unitWords
} from "../rules/numbers.ts"
import { ordinalBeforeHalf } from "../rules/nonClaims.ts"
import { isHyphen, type Lex } from "./lexer.ts"
import type { Atom } from "./types.ts"

type Part = "none" | "article" | "unit" | "teen" | "tens" | "digits" | "hundred" | "scale" | "dozen" | "zero"

export interface Cardinal {
  readonly value: number
  readonly last: number
  /** the last scale word read (1 if none; 100 for `hundred`) and the value before it */
  readonly scale: number
  readonly base: number
  /** the largest scale word of the number (for `one million and a half`) */
  readonly topScale: number
  readonly words: boolean
  readonly digits: boolean
  /** the whole number is the single word `one` */
  readonly bareOne: boolean
}

const isPlainDigits = (l: Lex | undefined): boolean => l !== undefined && l.kind === "digits" && l.blocked === undefined

const wordValue = (l: Lex | undefined): { part: Part; value: number } | null => {
  if (!l || l.kind !== "word") return null
  const w = l.lower
  if (unitWords[w] !== undefined) return { part: unitWords[w] === 0 ? "zero" : "unit", value: unitWords[w]! }
  if (teenWords[w] !== undefined) return { part: "teen", value: teenWords[w]! }
  if (tensWords[w] !== undefined) return { part: "tens", value: tensWords[w]! }
  if (hundredWords.has(w)) return { part: "hundred", value: 100 }
  if (scaleWords[w] !== undefined) return { part: "scale", value: scaleWords[w]! }
  if (dozenWords.has(w) || pluralDozenWords.has(w)) return { part: "dozen", value: 12 }
  return null
}

/** A small component (unit, teen, tens or digits) that may start after `and`, `hundred` or a scale. */
const smallAt = (lexes: ReadonlyArray<Lex>, j: number): { value: number; last: number; part: Part } | null => {
  const l = lexes[j]
  if (l && isPlainDigits(l)) return { value: l.value!, last: j, part: "digits" }
  const w = wordValue(l)
  if (!w || (w.part !== "unit" && w.part !== "teen" && w.part !== "tens")) return null
  if (w.part === "tens") {
    // `twenty-one`, `fifty - two`, `fifty two`
    let k = j + 1
    if (isHyphen(lexes[k])) k++
    const u = wordValue(lexes[k])
    if (u && u.part === "unit") return { value: w.value + u.value, last: k, part: "unit" }
  }
  return { value: w.value, last: j, part: w.part }
}

/**
 * Reads a cardinal number starting at `i` (words, digits followed by words, `a` before a scale).
 * Longest valid reading; a component that cannot join (`3 hundred and 2 hundred`) ends the number
 * before the `and` that led to it.
 */
export const cardinalAt = (lexes: ReadonlyArray<Lex>, i: number): Cardinal | null => {
  let total = 0
  let hundreds = 0
  let small = 0
  let hasHundred = false
  let lastScale = Number.POSITIVE_INFINITY
  let topScale = 1
  let part: Part = "none"
  let end = -1
  let words = false
  let digits = false
  let scale = 1
  let base = 0
  let j = i

  const first = lexes[i]
  if (!first) return null
  if (first.kind === "word" && articleOne.has(first.lower)) {
    const next = wordValue(lexes[i + 1])
    if (!next || (next.part !== "hundred" && next.part !== "scale" && next.part !== "dozen") || lexes[i + 1]!.lower === "dozens") {
      return null
    }
    part = "article"
    small = 1
    j = i + 1
    words = true
  }

  // zero stands alone, or opens spoken decimals (`nought point nought three`)
  const z = wordValue(first)
  if (z && z.part === "zero") {
    const point = lexes[i + 1]
    const d = point && point.kind === "word" && decimalPointWords.has(point.lower) ? decimalDigitsAt(lexes, i + 2) : null
    if (d) {
      const v = Number("0." + d.digits)
      return { value: v, last: d.last, scale: 1, base: v, topScale: 1, words: true, digits: false, bareOne: false }
    }
    return { value: 0, last: i, scale: 1, base: 0, topScale: 1, words: true, digits: false, bareOne: false }
  }
  // `hundred thousand`: a bare hundred counts as one hundred before a scale word
  if (z && z.part === "hundred" && wordValue(lexes[i + 1])?.part === "scale") {
    part = "article"
    small = 1
    words = true
  }

  while (j < lexes.length) {
    const l = lexes[j]!
    // `and` joins a small component after `hundred` or a scale: `one hundred and six`
    if (l.kind === "word" && l.lower === "and") {
      if (part !== "hundred" && part !== "scale") break
      const s = smallAt(lexes, j + 1)
      if (!s || s.value === 0 || (part === "hundred" && s.value >= 100) || s.value >= 1000) break
      if (!joinable(lexes, s.last + 1, hasHundred)) break
      small = s.value
      part = s.part
      if (s.part === "digits") digits = true
      else words = true
      j = s.last + 1
      end = s.last
      continue
    }
    if (isPlainDigits(l)) {
      // digits open a cardinal, or end one after a hundred or a scale word (`three hundred 20`)
      const opens = part === "none"
      const ends = (part === "hundred" && l.value! < 100) || (part === "scale" && l.value! < 1000)
      if (!opens && !ends) break
      if (ends && (l.decimal || l.value === 0 || !joinable(lexes, j + 1, hasHundred))) break
      small = l.value!
      part = "digits"
      digits = true
      end = j
      j++
      continue
    }
    const w = wordValue(l)
    if (!w) break
    if (w.part === "zero") break
    if (w.part === "unit" || w.part === "teen" || w.part === "tens") {
      if (part !== "none" && part !== "hundred" && part !== "scale") break
      const s = smallAt(lexes, j)!
      if (part !== "none" && !joinable(lexes, s.last + 1, hasHundred)) break
      small = s.value
      part = s.part
      words = true
      end = s.last
      j = s.last + 1
      continue
    }
    if (w.part === "hundred") {
      if (hasHundred || !(part === "unit" || part === "teen" || part === "tens" || part === "digits" || part === "article")) break
      if (part !== "digits" && small >= 100) break
      hundreds = small * 100
      small = 0
      hasHundred = true
      part = "hundred"
      words = true
      scale = 100
      base = hundreds / 100
      end = j
      j++
      continue
    }
    if (w.part === "scale") {
      const group = hundreds + small
      if (part === "scale" && w.value > lastScale) {
        // `three lakh crore`, `a thousand million`: scales multiply
        base = total
        total *= w.value
        lastScale = w.value
        topScale = Math.max(topScale, w.value)
        scale = w.value
        end = j
        j++
        continue
      }
      if (group === 0 || w.value >= lastScale) break
      if (!(part === "unit" || part === "teen" || part === "tens" || part === "digits" || part === "article" || part === "hundred" || part === "dozen")) break
      total += group * w.value
      base = group
      scale = w.value
      hundreds = 0
      small = 0
      hasHundred = false
      lastScale = w.value
      topScale = Math.max(topScale, w.value)
      part = "scale"
      words = true
      end = j
      j++
      continue
    }
    if (w.part === "dozen") {
      if (!(part === "unit" || part === "teen" || part === "tens" || part === "digits" || part === "article")) break
      if (l.lower === "dozens" && part === "article") break
      small = small * 12
      part = "dozen"
      words = true
      end = j
      j++
      continue
    }
    break
  }
  if (end < i || (part === "article" && end < i + 1)) return null

  let value = total + hundreds + small
  let last = end
  if (part === "scale" || part === "hundred") {
    base = value / scale
  } else if (part === "dozen") {
    scale = 12
    base = value / 12
  } else {
    scale = 1
    base = value
  }
  // spoken decimals: `five point five`, `two hundred point zero three`, `nine point nought four`
  const point = lexes[last + 1]
  if (point && point.kind === "word" && decimalPointWords.has(point.lower) && part !== "scale") {
    const d = decimalDigitsAt(lexes, last + 2)
    if (d) {
      value = value + Number("0." + d.digits)
      last = d.last
      base = value
      scale = 1
      const after = wordValue(lexes[last + 1])
      if (after && after.part === "scale") {
        scale = after.value
        base = value
        value = value * after.value
        topScale = Math.max(topScale, after.value)
        last += 1
      }
    }
  }
  const bareOne = last === i && first.kind === "word" && first.lower === "one"
  return { value, last, scale, base, topScale, words, digits, bareOne }
}

/**
 * Whether a small component ending before `next` may stay in the number: it may not if a `hundred`
 * follows while the group already has one (`3 hundred and 2 hundred` is two numbers).
 */
const joinable = (lexes: ReadonlyArray<Lex>, next: number, hasHundred: boolean): boolean => {
  const w = wordValue(lexes[next])
  if (w && w.part === "hundred" && hasHundred) return false
  return true
}

/** Digits after `point`: unit words one by one (`zero three`), or one teen or tens number (`seventy-one`). */
const decimalDigitsAt = (lexes: ReadonlyArray<Lex>, j: number): { digits: string; last: number } | null => {
  const first = wordValue(lexes[j])
  if (!first) return null
  if (first.part === "teen" || first.part === "tens") {
    const s = smallAt(lexes, j)!
    return { digits: String(s.value), last: s.last }
  }
  let digits = ""
  let k = j
  while (k < lexes.length) {
    const w = wordValue(lexes[k])
    if (!w || (w.part !== "unit" && w.part !== "zero")) break
    digits += String(w.value)
    k++
  }
  return digits ? { digits, last: k - 1 } : null
}

// ---------------------------------------------------------------- fractions

const denominatorWord = (l: Lex | undefined): { value: number; compoundOnly: boolean; plural: boolean } | null => {
  if (!l || l.kind !== "word") return null
  const w = l.lower
  if (fractionDenominators[w] !== undefined) return { value: fractionDenominators[w]!, compoundOnly: false, plural: w.endsWith("s") }
  if (compoundOnlyOrdinals[w] !== undefined) return { value: compoundOnlyOrdinals[w]!, compoundOnly: true, plural: w.endsWith("s") }
  return null
}

/** Items of a spelled fraction phrase: number words, `and`, hyphens, `a`/`an`, ordinal denominators. */
const isFractionItem = (l: Lex | undefined): boolean =>
  l !== undefined &&
  ((l.kind === "word" && (wordValue(l) !== null || l.lower === "and" || articleOne.has(l.lower) || denominatorWord(l) !== null)) ||
    isHyphen(l))

/**
 * A denominator phrase `lexes[s..k]`: an ordinal (`fifths`), or a compound ordinal whose cardinal
 * part ends on a larger place than the ordinal (`thirty fifths` = 35ths, `one hundred and fifth`,
 * `one thousand fifths`). Returns its value or null.
 */
const denominatorPhrase = (lexes: ReadonlyArray<Lex>, s: number, k: number): number | null => {
  const ord = denominatorWord(lexes[k])
  if (!ord) return null
  if (s === k) return ord.compoundOnly ? null : ord.value
  let e = k - 1
  if (isHyphen(lexes[e])) e--
  if (lexes[e]?.lower === "and") e--
  if (e < s) return null
  const head = wordValue(lexes[s])
  // a denominator never starts with a bare scale word (`hundred thirty fifths` is 100/35)
  if (!head || head.part === "hundred" || head.part === "scale" || head.part === "dozen" || head.part === "zero") return null
  const c = cardinalAt(lexes.slice(0, e + 1), s)
  if (!c || c.last !== e || c.digits) return null
  const lastPart = wordValue(lexes[e])
  if (!lastPart) return null
  const placeOk =
    (lastPart.part === "tens" && ord.value < 10) ||
    ((lastPart.part === "hundred" || lastPart.part === "scale") && ord.value < lastPart.value)
  if (!placeOk) return null
  if (ord.value >= 100) return null
  return c.value + ord.value
}

/** A numerator phrase `lexes[i..e]`: `a`, a cardinal read to its end, or `int and numerator`. */
const numeratorPhrase = (
  lexes: ReadonlyArray<Lex>,
  i: number,
  e: number,
  den: number
): { int: number; num: number; intTopScale: number; value: number } | null => {
  if (e < i) return null
  const whole = (a: number, b: number, digitsOk: boolean): { value: number; topScale: number } | null => {
    if (b < a) return null
    if (a === b && articleOne.has(lexes[a]!.lower)) return { value: 1, topScale: 1 }
    const bounded = lexes.slice(0, b + 1)
    const c = cardinalAt(bounded, a)
    if (c && c.last === b && (digitsOk || !c.digits)) return c
    // `twenty and three` (spoken mixed numbers join their parts with `and`)
    let sum = 0
    let top = 1
    let start = a
    for (let k = a; k <= b + 1; k++) {
      if (k <= b && lexes[k]!.lower !== "and") continue
      const part = cardinalAt(lexes.slice(0, k), start)
      if (!part || part.last !== k - 1 || (part.digits && !digitsOk)) return null
      sum += part.value
      top = Math.max(top, part.topScale)
      start = k + 1
    }
    return start > a ? { value: sum, topScale: top } : null
  }
  // a mixed number splits at the last `and` when what follows is smaller than the denominator
  for (let k = e - 1; k > i; k--) {
    if (lexes[k]!.lower !== "and") continue
    const int = whole(i, k - 1, true)
    const num = whole(k + 1, e, false)
    if (int && num && num.value < den) return { int: int.value, num: num.value, intTopScale: int.topScale, value: int.value + num.value / den }
    break
  }
  const n = whole(i, e, false)
  if (!n) return null
  return { int: 0, num: n.value, intTopScale: 1, value: n.value / den }
}

/** Words that may follow a singular ordinal used as a fraction (`a third of`, `one fifth.`). */
const fractionMayEndBefore = (l: Lex | undefined): boolean => {
  if (!l) return true
  if (l.kind === "symbol") return l.text !== "-"
  // `a third opposed it`: a verb after the word makes it a fraction, a noun an ordinal (`a third group`)
  if (l.pos === "VERB" || l.pos === "AUX" || l.pos === "ADP" || l.pos === "CCONJ" || l.pos === "SCONJ") return true
  const w = l.lower
  return w === "of" || w === "and" || w === "or" || w === "to" || wordValue(l)?.part === "scale" || w === "a" || w === "an" ||
    w === "is" || w === "are" || w === "was" || w === "were" || w === "than"
}

/** Scale after a fraction: `million`, `a million`, `of a million`, `a dozen`. */
const trailingScale = (lexes: ReadonlyArray<Lex>, j: number): { value: number; last: number } | null => {
  let k = j
  if (lexes[k]?.lower === "of") k++
  if (articleOne.has(lexes[k]?.lower ?? "")) k++
  const w = wordValue(lexes[k])
  if (w && (w.part === "scale" || (w.part === "dozen" && lexes[k]!.lower !== "dozens") || w.part === "hundred")) {
    // `of` without `a` does not scale: `two thirds of million` is not English
    if (lexes[j]?.lower === "of" && k === j + 1) return null
    return { value: w.value, last: k }
  }
  return null
}

/** Qualifier words that let a bare `half` stand for a share (`more than half`, `nearly half`). */
const HALF_QUALIFIERS = new Set(["than", "almost", "nearly", "about", "over", "roughly", "least", "under", "around", "some", "below", "above", "just", "only", "most"])

/**
 * A written fraction at `i`: `two thirds`, `a quarter`, `one and a half`, `half a million`,
 * `three quarters billion`, `one hundred and three quarters`, `one million and a half`.
 */
export const fractionAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  const opener = lexes[i]
  const digitOpener = opener !== undefined && isPlainDigits(opener)
  if (!digitOpener && (!isFractionItem(opener) || isHyphen(opener) || opener!.lower === "and")) return null
  // the run of fraction items from i
  let runEnd = i
  while (runEnd + 1 < lexes.length && isFractionItem(lexes[runEnd + 1])) {
    const next = lexes[runEnd + 1]!
    // `a` and `an` only at the start or after `and`
    if (next.kind === "word" && articleOne.has(next.lower) && lexes[runEnd]!.lower !== "and") break
    runEnd++
  }
  for (let k = runEnd; k >= i; k--) {
    const ord = denominatorWord(lexes[k])
    if (!ord) continue
    const after = lexes[k + 1]
    const scaleAfter = trailingScale(lexes, k + 1)
    // a singular ordinal before a noun is an ordinal (`a third group`), not a fraction
    if (!unambiguousFractionWords.has(lexes[k]!.lower) && !ord.plural && !fractionMayEndBefore(after)) continue
    // a bare fraction word with no numerator: `half a million`, `half of`, `quarter million`, `more than half`
    if (k === i) {
      if (ord.compoundOnly) continue
      const w = lexes[k]!.lower
      const prev = lexes[i - 1]?.lower ?? ""
      // `the first half of 2023`, `the second half`: a part of a period or a game, not a share
      if (ordinalBeforeHalf.has(prev)) continue
      const okBare =
        scaleAfter !== null || ((w === "half") && (after?.lower === "of" || HALF_QUALIFIERS.has(prev) || after?.lower === "a" || after?.lower === "an"))
      if (!okBare) continue
      if (scaleAfter) {
        const v = scaleAfter.value / ord.value
        return make(i, scaleAfter.last, v, { base: 1 / ord.value, scale: scaleAfter.value })
      }
      if (w === "half" && (after?.lower === "a" || after?.lower === "an")) {
        // `half a mile`: the unit stage reads the rest
        return make(i, i, 1 / ord.value, { share: false })
      }
      return make(i, i, 1 / ord.value, { share: true })
    }
    for (let s = i + 1; s <= k; s++) {
      // a hyphen binds `ninety - five`: no denominator starts inside that compound
      if (isHyphen(lexes[s - 1]) && wordValue(lexes[s - 2])?.part === "tens" && wordValue(lexes[s])?.part === "unit") continue
      const den = denominatorPhrase(lexes, s, k)
      if (den === null) continue
      let e = s - 1
      if (isHyphen(lexes[e])) e--
      const num = numeratorPhrase(lexes, i, e, den)
      if (!num) continue
      // `two millionth` is two and an ordinal, not a fraction: more than one takes a plural (`two thirds`)
      if (num.int === 0 && num.num > 1 && !ord.plural && !unambiguousFractionWords.has(lexes[k]!.lower)) continue
      // `one million and a half`: the fraction is of the integer's scale
      if (num.int > 0 && num.intTopScale >= 1e6) {
        if (scaleAfter) {
          const v = num.int + (num.num / den) * scaleAfter.value
          return make(i, scaleAfter.last, v, {})
        }
        return make(i, k, num.int + (num.num / den) * num.intTopScale, {})
      }
      if (scaleAfter) {
        const v = num.value * scaleAfter.value
        return make(i, scaleAfter.last, v, { base: num.value, scale: scaleAfter.value })
      }
      return make(i, k, num.value, { share: num.int === 0 && num.value < 1 })
    }
  }
  return null
}

/** An atom written in words over lexes `first`..`last`, unscaled unless `extra` says otherwise. */
export const wordAtom = (first: number, last: number, value: number, extra: Partial<Atom>): Atom => ({
  first,
  last,
  value,
  base: value,
  scale: 1,
  form: "words",
  share: false,
  bareOne: false,
  ...extra
})

/** A fraction written in words (`two-thirds`, `half a million`). */
const make = (first: number, last: number, value: number, extra: Partial<Atom>): Atom =>
  wordAtom(first, last, value, { fractionForm: true, ...extra })

/** Whether the lex is a number word (cardinal part) — for the callers that look around a figure. */
export const isNumberWord = (l: Lex | undefined): boolean => wordValue(l) !== null
export const scaleValue = (l: Lex | undefined): number | null => {
  const w = wordValue(l)
  return w !== null && (w.part === "scale" || w.part === "hundred") ? w.value : null
}
