/**
 * What is not a claim (the contract): dates and years, times of day, ages, ordinals, durations,
 * the pronoun `one`, numbers inside names and codes, page chrome. Lexes that belong to codes are
 * blocked before the grammar runs; figures are then judged in their context.
 */
import {
  ageCues,
  ageMarkers,
  ambiguousMonths,
  capitalisedFunctionWords,
  monthNames,
  nameHeads,
  personNouns,
  raceLeads,
  raceWords,
  timeOfDayMarkers,
  weekdayNames,
  yearModifiedNouns,
  yearPrepositions
} from "../rules/nonClaims.ts"
import { type Lex, matchCue, matchCueBefore } from "./lexer.ts"
import { isNumberWord } from "./numberWords.ts"
import { digitFractionAt, isSlashCode } from "./parseNumber.ts"
import { yearLike } from "./ranges.ts"
import type { Figure, PosOf } from "./types.ts"
import { prefixCurrencyBefore } from "./units.ts"

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/g
const PHONE = /\+\d[\d\s().\/-]{6,}\d|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3,4}-\d{4,}(?:[-\/]\d{3,})+\b|\b(?:\d{1,4}-){2,}\d{3,4}\b/g

const isDigits = (l: Lex | undefined): l is Lex => l !== undefined && l.kind === "digits"

/** Lexes that are parts of links, phone numbers, times (`10:30`), dated or coded strings (`G20`, `COVID-19`, `24/7`). */
export const blockedLexes = (lexes: ReadonlyArray<Lex>, text: string, offset: number): ReadonlySet<number> => {
  const blocked = new Set<number>()
  const blockSpan = (start: number, end: number) => {
    for (const [k, l] of lexes.entries()) if (l.start < end && l.end > start) blocked.add(k)
  }
  for (const re of [URL_OR_EMAIL, PHONE]) {
    for (const m of text.matchAll(re)) blockSpan(offset + m.index, offset + m.index + m[0].length)
  }
  for (let k = 0; k < lexes.length; k++) {
    const l = lexes[k]!
    if (!isDigits(l)) continue
    const next = lexes[k + 1]
    const next2 = lexes[k + 2]
    // `10:30`, `3:1`, `10:30:15`
    if (next && next.text === ":" && next.gap === "" && isDigits(next2) && next2.gap === "" && !l.decimal) {
      let j = k
      while (isDigits(lexes[j]) && lexes[j + 1]?.text === ":" && lexes[j + 1]!.gap === "" && isDigits(lexes[j + 2]) && lexes[j + 2]!.gap === "") {
        blocked.add(j).add(j + 1).add(j + 2)
        j += 2
      }
      continue
    }
    // `5/17/2018`, `10/22`, `24/7` (a digit fraction such as `3/4` is read by the grammar)
    if (isSlashCode(lexes, k) && !digitFractionAt(lexes, k) && !(k > 0 && lexes[k - 1]!.kind === "digits" && l.gap !== "" && digitFractionAt(lexes, k - 1))) {
      let j = k
      while (isDigits(lexes[j]) && (lexes[j + 1]?.text === "/" || lexes[j + 1]?.text === "-") && lexes[j + 1]!.gap === "" && isDigits(lexes[j + 2]) && lexes[j + 2]!.gap === "") {
        blocked.add(j).add(j + 1).add(j + 2)
        j += 2
      }
      continue
    }
    // `2018-10-22`
    if (/^\d{4}$/.test(l.text) && next?.text === "-" && next.gap === "" && isDigits(next2) && next2.gap === "" && /^\d{1,2}$/.test(next2.text) &&
      lexes[k + 3]?.text === "-" && lexes[k + 3]!.gap === "" && isDigits(lexes[k + 4])) {
      for (let j = k; j <= k + 4; j++) blocked.add(j)
      continue
    }
    // `G20`, `MP3`, `A380`: digits glued to letters (not a currency code such as `USD115`, not `1e10`)
    const prev = lexes[k - 1]
    if (prev && prev.kind === "word" && l.gap === "" && !prefixCurrencyBefore(lexes, k) && !(isDigits(lexes[k - 2]) && /^[eEx]$/.test(prev.text))) {
      blocked.add(k)
      continue
    }
    // `COVID-19`, `F-35`, `mid-2019` (not the exponent of `12e-1`)
    // (nor `5k-20k`, whose `k` belongs to the digits before it)
    const exponent = (/^[eEx^]$/.test(lexes[k - 2]?.text ?? "") || lexes[k - 2]?.gap === "") && isDigits(lexes[k - 3])
    if (prev && prev.text === "-" && prev.gap === "" && l.gap === "" && lexes[k - 2]?.kind === "word" && !isNumberWord(lexes[k - 2]) && !exponent) {
      blocked.add(k)
      continue
    }
    // `No. 1`, `#1`
    if (prev && (prev.text === "#" || (prev.text === "." && /^(no|nr|nos|nrs)$/i.test(lexes[k - 2]?.text ?? "")))) {
      // and the list that follows (`nrs. 22,24,26`)
      let j = k
      while (isDigits(lexes[j])) {
        blocked.add(j)
        if (lexes[j + 1]?.text !== "," || lexes[j + 1]!.gap !== "") break
        j += 2
      }
    }
  }
  return blocked
}

