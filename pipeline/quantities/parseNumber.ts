/**
 * Numbers written with digits: separators (`7,233`, `1,674,200.5`, `12,34,567.89`, `1.111,11`),
 * lists (`22,24,26`), decimal commas (`5,00`), and the forms built on digits: suffix multipliers
 * (`10k`, `5.3m`, `1.2b`), powers (`1e10`, `1.1^23`, `1.3x10^6`), fractions (`3/4`, `2 1/4`) and
 * single-character fractions (`½`).
 */
import { suffixMultipliers, vulgarFractions } from "../rules/numbers.ts"
import type { Lex } from "./lexer.ts"
import type { Atom } from "./types.ts"

export interface DigitPiece {
  readonly text: string
  /** offset inside the run */
  readonly at: number
  readonly value: number
  readonly decimal: boolean
  readonly grouped: boolean
  /** the list separator written before this piece (`,` in `22,24`) */
  readonly separatorBefore?: string
  readonly blocked?: "code"
}

const STANDARD = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const PLAIN = /^\d+(?:\.\d+)?$/
const CONTINENTAL = /^\d{1,3}(?:\.\d{3})+,\d+$/
const CONTINENTAL_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/
const DECIMAL_COMMA = /^\d+,\d{1,2}$/

const piece = (text: string, value: number, decimal: boolean, grouped: boolean): DigitPiece => ({ text, at: 0, value, decimal, grouped })

/**
 * Splits a run of digits and separators (`\d+([.,]\d+)*`) into the numbers it writes. A run that is
 * a code (IP address, version, dotted date) is one blocked piece.
 */
export const splitDigitRun = (run: string): ReadonlyArray<DigitPiece> => {
  if (PLAIN.test(run)) return [piece(run, Number(run), run.includes("."), false)]
  if (STANDARD.test(run) || INDIAN.test(run)) return [piece(run, Number(run.replace(/,/g, "")), run.includes("."), true)]
  if (CONTINENTAL.test(run)) return [piece(run, Number(run.replace(/\./g, "").replace(",", ".")), true, true)]
  if (CONTINENTAL_GROUPS.test(run)) return [piece(run, Number(run.replace(/\./g, "")), false, true)]
  if (DECIMAL_COMMA.test(run)) return [piece(run, Number(run.replace(",", ".")), true, false)]
  // two or more dots: an IP address, a version number or a dotted date
  if ((run.match(/\./g) ?? []).length >= 2 && !run.includes(",")) {
    return [{ text: run, at: 0, value: Number.NaN, decimal: false, grouped: false, blocked: "code" }]
  }
  // a list written without spaces (`22,24,26,31`): each item on its own
  const out: Array<DigitPiece> = []
  let at = 0
  for (const [k, item] of run.split(",").entries()) {
    const value = Number(item)
    out.push({
      text: item,
      at,
      value: Number.isFinite(value) ? value : Number.NaN,
      decimal: item.includes("."),
      grouped: false,
      ...(k > 0 ? { separatorBefore: "," } : {}),
      ...(Number.isFinite(value) ? {} : { blocked: "code" as const })
    })
    at += item.length + 1
  }
  return out
}

const isAttached = (l: Lex | undefined): l is Lex => l !== undefined && l.gap === ""
/** Digits that may start or continue a figure (not part of a code, a time or a date). */
export const isFigureDigits = (l: Lex | undefined): l is Lex => l !== undefined && l.kind === "digits" && l.blocked === undefined

const atom = (first: number, last: number, value: number, extra: Partial<Atom> = {}): Atom => ({
  first,
  last,
  value,
  base: value,
  scale: 1,
  form: "digits",
  share: false,
  bareOne: false,
  ...extra
})

