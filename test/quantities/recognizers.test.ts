/**
 * Microsoft Recognizers-Text English specs (test/fixtures/recognizers-text, MIT, see SOURCE.txt there)
 * against the figure grammar. Every case whose kind the contract covers must give the spec's value or
 * range endpoints; the exceptions are listed below with a reason each, and each kind of exception is
 * itself checked (an excluded figure must give no claim, a known gap must still fail).
 */
import { assert, describe, it } from "@effect/vitest"
import type { FoundQuantity } from "../../pipeline/quantities/extract.ts"
import { type Item, runSpec, type SpecFile } from "./recognizers.ts"

type Exception =
  /** the contract says this is no claim (date, age, ordinal, duration, code, pronoun one): no claim may cover it */
  | { readonly kind: "excluded"; readonly reason: string }
  /** the spec's result has no number (a bare currency or percent word): no claim may lie inside it */
  | { readonly kind: "no figure"; readonly reason: string }
  /** the contract reads the text otherwise: the claim must be the contract's reading */
  | { readonly kind: "contract"; readonly reason: string; readonly claim: Partial<FoundQuantity["quantity"]> }
  /** a gap of the grammar: it must still fail (remove it from this list once it passes) */
  | { readonly kind: "known gap"; readonly reason: string }

interface Listed {
  readonly file: SpecFile
  readonly input: string
  /** the expected result's text; omitted: every result of the case (or the case that expects none) */
  readonly text?: string
  readonly exception: Exception
}

const excluded = (reason: string): Exception => ({ kind: "excluded", reason })
const noFigure: Exception = { kind: "no figure", reason: "a currency or percent word with no number: nothing to measure" }

const listed: ReadonlyArray<Listed> = [
  // NumberModel
  { file: "NumberModel", input: "192.168.1.2", exception: excluded("an IP address is a code, not a quantity") },
  { file: "NumberModel", input: "Any time to meet on 5/17/2018?", exception: excluded("a calendar date") },
  { file: "NumberModel", input: "My phone number is +1-222-2222/2222", exception: excluded("a phone number") },
  { file: "NumberModel", input: "I want to earn $10000 in 3 years", text: "3", exception: excluded("a duration (`3 years`)") },
  { file: "NumberModel", input: "I want to earn $2000 over 3 years", text: "3", exception: excluded("a duration (`3 years`)") },
  { file: "NumberModel", input: "SCP-173", exception: excluded("a number inside a name") },
  { file: "NumberModel", input: "Exercises nrs. 22,24,26,31.", exception: excluded("identifiers after `nrs.` (numbers inside names)") },
  { file: "NumberModel", input: "Exercise nr. 22,240,260,310.", exception: excluded("an identifier after `nr.` (a number inside a name)") },
  { file: "NumberModel", input: "Let's try one last time", exception: excluded("the determiner `one`, which the contract never counts") },
  { file: "NumberModel", input: "they were playing three-nought-four", exception: excluded("a code read digit by digit, not a cardinal") },
  // NumberRangeModel
  { file: "NumberRangeModel", input: "He ranks between the tenth and the fifteenth.", exception: excluded("ordinals") },
  { file: "NumberRangeModel", input: "He ranks higher than the tenth but lower than the fifteenth.", exception: excluded("ordinals") },
  { file: "NumberRangeModel", input: "He is more than thirty years old.", exception: excluded("an age") },
  { file: "NumberRangeModel", input: "He is over thirty years old.", exception: excluded("an age") },
  { file: "NumberRangeModel", input: "His age is no less than thirty.", exception: excluded("an age") },
  {
    file: "NumberRangeModel",
    input: "How about more than 2 in 5",
    exception: {
      kind: "contract",
      reason: "the contract reads `2 in 5` as a ratio (`one in four` -> 25 percent); the spec reads left to right by design",
      claim: { value: 40, low: 40, high: null, qualifier: "more_than", unit: "percent" }
    }
  },
  {
    file: "NumberRangeModel",
    input: "The number is from 200 to 300 in 2008",
    exception: {
      kind: "contract",
      reason: "`from x to y` is a range in the contract; the spec's .NET port misses this one only (the next case, `from 200 to 3000000 in 2008`, is a range)",
      claim: { value: null, low: 200, high: 300, qualifier: "range", unit: null }
    }
  },
  // PercentModel
  { file: "PercentModel", input: "Only a small percent attain the top ranks", exception: noFigure },
  { file: "PercentModel", input: "The table shows the % of increase in the last month", exception: noFigure },
  { file: "PercentModel", input: "How do I calculate a percentage?", exception: noFigure },
  // CurrencyModel
  { file: "CurrencyModel", input: "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085 .", text: "dollar", exception: noFigure },
  { file: "CurrencyModel", input: "50 dollar dollar", text: "dollar", exception: noFigure },
  { file: "CurrencyModel", input: "50 dollar rmb", text: "rmb", exception: noFigure },
  { file: "CurrencyModel", input: "1 $10 dollars bill", text: "dollars", exception: noFigure },
  { file: "CurrencyModel", input: "I counted the dollars thousand of times.", text: "dollars", exception: noFigure },
  {
    file: "CurrencyModel",
    input:
      "the hart - scott filing is then reviewed and any antitrust concerns usually met . typically , hart - scott is used now to give managers of target firms early news of a bid and a chance to use regulatory review as a delaying tactic . the $ 20,000 tax would be a small cost in a multibillion - dollar deal , but a serious drag on thousands of small , friendly deals .",
    text: "dollar",
    exception: noFigure
  },
  {
    file: "CurrencyModel",
    input: "It may need one kuai and five mao five.",
    exception: { kind: "known gap", reason: "colloquial Chinese money words (kuai, mao, fen) are not in the unit lexicon" }
  },
  {
    file: "CurrencyModel",
    input: "Do you think sen 100,000 is expensive this new laptop?",
    exception: { kind: "known gap", reason: "`sen` written before the number is not read as a currency (the value 100000 is found)" }
  },
  {
    file: "CurrencyModel",
    input: "The price starts at dollar 22.5 million.",
    exception: { kind: "known gap", reason: "a currency name before the number (`dollar 22.5 million`) is not read; every port of the spec fails it too" }
  }
]

