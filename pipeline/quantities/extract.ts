/**
 * The figure grammar of one sentence, stage by stage:
 * lex -> atoms (numbers) -> measures (units) -> figures (ranges, ratios) -> qualifiers -> conversions
 * and rates -> non-claims -> claims with counted noun, category and confidence.
 */
import type { Quantity } from "../../schemas/Claim.ts"
import type { BlockKind, QuantityMention, Sentence, Token } from "../model.ts"
import { scanAtoms } from "./atoms.ts"
import { categoryOf } from "./category.ts"
import { type Counted, countedAfter } from "./counted.ts"
import { type Lex, lex } from "./lexer.ts"
import { blockedLexes, judge } from "./nonClaims.ts"
import { qualify } from "./qualifiers.ts"
import { figuresOf } from "./ranges.ts"
import { convertAndRate, rateAt } from "./rates.ts"
import type { Atom, Figure } from "./types.ts"
import { articleUnitAtoms, measure } from "./units.ts"

/** Blocks whose sentences can state claims; headlines, bylines, credits and page chrome cannot. */
export const isClaimBearing = (kind: BlockKind): boolean => kind === "body" || kind === "caption" || kind === "subheadline"

export type FoundQuantity = Omit<QuantityMention, "article" | "sentence">

/** A figure the grammar read, with the reason it is not a claim when it is not (for tests and debugging). */
export interface ReadFigure {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly notClaim: string | null
}

/** Each lex with the part of speech of the wink token that covers its start. */
const withPos = (lexes: ReadonlyArray<Lex>, tokens: ReadonlyArray<Token>): ReadonlyArray<Lex> =>
  lexes.map((l) => ({ ...l, pos: posAt(tokens, l.start) }))

const posAt = (tokens: ReadonlyArray<Token>, offset: number): string => {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const t = tokens[mid]!
    if (t.end <= offset) lo = mid + 1
    else if (t.start > offset) hi = mid - 1
    else return t.pos
  }
  return ""
}

interface Read {
  readonly lexes: ReadonlyArray<Lex>
  readonly figures: ReadonlyArray<Figure>
  readonly pos: (k: number) => string
}

/** Runs the grammar over one sentence. `text` is the whole document text; sentence offsets index into it. */
const read = (text: string, sentence: Sentence): Read => {
  const body = text.slice(sentence.start, sentence.end)
  const lexes = withPos(lex(body, sentence.start), sentence.tokens)
  const pos = (k: number): string => lexes[k]?.pos ?? ""
  const blocked = blockedLexes(lexes, body, sentence.start)
  // `a mile and a half` is read whole, before its `a half` could be read as a share
  const articleUnits = articleUnitAtoms(lexes, blocked)
  const covered = new Set<number>()
  for (const a of articleUnits) for (let k = a.first; k <= a.last; k++) covered.add(k)
  const numbers = scanAtoms(lexes, new Set([...blocked, ...covered]))
  const atoms: Array<Atom> = [...numbers, ...articleUnits].sort((a, b) => a.first - b.first)
  const measures = measure(lexes, atoms, pos)
  const figures = judge(lexes, convertAndRate(lexes, qualify(lexes, figuresOf(lexes, measures))), pos)
  return { lexes, figures, pos }
}

/** Every figure the grammar read in the sentence, claims and non-claims, with the reason for the latter. */
export const readFigures = (text: string, sentence: Sentence): ReadonlyArray<ReadFigure> => {
  const { lexes, figures } = read(text, sentence)
  return figures.map((f) => {
    const start = lexes[f.first]!.start
    const end = lexes[f.last]!.end
    return { start, end, text: text.slice(start, end), notClaim: f.notClaim }
  })
}

/** The reason `judge` gives a bare `one`, which a casualty or detention count overrules. */
const PRONOUN_ONE = "pronoun one"