/** `1e10`, `12.32e+14`, `-12e-1` (sign handled by the caller), `1.1^23`, `2.5^-1`, `1.3x10^6`. */
export const powerAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  const base = lexes[i]
  if (!isFigureDigits(base)) return null
  const mark = lexes[i + 1]
  const exponent = (j: number): { value: number; last: number } | null => {
    let sign = 1
    let k = j
    while (isAttached(lexes[k]) && (lexes[k]!.text === "-" || lexes[k]!.text === "+" || lexes[k]!.text === "−")) {
      if (lexes[k]!.text !== "+") sign = -sign
      k++
    }
    const e = lexes[k]
    if (!isAttached(e) || !isFigureDigits(e) || e.decimal) return null
    return { value: sign * e.value!, last: k }
  }
  if (isAttached(mark) && (mark.text === "e" || mark.text === "E")) {
    const e = exponent(i + 2)
    if (e) return atom(i, e.last, base.value! * 10 ** e.value)
  }
  if (isAttached(mark) && mark.text === "^") {
    const e = exponent(i + 2)
    if (e) return atom(i, e.last, base.value! ** e.value)
  }
  if (isAttached(mark) && (mark.lower === "x" || mark.text === "×")) {
    const ten = lexes[i + 2]
    const caret = lexes[i + 3]
    if (isAttached(ten) && ten.text === "10" && isAttached(caret) && caret.text === "^") {
      const e = exponent(i + 4)
      if (e) return atom(i, e.last, base.value! * 10 ** e.value)
    }
  }
  return null
}

/** Denominators a digit fraction may have; other `a/b` are dates (`10/22`) or codes (`24/7`, `9/11`). */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100])

/** `3/4`, `2 1/4`, `2½`, `½`. */
export const digitFractionAt = (lexes: ReadonlyArray<Lex>, i: number): Atom | null => {
  const a = lexes[i]
  if (a && a.kind === "symbol" && vulgarFractions[a.text] !== undefined) {
    return atom(i, i, vulgarFractions[a.text]!, { share: true, fractionForm: true })
  }
  if (!isFigureDigits(a) || a.decimal || a.grouped) return null
  const after = lexes[i + 1]
  if (isAttached(after) && after.kind === "symbol" && vulgarFractions[after.text] !== undefined) {
    return atom(i, i + 1, a.value! + vulgarFractions[after.text]!, { fractionForm: true })
  }
  const simple = (j: number): { num: number; den: number; last: number } | null => {
    const n = lexes[j]
    const slash = lexes[j + 1]
    const d = lexes[j + 2]
    if (!isFigureDigits(n) || n.decimal || n.grouped || !isAttached(slash) || slash.text !== "/") return null
    if (!isAttached(d) || !isFigureDigits(d) || d.decimal) return null
    // a third part makes it a date (`5/17/2018`)
    const more = lexes[j + 3]
    if (isAttached(more) && more.text === "/") return null
    if (!(n.value! < d.value!) || !FRACTION_DENOMINATORS.has(d.value!)) return null
    return { num: n.value!, den: d.value!, last: j + 2 }
  }
  // mixed number: `2 1/4`
  const next = lexes[i + 1]
  if (next && next.gap !== "" && isFigureDigits(next)) {
    const f = simple(i + 1)
    if (f) return atom(i, f.last, a.value! + f.num / f.den, { fractionForm: true })
  }
  const f = simple(i)
  if (f) return atom(i, f.last, f.num / f.den, { share: true, fractionForm: true })
  return null
}

/** Whether digits at `i` start a `d/d` pair that is not a fraction (a date or a code such as `24/7`). */
export const isSlashCode = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  const slash = lexes[i + 1]
  const d = lexes[i + 2]
  return isFigureDigits(lexes[i]) && isAttached(slash) && slash.text === "/" && isAttached(d) && d.kind === "digits"
}

/**
 * A multiplier written right after digits: `10k`, `5.3m`, `1.2b`, `2mil`, `10 bln`, `1,674.5 G`.
 * A lower-case `m` after a plain integer is a metre unless a currency symbol stands before the number.
 */
export const suffixMultiplierAt = (lexes: ReadonlyArray<Lex>, i: number, afterCurrency: boolean): Atom | null => {
  const n = lexes[i]
  const s = lexes[i + 1]
  if (!isFigureDigits(n) || !s || s.kind !== "word") return null
  const attached = s.gap === ""
  if (!attached && s.gap.length > 2) return null
  for (const m of suffixMultipliers) {
    const same = m.caseSensitive ? s.text === m.form : s.lower === m.form
    if (!same || (m.attachedOnly && !attached)) continue
    if (m.form === "m" && !n.decimal && !afterCurrency) continue
    // `5G`, `4G`: a technology name, not five billion
    if (m.form === "G" && attached && !n.decimal && n.value! < 10) continue
    // the multiplier must end the word: `10 km` is not `10 k` + `m`
    return atom(i, i + 1, n.value! * m.value, { base: n.value!, scale: m.value })
  }
  return null
}
