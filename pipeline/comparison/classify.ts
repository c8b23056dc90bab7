/**
 * Reads one claim through the comparison rules: which family its counted entity belongs to, which subject
 * it is about, and whether words near it make it a different measure. Pure; one claim at a time.
 */
import type { Claim } from "../../schemas/Claim.ts"
import { type EntityFamily, exclusionReach, families, type SubjectRule } from "../rules/comparison.ts"
import { foldWhitespace } from "../text/offsets.ts"

export interface Classified {
  readonly family: EntityFamily | null
  /** subject id, or null when neither the sentence nor the title names one */
  readonly subject: string | null
  /** id of the exclusion rule that keeps the claim out of any group, if one applies */
  readonly excludedBy: string | null
  /** event date, else the article's published date */
  readonly date: string | null
}

/** Lower case, apostrophes dropped, hyphens and punctuation as spaces: `active-duty troops` -> `active duty troops`. */
export const normaliseNoun = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

/** The head of a counted phrase: the part before a trailing `of ...` (`members of the caravan` -> `members`). */
const countedHead = (counted: string): string => {
  const n = normaliseNoun(counted)
  const of = n.indexOf(" of ")
  return of > 0 ? n.slice(0, of) : n
}

const endsWithPhrase = (head: string, phrase: string): boolean => head === phrase || head.endsWith(` ${phrase}`)

const wordCount = (s: string): number => s.split(" ").length

/** The family whose longest noun phrase ends the counted head; a collective in the sentence when nothing is counted. */
export const familyOf = (claim: Claim): EntityFamily | null => {
  const candidates = families.filter((f) => f.category === claim.category)
  if (candidates.length === 0) return null
  const sentence = claim.span.sentence
  if (claim.counted === null || normaliseNoun(claim.counted) === "") {
    const words = new Set(normaliseNoun(sentence).split(" "))
    return candidates.find((f) => f.collectives.some((c) => words.has(c))) ?? null
  }
  const head = countedHead(claim.counted)
  let best: { family: EntityFamily; phrase: string } | null = null
  for (const family of candidates) {
    const phrases = [
      ...family.nouns,
      ...family.nounsInContext.filter((n) => n.context.test(sentence)).map((n) => n.noun)
    ]
    for (const phrase of phrases) {
      if (!endsWithPhrase(head, phrase)) continue
      const longer = best === null ||
        wordCount(phrase) > wordCount(best.phrase) ||
        (wordCount(phrase) === wordCount(best.phrase) && phrase.length > best.phrase.length)
      if (longer) best = { family, phrase }
    }
  }
  return best?.family ?? null
}

/** Where the mention sits in its (folded) sentence; the sentence start when it cannot be found. */
export const mentionPosition = (claim: Claim): { readonly start: number; readonly end: number } => {
  const mention = foldWhitespace(claim.span.text)
  const at = claim.span.sentence.indexOf(mention)
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + mention.length }
}

/** Every match of a cue, as character intervals. */
const matches = (text: string, cue: RegExp): ReadonlyArray<{ start: number; end: number }> => {
  const global = new RegExp(cue.source, cue.flags.includes("g") ? cue.flags : `${cue.flags}g`)
  const found: Array<{ start: number; end: number }> = []
  for (const m of text.matchAll(global)) found.push({ start: m.index, end: m.index + m[0].length })
  return found
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0

/** The subject whose cue lies nearest the mention; ties go to the first subject listed. */
const nearestSubject = (
  subjects: ReadonlyArray<SubjectRule>,
  text: string,
  at: { start: number; end: number }
): string | null => {
  let best: { id: string; distance: number } | null = null
  for (const subject of subjects) {
    for (const cue of subject.cues) {
      for (const m of matches(text, cue)) {
        const distance = gap(m, at)
        if (best === null || distance < best.distance) best = { id: subject.id, distance }
      }
    }
  }
  return best?.id ?? null
}

export const classify = (claim: Claim): Classified => {
  const date = claim.event_date ?? claim.article.published
  const family = familyOf(claim)
  if (family === null || claim.quantity.unit !== null) return { family: null, subject: null, excludedBy: null, date }
  const at = mentionPosition(claim)
  const sentence = claim.span.sentence
  const exclusion = family.exclusions.find((rule) =>
    rule.cues.some((cue) => matches(sentence, cue).some((m) => gap(m, at) <= exclusionReach))
  )
  const subject = nearestSubject(family.subjects, sentence, at) ??
    nearestSubject(family.subjects, claim.article.title, { start: 0, end: 0 })
  return { family, subject, excludedBy: exclusion?.id ?? null, date }
}