/** Rounds away binary noise (`0.1 + 0.2`) while keeping every digit a text can state. */
const clean = (n: number): number => (Number.isInteger(n) ? n : Number(n.toPrecision(15)))

const quantityOf = (f: Figure): Quantity => {
  const toPercent = f.share && f.unit === null
  const k = toPercent ? 100 : 1
  const symbol = toPercent ? "percent" : (f.unit?.symbol ?? null)
  const unit = f.per ? (symbol ? `${symbol} per ${f.per}` : `per ${f.per}`) : symbol
  const v = f.amount === null ? null : clean(f.amount * k)
  const lo = f.rangeLow === null ? null : clean(f.rangeLow * k)
  const hi = f.rangeHigh === null ? null : clean(f.rangeHigh * k)
  switch (f.qualifier) {
    case "exact":
      return { value: v, low: v, high: v, qualifier: "exact", unit }
    case "approximate":
      return { value: v, low: null, high: null, qualifier: "approximate", unit }
    case "more_than":
    case "at_least":
      return { value: v, low: v, high: null, qualifier: f.qualifier, unit }
    case "less_than":
    case "at_most":
    case "almost":
      return { value: v, low: null, high: v, qualifier: f.qualifier, unit }
    case "range":
      return { value: null, low: lo, high: hi, qualifier: "range", unit }
    case "vague":
      return { value: null, low: lo, high: null, qualifier: "vague", unit }
  }
}

const confidenceOf = (f: Figure, lexes: ReadonlyArray<Lex>, counted: Counted | null): number => {
  const atom = f.measures[0]!.atom
  let c = 0.92
  if (f.kind === "vague") c = f.rangeLow === null ? 0.45 : 0.62
  else if (f.kind === "range" || f.kind === "ratio" || f.share) c = 0.85
  else if (atom.form === "words" && atom.value !== null && Math.abs(atom.value) <= 12) c = 0.72
  if (counted === null && f.unit === null) c -= 0.15
  const l = lexes[atom.first]
  if (l && l.kind === "digits" && !l.grouped && /^\d{4}$/.test(l.text)) c -= 0.2
  if (f.conversionOf !== null) c -= 0.03
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100
}

const WINDOW_BEFORE = 8
/** lexes after the counted phrase, up to the end of the clause, where a verb may say what happened to it */
const WINDOW_AFTER = 25
const CLAUSE_END = new Set([";", ".", "!", "?", ":", "“", "”", "\""])
/** Conjunctions after a comma that open a new clause (`, while hundreds watched`). */
const CLAUSE_OPENERS = new Set(["while", "whereas", "although", "though", "but", "because", "since", "as", "and", "or"])

/** A clause ends at `;`, `:`, quotes, and at a full stop that is not inside an abbreviation (`U.S.`). */
const endsClause = (lexes: ReadonlyArray<Lex>, k: number): boolean => {
  const l = lexes[k]!
  if (l.text === "," && CLAUSE_OPENERS.has(lexes[k + 1]?.lower ?? "")) return true
  if (!CLAUSE_END.has(l.text)) return false
  if (l.text !== ".") return true
  const next = lexes[k + 1]
  return next === undefined || (next.gap !== "" && !/^\p{Ll}/u.test(next.text))
}

const wordsOf = (lexes: ReadonlyArray<Lex>, from: number, to: number): Array<string> => {
  const out: Array<string> = []
  for (let k = Math.max(0, from); k <= Math.min(lexes.length - 1, to); k++) if (lexes[k]!.kind === "word") out.push(lexes[k]!.lower)
  return out
}

/** Lex index of the first lex that starts at or after `offset`. */
const lexAt = (lexes: ReadonlyArray<Lex>, offset: number): number => {
  const k = lexes.findIndex((l) => l.start >= offset)
  return k < 0 ? lexes.length : k
}