const capitalised = (l: Lex | undefined): boolean => l !== undefined && l.kind === "word" && /^\p{Lu}/u.test(l.text)

/** A capitalised or camel-case word (`Route`, `iPhone`, `iOS`): what names are made of. */
const namelike = (l: Lex | undefined): boolean => l !== undefined && l.kind === "word" && /\p{Lu}/u.test(l.text)

/** A month name right before lex `i` (`Oct. 22`, `June. 10`, `October 24`), capitalised. */
const monthBefore = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  let k = i - 1
  if (lexes[k]?.text === ".") k--
  const m = lexes[k]
  return m !== undefined && capitalised(m) && monthNames.has(m.lower)
}

/** A month name right after lex `i` (`22 October`, `1 May`), capitalised. */
const monthAfter = (lexes: ReadonlyArray<Lex>, i: number): boolean => {
  let k = i + 1
  if (lexes[k]?.lower === "of") k++
  const m = lexes[k]
  return m !== undefined && capitalised(m) && monthNames.has(m.lower) && !(ambiguousMonths.has(m.lower) && lexes[k + 1]?.kind === "word" && lexes[k + 1]!.lower !== "that")
}

const isPlural = (l: Lex | undefined, pos: string): boolean =>
  l !== undefined && l.kind === "word" && (pos === "NOUN" || pos === "PROPN") && /[^s]s$/i.test(l.text)

const STRICT_YEAR_PREPOSITIONS = new Set(["in", "since", "from", "by", "until", "till", "before", "after", "during", "of", "through", "throughout", "early", "late", "mid", "fiscal", "fy"])

/** Whether a 4-digit figure is a year (`in 2019`, `the 2016 race`, `1988 sales`) rather than a count (`1500 migrants`). */
const isYear = (lexes: ReadonlyArray<Lex>, f: Figure, pos: PosOf): boolean => {
  const prev = lexes[f.first - 1]
  const next = lexes[f.last + 1]
  if (next && yearModifiedNouns.has(next.lower)) return true
  if (prev && STRICT_YEAR_PREPOSITIONS.has(prev.lower)) return true
  if (isPlural(next, pos(f.last + 1))) return false
  if (prev && yearPrepositions.has(prev.lower)) return true
  return true
}

/** Judges each figure; a figure that is no claim keeps the reason in `notClaim`. */
export const judge = (lexes: ReadonlyArray<Lex>, figures: ReadonlyArray<Figure>, pos: PosOf): ReadonlyArray<Figure> => {
  // a line of bare counters (`0  15`): share and like widgets the segmenter did not catch
  const chrome = lexes.length >= 2 && lexes.every((l) => l.kind === "digits" && !l.grouped && !l.decimal)
  return figures.map((f) => {
    if (f.notClaim) return f
    const reason = chrome ? "page chrome" : reasonOf(lexes, f, pos)
    return reason ? { ...f, notClaim: reason } : f
  })
}

