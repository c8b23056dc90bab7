/**
 * What a source phrase names, at its fullest form in the article: a person ("he", "Haq", "a UN
 * spokesman" -> Farhan Haq), an organisation ("Mexico's interior ministry", "UNICEF"), an anonymous
 * official ("a town official", "local officials"), another outlet ("NBC News", "some media"), or the
 * outlet itself ("Reuters reporters").
 */
import type { SourceType } from "../../schemas/Claim.ts"
import {
  DOCUMENT_WORDS,
  MEDIA_WORDS,
  OFFICIAL_ROLE_WORDS,
  OWN_STAFF_WORDS,
  PEOPLE_WORDS,
  SOURCE_PRONOUNS,
  TIME_WORDS
} from "../rules/sources.ts"
import type { SourcePhrase, WordRange } from "./cues.ts"
import {
  isAcronym,
  isCountryAbbreviation,
  isDemonym,
  isRoleWord,
  looksLikeOrganization,
  mediaOutletIn,
  nameRuns,
  organizationInPhrase,
  type Register,
  roleIn
} from "./register.ts"
import { isCapitalised, POSSESSIVE, type Word } from "./words.ts"

export interface ResolvedSource {
  readonly type: SourceType
  readonly name: string | null
  readonly org: string | null
  /** role noun of an unnamed source ("official", "spokesman"), for later "the official" */
  readonly role: string | null
}

/** Identity of a source inside an article, for "the day this source spoke". */
export const sourceKey = (s: ResolvedSource): string => `${s.type}\u0000${s.name ?? ""}\u0000${s.org ?? ""}`

export const PUBLISHER_SOURCE: ResolvedSource = { type: "publisher", name: null, org: null, role: null }

/** What earlier sentences said: speakers in order, and named people as they were mentioned. */
export class Discourse {
  readonly speakers: Array<ResolvedSource> = []
  readonly mentioned: Array<ResolvedSource> = []

  spoke(source: ResolvedSource): void {
    if (source.type !== "publisher") this.speakers.push(source)
  }

  /** "he said": the last person who spoke, else the last person named */
  lastPerson(): ResolvedSource | null {
    const named = (s: ResolvedSource) => s.type === "person" && s.name !== null && /^\p{Lu}/u.test(s.name)
    for (let i = this.speakers.length - 1; i >= 0; i--) if (named(this.speakers[i]!)) return this.speakers[i]!
    return this.mentioned[this.mentioned.length - 1] ?? null
  }

  lastOf(test: (s: ResolvedSource) => boolean): ResolvedSource | null {
    for (let i = this.speakers.length - 1; i >= 0; i--) if (test(this.speakers[i]!)) return this.speakers[i]!
    return null
  }
}

export interface ClassifyContext {
  readonly text: string
  readonly words: ReadonlyArray<Word>
  readonly register: Register
  readonly discourse: Discourse
  /** the article's outlet, whose own reporters are not a cited source */
  readonly publisher: string | null
}

const officialWords = new Set(OFFICIAL_ROLE_WORDS)
const documentWords = new Set(DOCUMENT_WORDS)
const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him"])
const mediaWords = new Set(MEDIA_WORDS)
const ownStaffWords = new Set(OWN_STAFF_WORDS)
const peopleWords = new Set(PEOPLE_WORDS)
const LEADING_DETERMINERS = /^(?:the|a|an)\s+/iu
const timeWords = new Set(TIME_WORDS)

const slice = (ctx: ClassifyContext, r: WordRange): string => ctx.text.slice(ctx.words[r.from]!.start, ctx.words[r.to]!.end)

/** The phrase as a name: no leading article, no trailing possessive, a sentence-initial capital lowered. */
const asName = (ctx: ClassifyContext, r: WordRange): string => {
  let from = r.from
  while (from < r.to && ctx.words[from]!.pos === "DET" && /^(?:the|a|an)$/iu.test(ctx.words[from]!.text)) from++
  let name = slice(ctx, { from, to: r.to }).replace(LEADING_DETERMINERS, "")
  const first = ctx.words[from]!
  // a capital that only starts the sentence ("Local first responders", "Some media") is lowered
  const sentenceInitial = from === 0 && ctx.words[from + 1] !== undefined && !isCapitalised(ctx.words[from + 1]!)
  if ((first.pos !== "PROPN" || sentenceInitial) && !isAcronym(first.text) && /^\p{Lu}\p{Ll}/u.test(name)) {
    name = name[0]!.toLowerCase() + name.slice(1)
  }
  return name
}

