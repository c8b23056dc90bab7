/**
 * Units around a number: currency before it (`$`, `US$`, `USD`, `€`), units after it (`percent`,
 * `miles`, `10-foot`, `pesos`, `Canadian dollars`, `MUSD`), minor units (`50 cents` -> 0.5 USD),
 * `a mile and a half`, and time units, which make a figure a duration.
 */
import { durationFillers } from "../rules/nonClaims.ts"
import { rangeOpeners } from "../rules/qualifiers.ts"
import {
  currencies,
  isoCodes,
  measureUnits,
  millionCodePrefix,
  prefixMeasureUnits,
  minorCurrencies,
  percentUnits,
  timeUnits,
  type UnitKind
} from "../rules/units.ts"
import { isHyphen, type Lex, matchCue, matchCueBefore } from "./lexer.ts"
import { cardinalAt, scaleValue, wordAtom } from "./numberWords.ts"
import type { Atom, Measure, PosOf, UnitMatch } from "./types.ts"

// ---------------------------------------------------------------- lexicon, compiled once

interface SuffixForm {
  readonly items: ReadonlyArray<string>
  /** a currency code or letter symbol (`usd`, `btc`): an English word (`try`) counts only in capitals */
  readonly code: boolean
  readonly unit: UnitMatch
  /** only right after the number (`5 km`, `29km`), never after `of` */
  readonly abbreviation: boolean
  /** must match as written (`m`, `g`, `C`) */
  readonly exact: boolean
  /** the currency name needs a scale word before it (`361 million pounds`) */
  readonly needsScale: boolean
}

const split = (form: string): ReadonlyArray<string> => form.split(" ")

const unitOf = (symbol: string, kind: UnitKind, factor = 1): UnitMatch => ({ symbol, kind, factor })

/** One-letter unit forms that count only glued to the digits (`50p`, never `7 p.m.`). */
const gluedForms = new Set<string>()

const suffixForms: ReadonlyArray<SuffixForm> = (() => {
  const out: Array<SuffixForm> = []
  const add = (form: string, unit: UnitMatch, abbreviation = false, exact = false, needsScale = false, code = false) =>
    out.push({ items: split(form), unit, abbreviation, exact, needsScale, code })
  for (const u of [...percentUnits, ...measureUnits]) {
    const unit = unitOf(u.symbol, u.kind, u.factor ?? 1)
    for (const f of u.forms) add(f, unit)
    for (const f of u.abbreviations ?? []) add(f, unit, true)
    for (const f of u.exact ?? []) add(f, unit, true, true)
  }
  for (const c of currencies) {
    const unit = unitOf(c.code, "currency")
    const needs = new Set(c.nameNeedsScale ?? [])
    for (const n of c.names ?? []) add(n, unit)
    for (const n of needs) add(n, unit, false, false, true)
    for (const m of c.modifiers ?? []) for (const n of m.names) add(`${m.modifier} ${n}`, unit)
    for (const s of c.symbols ?? []) add(s, unit, true, false, false, /^[a-z.\s]+$/.test(s))
  }
  for (const code of isoCodes) {
    add(code.toLowerCase(), unitOf(code, "currency"), true, false, false, true)
    add((millionCodePrefix + code).toLowerCase(), unitOf(code, "currency", 1e6), true, false, false, true)
  }
  for (const m of minorCurrencies) {
    for (const n of m.names) {
      if (n.length === 1 && /^\p{L}$/u.test(n)) gluedForms.add(n)
      add(n, unitOf(m.code, "currency", m.factor), n.length <= 2, n.length <= 2)
    }
  }
  for (const [word, time] of Object.entries(timeUnits)) add(word, { symbol: time, kind: "time", factor: 1, time })
  return out
})()

interface PrefixForm {
  readonly items: ReadonlyArray<string>
  readonly code: string
  readonly factor: number
  /** a code of letters only: matched in upper case, or in lower case when not an English word */
  readonly letters: boolean
}

