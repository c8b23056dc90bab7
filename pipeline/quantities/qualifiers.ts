/**
 * Qualifiers before, after and around a figure (the contract's table): cue words inside the mention
 * (`more than 8,000`, `80 or so`), verbs outside it (`has topped half a million`), and two bounds that
 * make one range (`more than 10 and less than 40`).
 */
import type { Qualifier } from "../../schemas/Claim.ts"
import {
  bareFigureVerbQualifiers,
  boundJoiners,
  changeParticles,
  inclusiveSuffixes,
  levelMotionVerbs,
  lowerBoundQualifiers,
  prefixQualifiers,
  qualifierVerbFillers,
  suffixQualifiers,
  upperBoundQualifiers,
  verbQualifiers,
  type QualifierCue
} from "../rules/qualifiers.ts"
import { type Lex, matchCue, matchCueBefore } from "./lexer.ts"
import { isNumberWord } from "./numberWords.ts"
import type { Figure } from "./types.ts"

/** The longest cue of `cues` that ends right before lex `end`. */
const COMPARISON_SYMBOLS = new Set(["<", ">", "="])
const TALLY_JOINERS = new Set(["to", "-", "–", "against", "votes"])

const cueBefore = (lexes: ReadonlyArray<Lex>, end: number, cues: ReadonlyArray<QualifierCue>): { start: number; qualifier: Qualifier } | null => {
  let best: { start: number; qualifier: Qualifier } | null = null
  for (const c of cues) {
    const start = matchCueBefore(lexes, end, c.cue)
    if (start < 0) continue
    // `<>30`, `=>30`: a comparison sign glued to another is no cue of ours
    const before = lexes[start - 1]
    if (before && COMPARISON_SYMBOLS.has(before.text) && lexes[start]!.gap === "" && COMPARISON_SYMBOLS.has(lexes[start]!.text)) continue
    if (!best || start < best.start) best = { start, qualifier: c.qualifier }
  }
  return best
}

/** The longest cue of `cues` that starts at lex `start`. Returns the index after it. */
const cueAt = (lexes: ReadonlyArray<Lex>, start: number, cues: ReadonlyArray<QualifierCue>): { end: number; qualifier: Qualifier } | null => {
  let best: { end: number; qualifier: Qualifier } | null = null
  for (const c of cues) {
    const end = matchCue(lexes, start, c.cue)
    if (end < 0) continue
    if (!best || end > best.end) best = { end, qualifier: c.qualifier }
  }
  return best
}

/** Whether a new figure or comparison starts at `l` (so a cue before it belongs to that, not to us). */
const startsNumber = (l: Lex | undefined): boolean =>
  l !== undefined && (l.kind === "digits" || isNumberWord(l) || l.text === "$" || l.lower === "than" || l.lower === "a" || l.lower === "an")

/** A verb qualifier before lex `end`, allowing adverbs in between (`has already topped`). */
const verbBefore = (lexes: ReadonlyArray<Lex>, end: number, bare: boolean): Qualifier | null => {
  let e = end
  for (let n = 0; n < 3; n++) {
    const hit = cueBefore(lexes, e, verbQualifiers) ?? (bare ? cueBefore(lexes, e, bareFigureVerbQualifiers) : null)
    if (hit) return hit.qualifier
    const prev = lexes[e - 1]
    if (!prev || !qualifierVerbFillers.has(prev.lower)) return null
    e--
  }
  return null
}

/**
 * `edged up to 4.1%`, `fell down to 3%`: after a verb of a level moving, `up to` names the new level, it
 * does not bound the figure.
 */
const isChangeParticle = (lexes: ReadonlyArray<Lex>, cueStart: number): boolean =>
  changeParticles.has(lexes[cueStart]!.lower) && levelMotionVerbs.has(lexes[cueStart - 1]?.lower ?? "")

/** Applies cue qualifiers to single and ratio figures. */
export const qualify = (lexes: ReadonlyArray<Lex>, figures: ReadonlyArray<Figure>): ReadonlyArray<Figure> =>
  joinBounds(lexes, figures.map((f) => qualifyOne(lexes, f)))

const qualifyOne = (lexes: ReadonlyArray<Lex>, f: Figure): Figure => {
  if (f.kind === "vague" || f.kind === "range" || f.notClaim) return f
  let qualifier: Qualifier = "exact"
  let first = f.first
  let cueFirst: number | null = null
  const prefix = cueBefore(lexes, f.first, prefixQualifiers)
  if (prefix && !isChangeParticle(lexes, prefix.start)) {
    qualifier = prefix.qualifier
    first = prefix.start
    cueFirst = prefix.start
  }
  // (`passed 68 to 32` is a vote, not more than 68)
  const after = lexes[f.last + 1]
  const bare = after === undefined ||
    !(after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ" || after.pos === "NUM" || TALLY_JOINERS.has(after.lower))
  const verb = verbBefore(lexes, first, bare)
  if (verb && qualifier === "exact") qualifier = verb
  let last = f.last
  const suffix = cueAt(lexes, f.last + 1, suffixQualifiers)
  if (suffix && !startsNumber(lexes[suffix.end])) {
    // a bound after the number decides (`about five hundred or more` is at least 500)
    if (suffix.qualifier !== "approximate" || qualifier === "exact") qualifier = suffix.qualifier
    last = suffix.end - 1
  } else if (qualifier === "more_than" || qualifier === "less_than") {
    for (const cue of inclusiveSuffixes) {
      const end = matchCue(lexes, f.last + 1, cue)
      if (end > 0 && !startsNumber(lexes[end])) {
        qualifier = qualifier === "more_than" ? "at_least" : "at_most"
        last = end - 1
        break
      }
    }
  }
  return { ...f, qualifier, first, last, cueFirst, countedFrom: Math.max(f.countedFrom, last + 1) }
}

const sameUnit = (a: Figure, b: Figure): boolean =>
  (a.unit === null && b.unit === null) || (a.unit !== null && b.unit !== null && a.unit.symbol === b.unit.symbol) || a.unit === null || b.unit === null

/** `more than 10 and less than 40`, `at most 100 and at least 20`: one range. */
const joinBounds = (lexes: ReadonlyArray<Lex>, figures: ReadonlyArray<Figure>): ReadonlyArray<Figure> => {
  const out: Array<Figure> = []
  for (let k = 0; k < figures.length; k++) {
    const a = figures[k]!
    const b = figures[k + 1]
    if (
      b && a.kind === "single" && b.kind === "single" && !a.notClaim && !b.notClaim && a.amount !== null && b.amount !== null &&
      a.cueFirst !== null && b.cueFirst !== null && sameUnit(a, b) && a.share === b.share &&
      boundJoiners.some((j) => matchCue(lexes, a.last + 1, j) === b.first)
    ) {
      const lowHigh =
        lowerBoundQualifiers.has(a.qualifier) && upperBoundQualifiers.has(b.qualifier) && a.amount < b.amount
          ? { low: a.amount, high: b.amount }
          : upperBoundQualifiers.has(a.qualifier) && lowerBoundQualifiers.has(b.qualifier) && b.amount < a.amount
            ? { low: b.amount, high: a.amount }
            : null
      if (lowHigh) {
        out.push({
          ...a,
          kind: "range",
          last: b.last,
          measures: [...a.measures, ...b.measures],
          amount: null,
          rangeLow: lowHigh.low,
          rangeHigh: lowHigh.high,
          qualifier: "range",
          unit: a.unit ?? b.unit,
          countedFrom: b.countedFrom
        })
        k++
        continue
      }
    }
    out.push(a)
  }
  return out
}