/**
 * An organisation's name from its phrase: "the country's disaster agency AFAD" is AFAD. A common noun's
 * possessive only says whose ("the country's"), and common nouns before a proper name only say what kind
 * of body it is ("the rights group Amnesty International"); "Mexico's interior ministry" keeps its words.
 */
const organizationName = (ctx: ClassifyContext, r: WordRange): string => {
  const { words } = ctx
  let from = r.from
  while (from < r.to && words[from]!.pos === "DET") from++
  if (from + 1 < r.to && !isCapitalised(words[from]!) && POSSESSIVE.has(words[from + 1]!.lower)) from += 2
  let nameFrom = r.to + 1
  while (nameFrom - 1 > from && isCapitalised(words[nameFrom - 1]!)) nameFrom--
  const kindWords = words.slice(from, nameFrom)
  if (nameFrom <= r.to && kindWords.length > 0 && kindWords.every((w) => !isCapitalised(w) && (w.pos === "NOUN" || w.pos === "ADJ"))) {
    from = nameFrom
  }
  return slice(ctx, { from, to: r.to }).replace(LEADING_DETERMINERS, "")
}

/** The noun a phrase is about: the last common noun before an inner preposition, else the last one. */
const headNoun = (words: ReadonlyArray<Word>, r: WordRange): { index: number; lower: string } | null => {
  let firstAdp = r.to + 1
  for (let k = r.from; k <= r.to; k++) {
    if (words[k]!.pos === "ADP" && k > r.from) {
      firstAdp = k
      break
    }
  }
  const pick = (from: number, to: number) => {
    for (let k = to; k >= from; k--) {
      const w = words[k]!
      const known = isRoleWord(w.lower) || officialWords.has(w.lower) || peopleWords.has(w.lower) || mediaWords.has(w.lower)
      if (w.pos === "NOUN" || (!isCapitalised(w) && known)) {
        return { index: k, lower: w.lower }
      }
    }
    return null
  }
  return pick(r.from, firstAdp - 1) ?? pick(r.from, r.to)
}

/** A person's name inside the phrase, after titles, nationalities and country abbreviations. */
const personNameIn = (ctx: ClassifyContext, r: WordRange): { words: Array<string>; role: string | null } | null => {
  const found: Array<{ words: Array<string>; role: string | null }> = []
  for (const run of nameRuns(ctx.words, r)) {
    // a name followed by a common noun modifies it ("A Chiapas church group", "Mexico's interior ministry")
    let k = run.to + 1
    while (k <= r.to && ctx.words[k]!.pos !== "ADP" && !(ctx.words[k]!.pos === "NOUN" && !isCapitalised(ctx.words[k]!))) k++
    if (k <= r.to && ctx.words[k]!.pos === "NOUN") continue
    if (k <= r.to && POSSESSIVE.has(ctx.words[run.to + 1]?.lower ?? "")) continue
    const runWords = ctx.words.slice(run.from, run.to + 1)
    const runText = runWords.map((w) => w.text).join(" ")
    if (mediaOutletIn(runText)) continue
    let lastRole = -1
    for (let k = 0; k < runWords.length; k++) if (isRoleWord(runWords[k]!.lower)) lastRole = k
    const name = runWords.slice(lastRole + 1)
    while (name.length > 0 && (!isCapitalised(name[0]!) || isDemonym(name[0]!.lower) || isCountryAbbreviation(name[0]!.lower))) name.shift()
    // a name ends before "of Pueblo Sin Fronteras"
    const ofAt = name.findIndex((w) => w.lower === "of" || w.lower === "for")
    const core = ofAt >= 0 ? name.slice(0, ofAt) : name
    if (core.length === 0 || core.some((w) => isAcronym(w.text))) continue
    if (looksLikeOrganization(core.map((w) => w.text).join(" "))) continue
    const before = ctx.words[run.from - 1]
    const role = lastRole >= 0 ? runWords[lastRole]!.lower : (run.from > r.from && before && isRoleWord(before.lower) ? before.lower : null)
    found.push({ words: core.map((w) => w.text), role })
  }
  // "Migrant rights activist Luis García Villagrán": the name with a title, else one the article knows
  return found.find((f) => f.role !== null) ?? found.find((f) => ctx.register.findPerson(f.words) !== null) ?? found[0] ?? null
}

