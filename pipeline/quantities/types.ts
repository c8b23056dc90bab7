/**
 * The stages of the figure grammar, each adding to the previous:
 * Atom (a number as written) -> Measure (number + unit) -> Figure (ranges, ratios, qualifiers, rates).
 * Spans are lex indices (inclusive) into the sentence's lexes; offsets come from the lexes.
 */
import type { Qualifier } from "../../schemas/Claim.ts"
import type { UnitKind } from "../rules/units.ts"

export type NumberForm = "digits" | "words" | "mixed"

/** wink-nlp's part of speech of the lex at an index ("" outside the sentence). */
export type PosOf = (lexIndex: number) => string

/** One number as written: `7,233`, `twenty-six`, `3.5 million`, `two-thirds`, `thousands`. */
export interface Atom {
  readonly first: number
  readonly last: number
  /** null for vague quantities */
  readonly value: number | null
  /** the number before its trailing multiplier (`seven` of `seven thousand`) and that multiplier */
  readonly base: number
  readonly scale: number
  readonly form: NumberForm
  /** a proper fraction of a whole (`two-thirds`, `3/4`, `half`): a share, reported in percent */
  readonly share: boolean
  /** the bare word `one` (or `a` before a unit): a pronoun or determiner unless qualified or measured */
  readonly bareOne: boolean
  /** vague quantity (`thousands`, `several thousand`, `a handful`) with the least it implies */
  readonly vague?: { readonly low: number | null }
  /** a unit already read inside the number (`a mile and a half`) */
  readonly unit?: UnitMatch
  /** a fraction written `x over y` or `x/y`, or a mixed number: never joined into a range with `-` */
  readonly fractionForm?: boolean
}

export interface UnitMatch {
  readonly symbol: string
  readonly kind: UnitKind
  /** multiplier into the symbol's unit (cents -> dollars) */
  readonly factor: number
  /** a time unit: the figure is a duration */
  readonly time?: string
}

/** A number with its unit: `$4.5 billion`, `30 miles`, `10-foot`, `almost 80%` (before qualifiers). */
export interface Measure {
  readonly atom: Atom
  /** mention span: prefix unit .. suffix unit */
  readonly first: number
  readonly last: number
  readonly value: number | null
  readonly base: number
  readonly scale: number
  readonly unit: UnitMatch | null
  /** where the counted noun phrase may start (after the unit, or after `of` in `thousands of`) */
  readonly countedFrom: number
  /** the unit was written before the number (`$`, `USD`): a range may share it forward */
  readonly unitBefore: boolean
}

export type FigureKind = "single" | "range" | "vague" | "ratio"

export interface Figure {
  readonly kind: FigureKind
  readonly first: number
  readonly last: number
  readonly measures: ReadonlyArray<Measure>
  /** single and ratio figures */
  readonly amount: number | null
  /** range bounds, or the vague low */
  readonly rangeLow: number | null
  readonly rangeHigh: number | null
  readonly qualifier: Qualifier
  readonly unit: UnitMatch | null
  /** a rate's time word (`day` in `30 miles a day`) */
  readonly per: string | null
  readonly share: boolean
  readonly countedFrom: number
  /** the lex where the qualifier cue begins, if it stands before the number */
  readonly cueFirst: number | null
  /** index (into the figure list) of the figure this one converts (`450 meters` of `1,500 feet`) */
  readonly conversionOf: number | null
  /** why this is not a claim, if it is not */
  readonly notClaim: string | null
}