const exceptionOf = (item: Item): Exception | undefined =>
  listed.find((l) => l.file === item.file && l.input === item.input && (l.text === undefined || l.text === item.text))?.exception

const overlaps = (c: FoundQuantity, span: { start: number; end: number }) => c.start < span.end && c.end > span.start
const inside = (c: FoundQuantity, span: { start: number; end: number }) => c.start >= span.start && c.end <= span.end

const files: ReadonlyArray<SpecFile> = ["NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel"]

interface Tally {
  readonly items: ReadonlyArray<Item>
  readonly passed: ReadonlyArray<Item>
  readonly skipped: ReadonlyArray<Item>
  readonly knownGaps: ReadonlyArray<Item>
  readonly unexpected: ReadonlyArray<Item>
}

const tally = (file: SpecFile): Tally => {
  const items = runSpec(file)
  const passed = items.filter((i) => i.status === "pass" && exceptionOf(i) === undefined)
  const skipped = items.filter((i) => {
    const e = exceptionOf(i)
    return e !== undefined && e.kind !== "known gap"
  })
  const knownGaps = items.filter((i) => exceptionOf(i)?.kind === "known gap")
  const unexpected = items.filter((i) => i.status === "fail" && exceptionOf(i) === undefined)
  return { items, passed, skipped, knownGaps, unexpected }
}

const tallies = new Map(files.map((f) => [f, tally(f)] as const))

describe("Recognizers-Text English specs", () => {
  for (const file of files) {
    const t = tallies.get(file)!
    describe(file, () => {
      it(`${t.passed.length} of ${t.items.length} items pass; ${t.skipped.length} listed exceptions, ${t.knownGaps.length} known gaps`, () => {
        const report = t.unexpected.map((i) => `${JSON.stringify(i.input)} :: ${JSON.stringify(i.text)} :: ${i.detail}`)
        assert.deepStrictEqual(report, [])
      })

      it("excluded figures and word-only results give no claim there", () => {
        for (const item of t.skipped) {
          const e = exceptionOf(item)!
          const span = item.span ?? { start: 0, end: item.input.length }
          if (e.kind === "excluded") {
            const covering = item.claims.filter((c) => overlaps(c, span)).map((c) => c.text)
            assert.deepStrictEqual(covering, [], `${item.input} :: ${item.text} (${e.reason})`)
          } else if (e.kind === "no figure") {
            const within = item.claims.filter((c) => inside(c, span)).map((c) => c.text)
            assert.deepStrictEqual(within, [], `${item.input} :: ${item.text}`)
          }
        }
      })

      it("cases the contract reads otherwise give the contract's reading", () => {
        for (const item of t.skipped) {
          const e = exceptionOf(item)!
          if (e.kind !== "contract") continue
          const found = item.claims.some((c) => Object.entries(e.claim).every(([k, v]) => c.quantity[k as keyof typeof c.quantity] === v))
          assert.isTrue(found, `${item.input}: expected ${JSON.stringify(e.claim)}, got ${JSON.stringify(item.claims.map((c) => c.quantity))}`)
        }
      })

      it("known gaps still fail (take them off the list once they pass)", () => {
        for (const item of t.knownGaps) assert.strictEqual(item.status, "fail", `${item.input} :: ${item.text} now passes`)
      })
    })
  }

  it("every listed exception matches a spec item", () => {
    const all = [...tallies.values()].flatMap((t) => t.items)
    for (const l of listed) {
      const hit = all.some((i) => i.file === l.file && i.input === l.input && (l.text === undefined || l.text === i.text))
      assert.isTrue(hit, `listed exception matches nothing: ${l.file} ${l.input} ${l.text ?? ""}`)
    }
  })

  it("summary", () => {
    const lines = files.map((f) => {
      const t = tallies.get(f)!
      return `${f.padEnd(17)} items ${String(t.items.length).padStart(3)}  passed ${String(t.passed.length).padStart(3)}  skipped ${String(t.skipped.length).padStart(2)}  known gaps ${t.knownGaps.length}  unexpected failures ${t.unexpected.length}`
    })
    console.log(["Recognizers-Text specs:", ...lines].join("\n"))
    for (const f of files) assert.strictEqual(tallies.get(f)!.unexpected.length, 0)
  })
})
