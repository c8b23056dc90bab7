/**
 * Number words as data: what the figure grammar (pipeline/quantities/) may read as part of a number.
 * Every key is lower case; a new word is a line here, not a branch in the grammar.
 */

/** Units and teens: one word, one value, never followed by another unit word inside one number. */
export const unitWords: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9
}

export const teenWords: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19
}

export const tensWords: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}

/** `hundreds` counts only after a numeral (`five hundreds`); alone it is a vague quantity. */
export const hundredWords: ReadonlySet<string> = new Set(["hundred", "hundreds"])

/** Scale words that close a group of three digits ("two hundred thousand"). */
export const scaleWords: Readonly<Record<string, number>> = {
  thousand: 1e3, thousands: 1e3,
  lakh: 1e5, lakhs: 1e5, lac: 1e5,
  million: 1e6, millions: 1e6,
  crore: 1e7, crores: 1e7,
  billion: 1e9, billions: 1e9,
  trillion: 1e12
}

/** Dozen multiplies the small number before it ("two dozen", "three hundred and two dozens"). */
export const dozenWords: ReadonlySet<string> = new Set(["dozen", "dz", "dzs", "doz", "dozs"])

/** Plural dozen after a numeral ("3 dozens"); bare "dozens" is a vague quantity instead. */
export const pluralDozenWords: ReadonlySet<string> = new Set(["dozens"])

/** Words that stand for 1 before a scale or fraction word ("a thousand", "a third of"). */
export const articleOne: ReadonlySet<string> = new Set(["a", "an"])

/** Words that make the next number negative. */
export const negativeWords: ReadonlySet<string> = new Set(["minus", "negative"])

/** Spoken decimal point ("five point five"). */
export const decimalPointWords: ReadonlySet<string> = new Set(["point"])

/**
 * Multipliers written right after digits, as in `10k`, `5.3m`, `$4.5bn`, `1.2b`, `2mil`, `US$ 1MM`.
 * `attachedOnly`: only when no space separates them from the digits. `caseSensitive`: the form must
 * match as written (`M` is million, `m` after a plain integer is a metre).
 */
export interface SuffixMultiplier {
  readonly form: string
  readonly value: number
  readonly attachedOnly: boolean
  readonly caseSensitive: boolean
}

export const suffixMultipliers: ReadonlyArray<SuffixMultiplier> = [
  { form: "k", value: 1e3, attachedOnly: false, caseSensitive: false },
  { form: "K", value: 1e3, attachedOnly: false, caseSensitive: true },
  { form: "M", value: 1e6, attachedOnly: false, caseSensitive: true },
  { form: "MM", value: 1e6, attachedOnly: false, caseSensitive: true },
  { form: "m", value: 1e6, attachedOnly: true, caseSensitive: true },
  { form: "mn", value: 1e6, attachedOnly: false, caseSensitive: false },
  { form: "mln", value: 1e6, attachedOnly: false, caseSensitive: false },
  { form: "mil", value: 1e6, attachedOnly: true, caseSensitive: false },
  { form: "b", value: 1e9, attachedOnly: true, caseSensitive: false },
  { form: "bn", value: 1e9, attachedOnly: false, caseSensitive: false },
  { form: "bln", value: 1e9, attachedOnly: false, caseSensitive: false },
  { form: "G", value: 1e9, attachedOnly: false, caseSensitive: true },
  { form: "tn", value: 1e12, attachedOnly: false, caseSensitive: false },
  { form: "tln", value: 1e12, attachedOnly: false, caseSensitive: false },
  { form: "trn", value: 1e12, attachedOnly: false, caseSensitive: false }
]

/**
 * Denominators of written fractions: ordinal words and their plurals ("two thirds", "a quarter",
 * "five eighths", "a hundredth"). `second` is left out on purpose: "a second time", "one second".
 */
export const fractionDenominators: Readonly<Record<string, number>> = {
  half: 2, halves: 2,
  third: 3, thirds: 3,
  quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, eleventh: 11, elevenths: 11, twelfth: 12, twelfths: 12,
  thirteenth: 13, thirteenths: 13, fourteenth: 14, fourteenths: 14, fifteenth: 15, fifteenths: 15,
  sixteenth: 16, sixteenths: 16, seventeenth: 17, seventeenths: 17, eighteenth: 18, eighteenths: 18,
  nineteenth: 19, nineteenths: 19,
  twentieth: 20, twentieths: 20, thirtieth: 30, thirtieths: 30, fortieth: 40, fortieths: 40,
  fiftieth: 50, fiftieths: 50, sixtieth: 60, sixtieths: 60, seventieth: 70, seventieths: 70,
  eightieth: 80, eightieths: 80, ninetieth: 90, ninetieths: 90,
  hundredth: 100, hundredths: 100, thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6,
  billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12
}

/**
 * Unit ordinals that only end a compound denominator ("three twenty-firsts", "one one hundred
 * second"); alone they are ordinals, never fractions.
 */
export const compoundOnlyOrdinals: Readonly<Record<string, number>> = {
  first: 1, firsts: 1, second: 2, seconds: 2
}

/** Fraction words that are never singular-with-a-noun ordinals, so they may stand before any word. */
export const unambiguousFractionWords: ReadonlySet<string> = new Set(["half", "halves", "quarters", "thirds"])

/** Single-character fractions. */
export const vulgarFractions: Readonly<Record<string, number>> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
  "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8
}

/** Ratio connectors: `one in four`, `two out of five` (a share, reported as a percentage). */
export const ratioConnectors: ReadonlyArray<ReadonlyArray<string>> = [["in"], ["out", "of"]]

/** Fraction connector in `one over three`. */
export const overConnector = "over"

/**
 * Vague quantities, by the contract's fixed table: the least each word implies. `low: null` means the
 * word sets no lower bound (bare "several", "a few", "a handful").
 */
export interface VagueQuantity {
  readonly words: ReadonlyArray<string>
  readonly low: number | null
}

export const vagueQuantities: ReadonlyArray<VagueQuantity> = [
  { words: ["hundreds", "of", "thousands"], low: 200_000 },
  { words: ["tens", "of", "thousands"], low: 20_000 },
  { words: ["hundreds", "of", "millions"], low: 200_000_000 },
  { words: ["tens", "of", "millions"], low: 20_000_000 },
  { words: ["dozens"], low: 24 },
  { words: ["hundreds"], low: 200 },
  { words: ["thousands"], low: 2_000 },
  { words: ["millions"], low: 2_000_000 },
  { words: ["billions"], low: 2_000_000_000 },
  { words: ["a", "handful"], low: null },
  { words: ["handful"], low: null },
  { words: ["several"], low: null },
  { words: ["a", "few"], low: null }
]

/**
 * Words that, before a multiplier ("several thousand", "a few hundred"), mean at least twice it
 * (the contract's rule: 2 x multiplier).
 */
export const severalWords: ReadonlyArray<ReadonlyArray<string>> = [["several"], ["a", "few"], ["a", "couple", "of"], ["a", "couple"]]
export const severalFactor = 2