/** Codes that are also English words: before a number they count only when written in capitals. */
const WORDLIKE_CODES = new Set(["try", "gel", "sar", "rub", "eth", "rs", "rm", "rp", "nis", "kes", "lak", "huf", "crc", "pen", "php", "aed", "top", "cup", "all", "ils", "mop", "bob", "sos", "stg", "sfr"])

const prefixForms: ReadonlyArray<PrefixForm> = (() => {
  const out: Array<PrefixForm> = []
  for (const c of currencies) {
    for (const s of c.symbols ?? []) out.push({ items: split(s), code: c.code, factor: 1, letters: /^[a-z]+$/.test(s) })
  }
  for (const code of isoCodes) {
    out.push({ items: [code.toLowerCase()], code, factor: 1, letters: true })
    out.push({ items: [(millionCodePrefix + code).toLowerCase()], code, factor: 1e6, letters: true })
  }
  return out
})()

// ---------------------------------------------------------------- matching

export interface UnitHit {
  readonly unit: UnitMatch
  /** index of the unit's last lex */
  readonly last: number
  readonly needsScale: boolean
}

/** The longest unit written from lex `j`. */
export const suffixUnitAt = (
  lexes: ReadonlyArray<Lex>,
  j: number,
  opts: { readonly rightAfterNumber: boolean; readonly scale?: number }
): UnitHit | null => {
  const first = lexes[j]
  if (!first) return null
  const large = (opts.scale ?? 1) >= 1e6
  let best: UnitHit | null = null
  let bestLen = 0
  for (const f of suffixForms) {
    if (f.abbreviation && !opts.rightAfterNumber) continue
    if (f.needsScale && !large) continue
    if (f.code && WORDLIKE_CODES.has(f.items[0]!) && !isUpper(first.text)) continue
    if (f.exact) {
      if (f.items.length !== 1 || first.text !== f.items[0]) continue
      if (gluedForms.has(f.items[0]!) && first.gap !== "") continue
      // `5 m` is a metre only when the word ends there (`5 m.` / `5 m,`), not `5 M` (million) or `m` + more letters
      const after = lexes[j + 1]
      if (after && after.kind === "word" && after.gap === "") continue
      const hit = { unit: f.unit, last: j, needsScale: f.needsScale }
      if (1 > bestLen) {
        best = hit
        bestLen = 1
      }
      continue
    }
    const end = matchCue(lexes, j, f.items)
    if (end < 0) continue
    // a unit word must end where the word ends (`miles` in `milestone` is not a unit)
    const after = lexes[end]
    if (after && after.gap === "" && after.kind === "word" && lexes[end - 1]!.kind === "word") continue
    const len = end - j
    if (len > bestLen || (len === bestLen && (best?.unit.kind === "time" || f.needsScale))) {
      best = { unit: f.unit, last: end - 1, needsScale: f.needsScale }
      bestLen = len
    }
  }
  return best
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase()

/** The currency written right before lex `i` (`$`, `US$`, `C $`, `USD`, `MAUD`), if any. */
export const prefixCurrencyBefore = (lexes: ReadonlyArray<Lex>, i: number): { first: number; unit: UnitMatch } | null => {
  const at = lexes[i]
  if (!at || at.gap.length > 1) return null
  let best: { first: number; unit: UnitMatch } | null = null
  for (const f of prefixForms) {
    const start = matchCueBefore(lexes, i, f.items)
    if (start < 0) continue
    if (f.letters) {
      const written = lexes.slice(start, i).map((l) => l.text).join("")
      if (!isUpper(written)) {
        // `try 10 times` is no Turkish lira; a lower- or mixed-case code counts only when attached (`usd50`)
        if (WORDLIKE_CODES.has(f.items[0]!)) continue
        if (written !== written.toLowerCase() && at.gap !== "") continue
      }
    }
    if (!best || start < best.first) best = { first: start, unit: unitOf(f.code, "currency", f.factor) }
  }
  return best
}

/** Whether a currency symbol stands right before lex `i` (for `$5m` = five million). */
export const isCurrencyPrefixSymbol = (lexes: ReadonlyArray<Lex>, i: number): boolean => prefixCurrencyBefore(lexes, i) !== null

// ---------------------------------------------------------------- measures

const HALF_AFTER_UNIT: ReadonlyArray<ReadonlyArray<string>> = [["and", "a", "half"], ["and", "half"]]
const RANGE_OPENERS: ReadonlySet<string> = new Set(rangeOpeners.flatMap((o) => o.opener))


/**
 * Reads the unit of each atom. `pos` gives wink's part of speech of a lex (for `3 dollars 50` vs
 * `$5 and 10 people`).
 */
export const measure = (lexes: ReadonlyArray<Lex>, atoms: ReadonlyArray<Atom>, pos: PosOf): ReadonlyArray<Measure> => {
  const out: Array<Measure> = []
  for (const [k, atom] of atoms.entries()) {
    // a unit the previous number took as its suffix (`10 rmb 20 usd`) is no prefix of this one
    const free = out.length > 0 ? out[out.length - 1]!.last + 1 : 0
    // the cents of `3 dollars 50 cents` belong to the amount before them
    if (atom.first < free) continue
    out.push(measureOne(lexes, atom, atoms[k + 1]?.first ?? lexes.length, pos, free))
  }
  return out
}

const measureOne = (lexes: ReadonlyArray<Lex>, atom: Atom, nextAtom: number, pos: PosOf, free: number): Measure => {
  const base: Measure = {
    atom,
    first: atom.first,
    last: atom.last,
    value: atom.value,
    base: atom.base,
    scale: atom.scale,
    unit: atom.unit ?? null,
    countedFrom: atom.last + 1,
    unitBefore: false
  }
  if (atom.unit) return base
  if (atom.vague) return vagueUnit(lexes, base)
  let m = base
  // currency before the number
  const prefix = atom.share ? null : prefixCurrencyBefore(lexes, atom.first)
  if (prefix && prefix.first >= free) {
    m = { ...m, first: prefix.first, unit: prefix.unit, unitBefore: true, value: scaled(m.value, prefix.unit.factor) }
  } else if (!atom.share) {
    // `magnitude 7.8`
    for (const u of prefixMeasureUnits) {
      for (const form of u.forms) {
        const start = matchCueBefore(lexes, atom.first, split(form))
        if (start >= free && start >= 0) m = { ...m, first: start, unit: unitOf(u.symbol, u.kind), unitBefore: true }
      }
    }
  }
  // unit after the number: `30 miles`, `10-foot`, `80%`, `half a mile`, `two thirds of a mile`
  let j = atom.last + 1
  const hyphen = isHyphen(lexes[j]) && lexes[j]!.gap === "" && lexes[j + 1]?.gap === ""
  if (hyphen) j++
  let article = false
  if (atom.value !== null && atom.value < 1 && (lexes[j]?.lower === "a" || lexes[j]?.lower === "an")) {
    j++
    article = true
  } else if (atom.share && lexes[j]?.lower === "of" && (lexes[j + 1]?.lower === "a" || lexes[j + 1]?.lower === "an")) {
    j += 2
    article = true
  }
  let hit = suffixUnitAt(lexes, j, { rightAfterNumber: !article, scale: atom.scale })
  // the unit may not reach into the next number, and a symbol glued to the next digits is its prefix (`1 $10`)
  if (hit && hit.last >= nextAtom) hit = null
  if (hit && hit.unit.kind === "currency" && lexes[hit.last + 1]?.kind === "digits" && lexes[hit.last + 1]!.gap === "" && lexes[j]!.gap !== "") hit = null
  // a number with its currency in front takes no currency sign after it (`$ 20,000.00 $ 37,305.97`)
  if (hit && m.unit && hit.unit.kind === "currency" && lexes[hit.last]!.kind === "symbol") hit = null
  if (!hit && !m.unit) {
    // durations: `two more weeks`, `three full days`
    let k = j
    let fillers = 0
    while (fillers < 2 && lexes[k] && lexes[k]!.kind !== "digits" && durationFillers.has(lexes[k]!.lower)) {
      k++
      fillers++
    }
    if (fillers > 0) {
      const t = suffixUnitAt(lexes, k, { rightAfterNumber: false })
      if (t && t.unit.kind === "time") return { ...m, unit: t.unit }
    }
  }
  if (hit && hit.unit.kind === "currency" && m.unit && m.unit.kind === "currency" && hit.unit.symbol !== m.unit.symbol && m.unit.symbol !== "USD") hit = null
  if (hit && (article || atom.share) && hit.unit.kind === "percent") hit = null
  if (!hit && !m.unit && !atom.share) {
    const inverted = percentOfBefore(lexes, atom)
    if (inverted !== null) return { ...m, first: inverted, unit: unitOf("percent", "percent") }
  }
  if (!hit) {
    if (article) return m
    if (atom.share && !m.unit) return m
    return m.unit ? withMinor(lexes, m, pos) : m
  }
  if (hit.unit.kind === "time") return { ...m, unit: hit.unit, last: hit.last }
  const prefixUnit = m.unit
  let unit = hit.unit
  // `$ 10 dollars`: the same currency on both sides
  if (prefixUnit && prefixUnit.kind === "currency" && unit.kind === "currency") unit = prefixUnit.symbol === "USD" ? unit : prefixUnit
  let value = atom.value === null ? null : atom.value * unit.factor
  let last = hit.last
  let baseValue = atom.base
  let scale = atom.scale
  // `a mile and a half`
  for (const cue of HALF_AFTER_UNIT) {
    const end = matchCue(lexes, last + 1, cue)
    if (end > 0 && value !== null && Number.isInteger(atom.value)) {
      value += 0.5 * unit.factor
      baseValue = value
      last = end - 1
      break
    }
  }
  // `75 USD million`
  const trailing = scaleValue(lexes[last + 1])
  if (trailing !== null && trailing >= 1000 && unit.kind === "currency" && value !== null) {
    value *= trailing
    baseValue = atom.value ?? baseValue
    scale = trailing
    last += 1
  }
  const measured: Measure = {
    ...m,
    last,
    value,
    base: baseValue,
    scale,
    unit: { ...unit, factor: 1 },
    countedFrom: last + 1
  }
  return unit.kind === "currency" ? withMinor(lexes, measured, pos) : measured
}

const scaled = (v: number | null, factor: number): number | null => (v === null ? null : v * factor)

const PERCENT_WORDS: ReadonlyArray<ReadonlyArray<string>> = [["per", "cent"], ["percent"], ["percents"], ["%"]]

/**
 * `percent of 10`, `per cent of twenty-two`: a percent word with no number of its own, right before
 * `of` and a number that ends the phrase, writes that number as a percentage. Returns the start.
 */
const percentOfBefore = (lexes: ReadonlyArray<Lex>, atom: Atom): number | null => {
  if (lexes[atom.first - 1]?.lower !== "of") return null
  const after = lexes[atom.last + 1]
  if (after && after.kind !== "symbol") return null
  for (const cue of PERCENT_WORDS) {
    const start = matchCueBefore(lexes, atom.first - 1, cue)
    if (start < 0) continue
    const before = lexes[start - 1]
    if (before && (before.kind === "digits" || cardinalAt(lexes, start - 1) !== null)) return null
    return start
  }
  return null
}

/** `hundreds of miles`, `thousands of dollars`, `several hours`. */
const vagueUnit = (lexes: ReadonlyArray<Lex>, m: Measure): Measure => {
  let j = m.last + 1
  if (lexes[j]?.lower === "of") j++
  const hit = suffixUnitAt(lexes, j, { rightAfterNumber: false })
  if (!hit || hit.needsScale) {
    // `several more days`
    let k = m.last + 1
    let fillers = 0
    while (fillers < 2 && lexes[k] && durationFillers.has(lexes[k]!.lower)) {
      k++
      fillers++
    }
    const t = fillers > 0 ? suffixUnitAt(lexes, k, { rightAfterNumber: false }) : null
    if (t && t.unit.kind === "time") return { ...m, unit: t.unit }
    return m
  }
  if (hit.unit.kind === "percent") return m
  if (hit.unit.kind === "time") return { ...m, unit: hit.unit }
  return { ...m, last: hit.last, unit: { ...hit.unit, factor: 1 }, countedFrom: hit.last + 1 }
}

/**
 * `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `10 $ 30 cent`, `17 USD 25`: a whole
 * amount followed by a smaller one (1-99), which counts in cents when nothing but its own minor
 * unit or punctuation follows it.
 */
const withMinor = (lexes: ReadonlyArray<Lex>, m: Measure, pos: PosOf): Measure => {
  if (m.value === null || !Number.isInteger(m.atom.value) || !m.unit || m.unit.kind !== "currency") return m
  // `between $50 and 80` is a range, not $50.80
  if (RANGE_OPENERS.has(lexes[m.first - 1]?.lower ?? "")) return m
  let j = m.last + 1
  if (lexes[j]?.lower === "and") j++
  const l = lexes[j]
  if (!l || (l.kind !== "digits" && l.kind !== "word")) return m
  if (l.kind === "digits" && (l.decimal || l.blocked)) return m
  const c = cardinalAt(lexes, j)
  if (!c || c.value < 1 || c.value >= 100 || !Number.isInteger(c.value)) return m
  let last = c.last
  if (lexes[last + 1]?.gap === "" && lexes[last + 1]!.kind === "word") return m
  const minor = suffixUnitAt(lexes, last + 1, { rightAfterNumber: true })
  if (minor && minor.unit.kind === "currency" && minor.unit.factor < 1) {
    last = minor.last
  } else if (minor) {
    return m
  } else {
    const after = lexes[last + 1]
    const p = pos(last + 1)
    if (after && (after.kind === "digits" || p === "NOUN" || p === "PROPN" || p === "NUM")) return m
  }
  // a prefix-currency amount joins a bare number only at the end of a phrase (`C$ 100 and fifty.`)
  return { ...m, last, value: m.value + c.value / 100, base: m.value + c.value / 100, countedFrom: last + 1 }
}

/**
 * `a mile`, `an hour and a half`, `a mile and a half`: the article stands for one. These count only
 * when qualified (`about a mile`) or with `and a half` (see nonClaims: bare one).
 */
export const articleUnitAtoms = (lexes: ReadonlyArray<Lex>, taken: ReadonlySet<number>): ReadonlyArray<Atom> => {
  const out: Array<Atom> = []
  for (let i = 0; i < lexes.length; i++) {
    const l = lexes[i]!
    if (taken.has(i) || (l.lower !== "a" && l.lower !== "an")) continue
    const hit = suffixUnitAt(lexes, i + 1, { rightAfterNumber: false })
    if (!hit || hit.needsScale) continue
    const kind = hit.unit.kind
    if (kind === "percent" || kind === "time" || kind === "temperature" || kind === "other") continue
    if (hit.unit.kind === "currency" && hit.unit.factor !== 1) continue
    let value = 1
    let last = hit.last
    let half = false
    for (const cue of HALF_AFTER_UNIT) {
      const end = matchCue(lexes, last + 1, cue)
      if (end > 0) {
        value = 1.5
        last = end - 1
        half = true
        break
      }
    }
    out.push(wordAtom(i, last, value, { bareOne: !half, unit: { ...hit.unit, factor: 1 } }))
    i = last
  }
  return out
}
