/**
 * Properties of the figure grammar over generated numbers: digits with separators read back exactly,
 * spelled numbers (written by an independent speller here) read back exactly, and the qualifier table
 * holds for every cue and number.
 */
import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { claimsIn } from "./support.ts"

/** `1234567` -> `1,234,567` (no locale: the grouping is the test's own). */
const grouped = (n: bigint): string => {
  const digits = n.toString()
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ","
    out += digits[i]
  }
  return out
}

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
const SCALES: ReadonlyArray<readonly [number, string]> = [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]]

interface Style {
  readonly and: boolean
  readonly hyphen: boolean
}

const below100 = (n: number, style: Style): string =>
  n < 20 ? UNITS[n]! : TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? "" : (style.hyphen ? "-" : " ") + UNITS[n % 10]!)

const below1000 = (n: number, style: Style): string => {
  const h = Math.floor(n / 100)
  const rest = n % 100
  if (h === 0) return below100(rest, style)
  return `${UNITS[h]} hundred` + (rest === 0 ? "" : (style.and ? " and " : " ") + below100(rest, style))
}

/** English words for 0 <= n < 10^12, in British (`and`) or American style, hyphenated or not. */
const spell = (n: number, style: Style): string => {
  if (n === 0) return "zero"
  const parts: Array<string> = []
  let rest = n
  for (const [value, word] of SCALES) {
    const group = Math.floor(rest / value)
    if (group > 0) parts.push(`${below1000(group, style)} ${word}`)
    rest %= value
  }
  if (rest > 0) parts.push((parts.length > 0 && rest < 100 && style.and ? "and " : "") + below1000(rest, style))
  return parts.join(" ")
}

const style = fc.record({ and: fc.boolean(), hyphen: fc.boolean() })

describe("generated numbers", () => {
  it("any integer written with thousands separators reads back exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), (n) => {
        const text = `Officials counted ${grouped(n)} ballots on Monday.`
        const claims = claimsIn(text)
        assert.strictEqual(claims.length, 1, text)
        assert.strictEqual(claims[0]!.quantity.value, Number(n), text)
        assert.strictEqual(claims[0]!.text, grouped(n))
      }),
      { numRuns: 300 }
    )
  })

  it("any decimal reads back exactly, with its unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const written = `${grouped(BigInt(whole))}.${String(cents).padStart(2, "0")}`
        const claims = claimsIn(`Shares closed at $${written} after the report.`)
        assert.strictEqual(claims.length, 1)
        assert.strictEqual(claims[0]!.quantity.value, Number(`${whole}.${String(cents).padStart(2, "0")}`))
        assert.strictEqual(claims[0]!.quantity.unit, "USD")
      }),
      { numRuns: 200 }
    )
  })

  it("any spelled number reads back exactly (but the bare `one`, which the contract never counts)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), style, (n, s) => {
        fc.pre(n !== 1)
        const words = spell(n, s)
        const text = `The agency said ${words} migrants crossed the river.`
        const claims = claimsIn(text)
        assert.strictEqual(claims.length, 1, text)
        assert.strictEqual(claims[0]!.quantity.value, n, text)
        assert.strictEqual(claims[0]!.text, words, text)
      }),
      { numRuns: 400 }
    )
  })

  it("a spelled number with a scale word reads as the product (`3.5 million`, `twelve thousand`)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(...SCALES), (whole, tenth, [value, word]) => {
        const written = tenth === 0 ? `${whole} ${word}` : `${whole}.${tenth} ${word}`
        const claims = claimsIn(`The region has ${written} residents.`)
        assert.strictEqual(claims.length, 1)
        assert.strictEqual(claims[0]!.quantity.value, Number(((whole + tenth / 10) * value).toPrecision(12)))
      }),
      { numRuns: 200 }
    )
  })
})

describe("the qualifier table", () => {
  const table: ReadonlyArray<readonly [string, string, "x" | null, "x" | null]> = [
    ["about", "approximate", null, null],
    ["around", "approximate", null, null],
    ["roughly", "approximate", null, null],
    ["some", "approximate", null, null],
    ["an estimated", "approximate", null, null],
    ["more than", "more_than", "x", null],
    ["over", "more_than", "x", null],
    ["upwards of", "more_than", "x", null],
    ["in excess of", "more_than", "x", null],
    ["at least", "at_least", "x", null],
    ["no fewer than", "at_least", "x", null],
    ["less than", "less_than", null, "x"],
    ["fewer than", "less_than", null, "x"],
    ["up to", "at_most", null, "x"],
    ["at most", "at_most", null, "x"],
    ["as many as", "at_most", null, "x"],
    ["no more than", "at_most", null, "x"],
    ["almost", "almost", null, "x"],
    ["nearly", "almost", null, "x"],
    ["close to", "almost", null, "x"],
    ["just under", "almost", null, "x"]
  ]

  it("every cue gives its qualifier, value and bounds for any number", () => {
    fc.assert(
      fc.property(fc.constantFrom(...table), fc.integer({ min: 2, max: 50_000_000 }), ([cue, qualifier, low, high], n) => {
        const text = `Police said ${cue} ${grouped(BigInt(n))} protesters gathered downtown.`
        const claims = claimsIn(text)
        assert.strictEqual(claims.length, 1, text)
        assert.deepStrictEqual(
          [claims[0]!.text, claims[0]!.quantity.value, claims[0]!.quantity.low, claims[0]!.quantity.high, claims[0]!.quantity.qualifier],
          [`${cue} ${grouped(BigInt(n))}`, n, low === null ? null : n, high === null ? null : n, qualifier],
          text
        )
      }),
      { numRuns: 300 }
    )
  })

  it("between x and y, x to y and x-y give the range for any x < y", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom("between {x} and {y}", "{x} to {y}", "{x}-{y}", "from {x} to {y}"), (x, d, form) => {
        const y = x + d
        const written = form.replace("{x}", grouped(BigInt(x))).replace("{y}", grouped(BigInt(y)))
        const claims = claimsIn(`The agency expects ${written} applications this month.`)
        assert.strictEqual(claims.length, 1, written)
        assert.deepStrictEqual([claims[0]!.text, claims[0]!.quantity.low, claims[0]!.quantity.high, claims[0]!.quantity.qualifier], [written, x, y, "range"])
      }),
      { numRuns: 200 }
    )
  })
})
