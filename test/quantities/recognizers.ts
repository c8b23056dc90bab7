/**
 * Runs Microsoft Recognizers-Text English specs (test/fixtures/recognizers-text, MIT) through the
 * extractor. Each expected result (or each case that expects none) is one item. Only values and range
 * endpoints are compared, in the contract's units: a share the contract reports in percent (`1/2` ->
 * 50 percent) is divided by 100 against NumberModel's fractions, and minor currency units
 * (cents, pence) are compared in the major unit the contract uses (`50 cents` -> 0.5 USD).
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { extractFromSentence, type FoundQuantity } from "../../pipeline/quantities/extract.ts"
import { sentenceOf } from "./support.ts"

export type SpecFile = "NumberModel" | "NumberRangeModel" | "PercentModel" | "CurrencyModel"

interface SpecResult {
  readonly Text: string
  readonly TypeName: string
  readonly Resolution: Readonly<Record<string, string | null>>
  readonly Start: number
  /** inclusive */
  readonly End: number
}

interface SpecCase {
  readonly Input: string
  readonly Results: ReadonlyArray<SpecResult>
}

export interface Item {
  readonly file: SpecFile
  readonly input: string
  /** the expected result's text, or "" for a case that expects no result */
  readonly text: string
  readonly status: "pass" | "fail"
  readonly detail: string
  readonly claims: ReadonlyArray<FoundQuantity>
  /** the expected span [start, end) in the input, for results */
  readonly span: { readonly start: number; readonly end: number } | null
}

const fixture = (file: SpecFile): ReadonlyArray<SpecCase> => {
  const path = fileURLToPath(new URL(`../fixtures/recognizers-text/${file}.json`, import.meta.url))
  return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")) as ReadonlyArray<SpecCase>
}


const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/** Recognizers' minor units, in the major unit the contract reports. */
const MINOR: Readonly<Record<string, number>> = { Cent: 0.01, Pence: 0.01, Penny: 0.01, Satoshi: 1e-8 }

/** `[20,30)`, `(30,)`, `(,100]` -> endpoints. */
const endpoints = (range: string): { low: number | null; high: number | null } => {
  const m = /^[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$/.exec(range)
  if (!m) throw new Error(`bad range ${range}`)
  return { low: m[1] ? Number(m[1]) : null, high: m[2] ? Number(m[2]) : null }
}

const overlapping = (claims: ReadonlyArray<FoundQuantity>, start: number, end: number): FoundQuantity | null => {
  let best: FoundQuantity | null = null
  let bestOverlap = 0
  for (const c of claims) {
    const o = Math.min(c.end, end) - Math.max(c.start, start)
    if (o > bestOverlap) {
      best = c
      bestOverlap = o
    }
  }
  return best
}

const describe = (c: FoundQuantity | null): string =>
  c === null ? "nothing" : `"${c.text}" v=${c.quantity.value} lo=${c.quantity.low} hi=${c.quantity.high} ${c.quantity.qualifier} ${c.quantity.unit ?? ""}`

/** The unit without a rate's time (`USD per day` -> `USD`). */
const baseUnit = (u: string | null): string | null => (u === null ? null : u.replace(/ per .*$/, ""))

const checkResult = (file: SpecFile, r: SpecResult, claim: FoundQuantity | null): string | null => {
  if (claim === null) return "expected a figure, got nothing"
  const q = claim.quantity
  const percentShare = baseUnit(q.unit) === "percent" && file !== "PercentModel" ? 0.01 : 1
  if (file === "NumberRangeModel") {
    const want = endpoints(String(r.Resolution["value"]))
    const low = q.low === null ? null : q.low * percentShare
    const high = q.high === null ? null : q.high * percentShare
    return close(low, want.low) && close(high, want.high) ? null : `expected [${want.low}, ${want.high}]`
  }
  const raw = r.Resolution["value"]
  const want = Number(String(raw).replace(/%$/, "")) * (file === "CurrencyModel" ? (MINOR[String(r.Resolution["unit"])] ?? 1) : 1)
  const got = q.value === null ? null : q.value * percentShare
  if (!close(got, want)) return `expected ${want}`
  if (file === "PercentModel" && baseUnit(q.unit) !== "percent") return "expected unit percent"
  if (file === "CurrencyModel") {
    const iso = r.Resolution["isoCurrency"]
    if (claim.category !== "money") return "expected a money figure"
    if (iso && baseUnit(q.unit) !== iso) return `expected currency ${iso}`
  }
  return null
}

/** A case that expects nothing of its model's kind must give no figure of that kind. */
const checkNone = (file: SpecFile, claims: ReadonlyArray<FoundQuantity>): string | null => {
  const offending = claims.filter((c) => {
    switch (file) {
      // NumberModel reports bare numbers only: a number with a unit (`29km`) belongs to another model
      case "NumberModel":
        return c.quantity.unit === null
      case "NumberRangeModel":
        return c.quantity.qualifier !== "exact" && c.quantity.qualifier !== "approximate" && c.quantity.qualifier !== "vague"
      case "PercentModel":
        return c.quantity.unit === "percent"
      case "CurrencyModel":
        return c.category === "money"
    }
  })
  return offending.length === 0 ? null : `expected none, got ${offending.map(describe).join("; ")}`
}

export const runSpec = (file: SpecFile): ReadonlyArray<Item> => {
  const items: Array<Item> = []
  for (const c of fixture(file)) {
    const claims = extractFromSentence(c.Input, sentenceOf(c.Input))
    if (c.Results.length === 0) {
      const detail = checkNone(file, claims)
      items.push({ file, input: c.Input, text: "", status: detail ? "fail" : "pass", detail: detail ?? "", claims, span: null })
      continue
    }
    for (const r of c.Results) {
      const span = { start: r.Start, end: r.End + 1 }
      const claim = overlapping(claims, span.start, span.end)
      const problem = checkResult(file, r, claim)
      items.push({
        file,
        input: c.Input,
        text: r.Text,
        status: problem ? "fail" : "pass",
        detail: problem ? `${problem}; got ${describe(claim)}` : "",
        claims,
        span
      })
    }
  }
  return items
}