/** Organisation named by the words before a role noun ("Department of Homeland Security official"). */
const modifierOrganization = (ctx: ClassifyContext, r: WordRange, head: number): string | null => {
  let from = r.from
  while (from < head && (ctx.words[from]!.pos === "DET" || ctx.words[from]!.pos === "NUM")) from++
  const kept = ctx.words.slice(from, head).filter((w) => !isCountryAbbreviation(w.lower) && !isDemonym(w.lower) && !/^(?:'s|’s|'|’)$/u.test(w.lower))
  if (kept.length === 0) return null
  const text = ctx.text.slice(kept[0]!.start, kept[kept.length - 1]!.end)
  return looksLikeOrganization(text) && kept.some((w) => isCapitalised(w)) ? text : null
}

const organization = (ctx: ClassifyContext, name: string): ResolvedSource => {
  const full = ctx.register.expandOrganization(name)
  return { type: "organization", name: full, org: full, role: null }
}

const resolvePronoun = (ctx: ClassifyContext, lower: string): ResolvedSource | null => {
  const kind = SOURCE_PRONOUNS[lower]
  if (!kind) return null
  if (kind === "person") return ctx.discourse.lastPerson()
  if (kind === "thing") return ctx.discourse.lastOf((s) => s.type === "organization" || s.type === "cited_media")
  return ctx.discourse.lastOf((s) => s.type !== "person" || (s.name !== null && !/^\p{Lu}/u.test(s.name)))
}

/** The maker of a document: "by/from/of X" after it, else the name or noun before it ("police estimates"). */
const documentSource = (ctx: ClassifyContext, head: WordRange, nounIndex: number): ResolvedSource | null => {
  const { words } = ctx
  for (let k = nounIndex + 1; k < head.to; k++) {
    if (["by", "from", "of"].includes(words[k]!.lower)) {
      let from = k + 1
      while (from <= head.to && words[from]!.pos === "DET") from++
      if (from <= head.to) return organization(ctx, slice(ctx, { from, to: head.to }))
    }
  }
  let from = head.from
  while (from < nounIndex && (words[from]!.pos === "DET" || words[from]!.pos === "ADJ" && !isCapitalised(words[from]!))) from++
  if (from >= nounIndex) return null
  const maker = slice(ctx, { from, to: nounIndex - 1 })
  return organization(ctx, maker)
}