const reasonOf = (lexes: ReadonlyArray<Lex>, f: Figure, pos: PosOf): string | null => {
  const m = f.measures[0]!
  const atom = m.atom
  if (f.unit && f.unit.kind === "time") return "duration"
  const single = f.kind === "single" && f.measures.length === 1
  const plainDigits = single && atom.first === atom.last && lexes[atom.first]!.kind === "digits" && f.unit === null && !atom.share
  const integer = atom.value !== null && Number.isInteger(atom.value)
  // ages: `29-year-old`, `aged six, 11 and 12`, `Henry Adalid, 26,`
  if (ageMarkers.some((cue) => matchCue(lexes, atom.last + 1, cue) > 0)) return "age"
  if (single && integer && f.unit === null && (ageListCue(lexes, atom.first) || ageListCue(lexes, f.first))) return "age"
  if (plainDigits && integer && atom.value! <= 120 && f.qualifier === "exact" && nameBeforeComma(lexes, f.first, pos)) {
    const after = lexes[f.last + 1]
    if (!after || after.text === "," || after.text === ")" || after.text === "." || after.text === ";") return "age"
  }
  // times of day: `3 am`, `10 p.m.`
  if (single && f.unit === null && timeOfDayMarkers.some((cue) => matchCue(lexes, atom.last + 1, cue) > 0)) return "time of day"
  // dates: `Oct. 22`, `22 October`, `October 24, 2018`, `June 2019`
  if (plainDigits && integer && atom.value! >= 1 && atom.value! <= 31 && (monthBefore(lexes, f.first) || monthAfter(lexes, f.last))) return "date"
  if (plainDigits && yearLike(lexes, m) && f.qualifier === "exact") {
    if (monthBefore(lexes, f.first) || (lexes[f.first - 1]?.text === "," && (monthBefore(lexes, f.first - 2) || monthBefore(lexes, f.first - 1)))) return "date"
    if (isYear(lexes, f, pos)) return "year"
  }
  // weekday dates: `Monday 15`
  if (plainDigits && integer && atom.value! <= 31 && weekdayNames.has(lexes[f.first - 1]?.lower ?? "") && capitalised(lexes[f.first - 1])) return "date"
  // races named by their distance: `won the 1,500 meters`, `the 100m final`
  if (single && f.qualifier === "exact" && f.unit?.kind === "length" && lexes[f.first - 1]?.lower === "the") {
    const after = lexes[f.last + 1]
    if (after && raceWords.has(after.lower)) return "name of an event"
    const lead = lexes[f.first - 2]?.lower ?? ""
    if (raceLeads.has(lead) && (!after || after.kind === "symbol" || after.pos === "ADP")) return "name of an event"
  }
  // the pronoun or determiner `one`: `one of them`, `no one`, `one migrant said`
  if (single && atom.bareOne && f.qualifier === "exact" && (atom.unit !== undefined || f.unit === null)) return "pronoun one"
  // numbers inside names: `Route 66`, `Title 42`, `Air Force One`
  if (single && f.unit === null && f.qualifier === "exact" && insideName(lexes, f, pos)) return "name"
  // `27 737 MAX jets`: a bare integer right after a count names the model counted, it is no second count
  const before = lexes[atom.first - 1]
  const digits = lexes[atom.first]!
  if (plainDigits && integer && f.qualifier === "exact" && isDigits(before) && !before.decimal && digits.gap === " " && !digits.text.startsWith("0")) {
    return "name"
  }
  return null
}

/** An age cue (`aged`, `ages`) before the number or before the list it ends (`aged six, 11 and 12`). */
const ageListCue = (lexes: ReadonlyArray<Lex>, first: number): boolean => {
  let k = first
  for (let steps = 0; steps < 12 && k > 0; steps++) {
    if (ageCues.some((cue) => matchCueBefore(lexes, k, cue) >= 0)) return true
    const prev = lexes[k - 1]!
    if (prev.text === "," || prev.lower === "and" || prev.lower === "or" || prev.lower === "to" || prev.kind === "digits" || isNumberWord(prev)) {
      k--
      continue
    }
    return false
  }
  return false
}

/** `Henry Adalid, 26`, `her son, 8`: a name or a person noun and a comma right before the number. */
const nameBeforeComma = (lexes: ReadonlyArray<Lex>, first: number, pos: PosOf): boolean => {
  const comma = lexes[first - 1]
  const name = lexes[first - 2]
  if (comma?.text !== "," || !name) return false
  if (personNouns.has(name.lower)) return true
  if (!capitalised(name)) return false
  if (monthNames.has(name.lower) || weekdayNames.has(name.lower)) return false
  return pos(first - 2) === "PROPN" || capitalised(lexes[first - 3])
}

/** A number that is part of a name: after a name head (`Route 66`) or glued to a proper noun. */
const insideName = (lexes: ReadonlyArray<Lex>, f: Figure, pos: PosOf): boolean => {
  const atom = f.measures[0]!.atom
  const prev = lexes[atom.first - 1]
  if (!prev || !namelike(prev) || atom.first - 1 === 0 && !nameHeads.has(prev.lower)) return false
  if (capitalisedFunctionWords.has(prev.lower) || monthNames.has(prev.lower)) return false
  const first = lexes[atom.first]!
  if (first.kind === "word") {
    // `Air Force One`, `Formula One`: a capitalised number word inside a run of capitalised words
    return capitalised(first) && atom.first === atom.last
  }
  if (first.grouped || first.decimal) return false
  if (nameHeads.has(prev.lower)) return true
  // a model or code in capitals (`MAX 9`, `A 320`): an identifier
  if (prev.text.length >= 2 && prev.text === prev.text.toUpperCase() && /^\p{Lu}+$/u.test(prev.text)) return true
  return pos(atom.first - 1) === "PROPN" && !weekdayNames.has(prev.lower) && !isPlural(lexes[atom.last + 1], pos(atom.last + 1)) &&
    lexes[atom.last + 1]?.kind !== "word"
}