/** The claims of one sentence. `text` is the whole document text; sentence offsets index into it. */
export const extractFromSentence = (text: string, sentence: Sentence): ReadonlyArray<FoundQuantity> => {
  const { lexes, figures } = read(text, sentence)
  const mentions = figures.map((f) => ({ start: lexes[f.first]!.start, end: lexes[f.last]!.end }))
  const countedOf = (f: Figure, k: number): Counted | null => {
    // a conversion shares what its original counts (`10-foot (3-meter) fence`)
    const conversion = figures.findIndex((g) => g.conversionOf === k)
    const from = conversion >= 0 ? figures[conversion]!.countedFrom : f.countedFrom
    const fromOffset = from < lexes.length ? lexes[from]!.start : sentence.end
    return countedAfter(text, sentence.tokens, fromOffset, mentions)
  }
  const counteds = figures.map((f, k) => countedOf(f, k))
  const sentenceWords = wordsOf(lexes, 0, lexes.length - 1)
  const out: Array<FoundQuantity> = []
  for (const [k, f] of figures.entries()) {
    // `one person ... was killed` counts the dead; `one migrant said` is only a determiner (see below)
    const determinerOne = f.notClaim === PRONOUN_ONE && counteds[k] !== null && lexes[f.last + 1]?.lower !== "of" &&
      counteds[k]!.start === lexes[f.last + 1]?.start
    if (f.notClaim && !determinerOne) continue
    const counted = f.conversionOf !== null ? (counteds[f.conversionOf] ?? counteds[k]!) : counteds[k]!
    const start = lexes[f.first]!.start
    const end = lexes[f.last]!.end
    const afterCounted = counted ? lexAt(lexes, counted.end) : f.last + 1
    // the verbs of this figure end where the clause or the next figure begins (but a subset's base is part of it)
    const next = figures.find((g, j) => j > k && g.notClaim === null && g.first > f.last && !(lexes[g.first - 1]?.lower === "of" && g.first - 2 === f.last))
    const limit = Math.min(afterCounted + WINDOW_AFTER, next ? (next.cueFirst ?? next.first) : lexes.length)
    let clauseEnd = afterCounted
    while (clauseEnd < limit && !endsClause(lexes, clauseEnd)) clauseEnd++
    // the whole of `18 of 41 patients`: what happened to the 18 does not describe the 41
    const baseOfSubset = lexes[f.first - 1]?.lower === "of" && figures.some((g) => g.last === f.first - 2)
    // and they begin after the figure before (`a shelter for 360 people of an estimated 810 that arrived`)
    const previous = figures.findLast((g, j) => j < k && g.notClaim === null && g.last < f.first)
    const from = Math.max(f.first - WINDOW_BEFORE, previous ? previous.last + 1 : 0)
    const near = baseOfSubset ? [] : wordsOf(lexes, from, clauseEnd)
    const heldBy = lexes[f.first - 1]?.lower === "of" && lexes[f.first - 2]?.kind === "word" ? lexes[f.first - 2]!.lower : null
    // `3,000 people a day`: a rate written after the counted noun
    // (`tens of thousands Mexicans heading every day`: one verb may stand between)
    const afterNoun = counted ? lexAt(lexes, counted.end) : -1
    const rate =
      f.per === null && counted && f.unit?.kind !== "time"
        ? (rateAt(lexes, afterNoun) ?? (lexes[afterNoun]?.pos === "VERB" ? rateAt(lexes, afterNoun + 1) : null))
        : null
    const quantity = quantityOf(rate ? { ...f, per: rate.per } : f)
    const unitKind = f.share && f.unit === null ? "percent" : (f.unit?.kind ?? null)
    const category = categoryOf({ unitKind, counted: counted?.words ?? [], near, sentence: sentenceWords, heldBy })
    if (determinerOne && category !== "casualties" && category !== "detention_deportation") continue
    out.push({
      start,
      end,
      text: text.slice(start, end),
      quantity,
      counted: counted?.text ?? null,
      category,
      confidence: confidenceOf(f, lexes, counted)
    })
  }
  return out
}