/** Resolves a source phrase; null when it names nothing usable (a dangling pronoun). */
export const classifyPhrase = (ctx: ClassifyContext, phrase: SourcePhrase): ResolvedSource | null => {
  const { words } = ctx
  const head = phrase.head
  const headText = slice(ctx, head)
  const single = head.from === head.to ? words[head.from]! : null

  if (single && single.pos === "PRON") return resolvePronoun(ctx, single.lower)
  // "last week said": a time, not a source
  if (words.slice(head.from, head.to + 1).every((w) => timeWords.has(w.lower) || w.pos === "DET")) return null

  // another outlet, or the outlet's own staff ("Reuters reporters")
  const outlet = mediaOutletIn(headText)
  if (outlet) {
    const own = ctx.publisher !== null && (ctx.publisher.toLowerCase().includes(outlet.toLowerCase()) || outlet.toLowerCase().includes(ctx.publisher.toLowerCase()))
    const staff = words.slice(head.from, head.to + 1).some((w) => ownStaffWords.has(w.lower))
    if (own && (staff || headText.replace(LEADING_DETERMINERS, "").toLowerCase() === outlet.toLowerCase())) return PUBLISHER_SOURCE
    if (!staff) return { type: "cited_media", name: asName(ctx, head), org: null, role: null }
  }

  // "Florida Power & Light": names joined by an ampersand are a firm's
  if (headText.includes("&")) return organization(ctx, headText.replace(LEADING_DETERMINERS, ""))

  // a named person: "Farhan Haq", "Haq", "IOM spokesman Joel Millman", "Alex Mensing of Pueblo Sin Fronteras"
  const named = personNameIn(ctx, head)
  if (named) {
    const known = ctx.register.findPerson(named.words)
    // one name nobody introduced as a person ("Pfizer said", "Eurostat said"): an organisation, unless a
    // personal pronoun in the sentence points back to it ("Rosa, from El Salvador, said she hoped")
    if (!known && named.words.length === 1 && named.role === null) {
      const personal = words.slice(head.to + 1).some((w) => PERSON_PRONOUNS.has(w.lower))
      const described = phrase.appositions.some((a) => roleIn(words, a) !== null)
      if (!personal && !described) return organization(ctx, named.words[0]!)
    }
    let orgHint: string | null = null
    let orgOf: string | null = null
    for (const r of [head, ...phrase.appositions]) {
      const found = organizationInPhrase(ctx.text, words, r)
      if (found.org && !orgHint) orgHint = found.org
      if (found.orgOf && !orgOf && found.orgOf.split(/\s+/u).join(" ") !== named.words.join(" ")) orgOf = found.orgOf
    }
    const role = named.role ?? phrase.appositions.map((a) => headNoun(words, a)?.lower).find((l) => l !== undefined && isRoleWord(l)) ?? null
    const person = known ?? ctx.register.addPerson(named.words, role, orgHint, orgOf)!
    if (known && orgHint && !known.org) known.org = orgHint
    if (known && orgOf && !known.orgOf) known.orgOf = orgOf
    if (known && role) known.roles.add(role)
    const source: ResolvedSource = { type: "person", name: person.name, org: ctx.register.orgOfPerson(person), role }
    ctx.discourse.mentioned.push(source)
    return source
  }

  const noun = headNoun(words, head)
  if (noun && timeWords.has(noun.lower)) return null
  // "a survey by the National Federation of Independent Business", "a Gallup poll", "police estimates"
  if (noun && documentWords.has(noun.lower)) return documentSource(ctx, head, noun.index)
  if (noun && (isRoleWord(noun.lower) || officialWords.has(noun.lower))) {
    const org = modifierOrganization(ctx, head, noun.index) ?? organizationInPhrase(ctx.text, words, head).org
    const plural = /s$/u.test(noun.lower) && !/ss$/u.test(noun.lower)
    // "a UN spokesman", "the spokesman": the one named person with that role
    if (!plural) {
      const holders = ctx.register.personsWithRole(noun.lower, org)
      if (holders.length === 1) {
        const holder = holders[0]!
        return { type: "person", name: holder.name, org: ctx.register.orgOfPerson(holder) ?? (org ? ctx.register.expandOrganization(org) : null), role: noun.lower }
      }
    }
    const definite = words[head.from]!.lower === "the"
    if (definite) {
      const earlier = ctx.discourse.lastOf((s) => s.role === noun.lower && (org === null || s.org === ctx.register.expandOrganization(org)))
      if (earlier) return earlier
    }
    const type: SourceType = officialWords.has(noun.lower) || phrase.anonymous ? "anonymous_official" : "person"
    return { type, name: asName(ctx, head), org: org ? ctx.register.expandOrganization(org) : null, role: noun.lower }
  }

  if (noun && mediaWords.has(noun.lower)) return { type: "cited_media", name: asName(ctx, head), org: null, role: null }

  const bare = organizationName(ctx, head)
  const hasName = words.slice(head.from, head.to + 1).some((w) => w.pos === "PROPN" || isCapitalised(w))
  if (noun === null && !hasName) return null // "around 10,000 expected": no one
  if (looksLikeOrganization(bare) && !(noun && peopleWords.has(noun.lower))) return organization(ctx, bare)

  if (phrase.anonymous) return { type: "anonymous_official", name: asName(ctx, head), org: null, role: noun?.lower ?? null }

  // unnamed people ("witnesses", "one migrant"); any other common noun ("U.S. asylum processing told")
  // names no source
  if (noun !== null && !peopleWords.has(noun.lower) && !peopleWords.has(noun.lower + "s")) return null
  return { type: "person", name: asName(ctx, head), org: null, role: noun?.lower ?? null }
}
