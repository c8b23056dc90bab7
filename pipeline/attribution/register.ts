/**
 * The people and organisations an article names, so that short and indirect references resolve to
 * the fullest form: "Haq" -> "Farhan Haq", "IOM" -> "International Organization for Migration",
 * "a UN spokesman" -> the one spokesman the article names.
 *
 * People are recognised by evidence, not by capitals alone: a role or title before the name ("IOM
 * spokesman Joel Millman"), an apposition with a role or a person noun after it ("Farhan Haq, Guterres'
 * deputy spokesman,"), a nationality before it ("Honduran Bayron Baca"), or being the subject of a speech
 * cue (added by the classifier through `addPerson` as the article is read).
 */
import {
  COUNTRY_ABBREVIATIONS,
  DEMONYMS,
  KNOWN_ORGANIZATIONS,
  MEDIA_OUTLETS,
  ORGANIZATION_WORDS,
  PERSON_NOUNS,
  ROLE_WORDS,
  WELL_KNOWN_ACRONYMS
} from "../rules/sources.ts"
import type { WordRange } from "./cues.ts"
import { isCapitalised, isSeparator, POSSESSIVE, type SentenceWords, type Word } from "./words.ts"

export interface Person {
  /** fullest form, e.g. "Farhan Haq" */
  readonly name: string
  readonly words: ReadonlyArray<string>
  readonly roles: Set<string>
  org: string | null
  /** a person whose organisation this one shares ("Guterres' deputy spokesman") */
  orgOf: string | null
}

const lowerSet = (xs: ReadonlyArray<string>) => new Set(xs.map((x) => x.toLowerCase()))
const roleWords = lowerSet(ROLE_WORDS.filter((r) => !r.includes(" ")))
const demonyms = lowerSet(DEMONYMS)
const countries = lowerSet(COUNTRY_ABBREVIATIONS)
const personNouns = lowerSet(PERSON_NOUNS)
const orgWords = lowerSet(ORGANIZATION_WORDS.filter((w) => !w.includes(" ")))
const orgPhrases = ORGANIZATION_WORDS.filter((w) => w.includes(" "))
const NAME_PARTICLES = new Set(["de", "da", "del", "la", "van", "von", "bin", "al", "el", "di", "du", "dos", "le"])
/** parts of speech that never stand in a name, even capitalised at a sentence's start */
const FUNCTION_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "ADV", "PART", "NUM", "PUNCT", "SYM", "INTJ"])

/** "spokesman", and compounds ending in a role ("co-founder", "director-general") */
const isSingularRole = (lower: string): boolean => roleWords.has(lower) || roleWords.has(lower.slice(lower.lastIndexOf("-") + 1))
/** "spokesman", "Secretary-General", and plurals ("economists", "lawmakers") */
export const isRoleWord = (lower: string): boolean =>
  isSingularRole(lower) || (lower.endsWith("s") && isSingularRole(lower.slice(0, -1))) || (lower.endsWith("men") && isSingularRole(lower.slice(0, -3) + "man"))
export const isDemonym = (lower: string): boolean => demonyms.has(lower)
export const isCountryAbbreviation = (lower: string): boolean => countries.has(lower)

/** An all-capitals word of two or more letters ("UNICEF", "IOM", "U.N."), not a country's abbreviation. */
export const isAcronym = (text: string): boolean =>
  /^(?:\p{Lu}\.?){2,}$/u.test(text) && !countries.has(text.toLowerCase())

/** A phrase as a whole-word, case-insensitive pattern, compiled once. */
const phrasePattern = (phrase: string): RegExp =>
  new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}])`, "iu")

const knownOrganizations = KNOWN_ORGANIZATIONS.map((name) => ({ name, pattern: phrasePattern(name) }))
/** longest first, so that "NBC News" wins over "NBC" */
const mediaOutlets = [...MEDIA_OUTLETS].sort((a, b) => b.length - a.length).map((name) => ({ name, pattern: phrasePattern(name) }))
const orgPhrasePatterns = orgPhrases.map(phrasePattern)

export const knownOrganizationIn = (text: string): string | null => knownOrganizations.find((o) => o.pattern.test(text))?.name ?? null

export const mediaOutletIn = (text: string): string | null => mediaOutlets.find((o) => o.pattern.test(text))?.name ?? null

/** Words of a phrase that make it an organisation ("interior ministry", "Department of ...", "UNICEF"). */
export const looksLikeOrganization = (text: string): boolean => {
  const words = text.split(/\s+/u).filter(Boolean)
  if (words.some((w) => isAcronym(w.replace(/[’']s$/u, "")))) return true
  if (knownOrganizationIn(text)) return true
  if (orgPhrasePatterns.some((p) => p.test(text))) return true
  return words.some((w) => orgWords.has(w.toLowerCase().replace(/[’']s$/u, "")))
}

const initials = (name: string): string =>
  name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !countries.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")

export class Register {
  /** the article's text, where a well-known acronym's expansion must appear to be used */
  readonly text: string
  readonly persons: Array<Person> = []
  /** acronym -> full name, as the article defines them */
  readonly acronyms = new Map<string, string>()
  /** full names of organisations the article spells out */
  readonly organizations: Array<string> = []

  constructor(text: string) {
    this.text = text
  }

  addPerson(nameWords: ReadonlyArray<string>, role: string | null, org: string | null, orgOf: string | null = null): Person | null {
    const words = nameWords.filter((w) => w.length > 0)
    if (words.length === 0) return null
    const name = words.join(" ")
    const lower = words.map((w) => w.toLowerCase())
    let person = this.persons.find((p) => p.words.length === lower.length && p.words.every((w, i) => w === lower[i]))
    if (!person) {
      person = { name, words: lower, roles: new Set(), org: null, orgOf: null }
      this.persons.push(person)
    }
    if (role) person.roles.add(role)
    if (org && !person.org) person.org = org
    if (orgOf && !person.orgOf) person.orgOf = orgOf
    return person
  }

  addOrganization(name: string, acronym: string | null): void {
    if (!this.organizations.includes(name)) this.organizations.push(name)
    if (acronym && !this.acronyms.has(acronym)) this.acronyms.set(acronym, name)
  }

  /** The person a name refers to: the same words, or the longest name that ends with them ("Haq"). */
  findPerson(nameWords: ReadonlyArray<string>): Person | null {
    const lower = nameWords.map((w) => w.toLowerCase())
    if (lower.length === 0) return null
    const exact = this.persons.find((p) => p.words.length === lower.length && p.words.every((w, i) => w === lower[i]))
    const candidates = this.persons.filter(
      (p) => p.words.length > lower.length && lower.every((w, i) => p.words[p.words.length - lower.length + i] === w)
    )
    if (candidates.length > 0) return candidates.reduce((a, b) => (b.words.length > a.words.length ? b : a))
    return exact ?? null
  }

  /** The organisation an acronym or short form stands for, at its fullest form in the article. */
  expandOrganization(text: string): string {
    const trimmed = text.replace(/^(?:the|a|an)\s+/iu, "").trim()
    const defined = this.acronyms.get(trimmed)
    if (defined) return defined
    // "Customs and Border Protection" where the article spelled "U.S. Customs and Border Protection (CBP)"
    const fuller = [...this.acronyms.values()].find((full) => full !== trimmed && full.endsWith(" " + trimmed))
    if (fuller) return fuller
    if (isAcronym(trimmed)) {
      const spelled = this.organizations.find((o) => initials(o) === trimmed.replace(/\./gu, ""))
      if (spelled) return spelled
      // a well-known expansion only when the article spells it somewhere ("UNITED NATIONS, Oct. 22")
      const known = WELL_KNOWN_ACRONYMS[trimmed]
      if (known && this.text.toLowerCase().includes(known.toLowerCase())) return known
    }
    return trimmed
  }

  /** The organisation of a person, following "Guterres' deputy spokesman" to Guterres' own. */
  orgOfPerson(person: Person, seen: Set<Person> = new Set()): string | null {
    if (person.org) return this.expandOrganization(person.org)
    if (!person.orgOf || seen.has(person)) return null
    seen.add(person)
    const other = this.findPerson(person.orgOf.split(/\s+/u))
    return other && other !== person ? this.orgOfPerson(other, seen) : null
  }

  /** Named people with a role word ("spokesman") and, when given, that organisation. */
  personsWithRole(role: string, org: string | null): ReadonlyArray<Person> {
    return this.persons.filter((p) => {
      if (![...p.roles].some((r) => r === role || r.endsWith(" " + role))) return false
      if (!org) return true
      const theirs = this.orgOfPerson(p)
      return theirs === null || theirs.toLowerCase() === this.expandOrganization(org).toLowerCase()
    })
  }
}

/** Runs of capitalised name words: "UN Secretary-General Antonio Guterres", "Pueblo Sin Fronteras". */
export const nameRuns = (words: ReadonlyArray<Word>, range: WordRange = { from: 0, to: words.length - 1 }): ReadonlyArray<WordRange> => {
  const runs: Array<WordRange> = []
  let i = range.from
  // a capital that is not a proper noun counts ("Red Cross", tagged VERB) except at a sentence's start
  const isNameishAt = (k: number) => {
    const w = words[k]!
    return (w.pos === "PROPN" || (isCapitalised(w) && !FUNCTION_POS.has(w.pos) && k > 0)) && w.quote === null &&
      !POSSESSIVE.has(w.lower) && /\p{L}/u.test(w.text)
  }
  while (i <= range.to) {
    if (!isNameishAt(i)) {
      i++
      continue
    }
    let j = i
    while (j + 1 <= range.to) {
      const next = words[j + 1]!
      if (isNameishAt(j + 1)) j++
      else if ((NAME_PARTICLES.has(next.lower) || next.lower === "of" || next.lower === "for" || next.lower === "and") && j + 2 <= range.to && isNameishAt(j + 2)) j += 2
      else break
    }
    runs.push({ from: i, to: j })
    i = j + 1
  }
  return runs
}

/** Splits a run into its title part and the name after the last role word. */
const splitTitle = (words: ReadonlyArray<Word>, run: WordRange): { prefix: Array<Word>; role: string | null; name: Array<Word> } => {
  let lastRole = -1
  for (let k = run.from; k <= run.to; k++) if (isRoleWord(words[k]!.lower)) lastRole = k
  const prefix: Array<Word> = []
  let role: string | null = null
  if (lastRole >= 0) {
    let firstRole = lastRole
    while (firstRole - 1 >= run.from && isRoleWord(words[firstRole - 1]!.lower)) firstRole--
    for (let k = run.from; k < firstRole; k++) prefix.push(words[k]!)
    role = words.slice(firstRole, lastRole + 1).map((w) => w.lower).join(" ")
  }
  const name: Array<Word> = []
  for (let k = lastRole >= 0 ? lastRole + 1 : run.from; k <= run.to; k++) name.push(words[k]!)
  // names start with a capital: drop "of State" after "Secretary", nationalities, country abbreviations
  while (name.length > 0 && (!isCapitalised(name[0]!) || isDemonym(name[0]!.lower) || isCountryAbbreviation(name[0]!.lower))) name.shift()
  return { prefix, role, name }
}

const isPersonName = (name: ReadonlyArray<Word>): boolean =>
  name.length > 0 && name.length <= 5 && name.every((w) => !isAcronym(w.text)) &&
  !looksLikeOrganization(name.map((w) => w.text).join(" ")) && !mediaOutletIn(name.map((w) => w.text).join(" "))

/** Text of a span of words as written. */
const textOf = (source: string, words: ReadonlyArray<Word>): string =>
  words.length === 0 ? "" : source.slice(words[0]!.start, words[words.length - 1]!.end)

/** An organisation named by a prefix before a role ("IOM spokesman", "State Department spokesman"). */
export const organizationFromPrefix = (source: string, prefix: ReadonlyArray<Word>): string | null => {
  const kept = prefix.filter((w) => !isCountryAbbreviation(w.lower) && !isDemonym(w.lower) && !POSSESSIVE.has(w.lower))
  // "White House press secretary": the organisation is the capitalised part
  while (kept.length > 0 && !isCapitalised(kept[kept.length - 1]!)) kept.pop()
  if (kept.length === 0) return null
  const text = textOf(source, kept)
  return looksLikeOrganization(text) ? text : null
}

/**
 * The organisation an apposition or tail gives: "for MSF", "of the organization Pueblos Sin Fronteras",
 * "a Red Cross volunteer", "Guterres' deputy spokesman" (returned as `orgOf`: Guterres).
 */
export const organizationInPhrase = (
  source: string,
  words: ReadonlyArray<Word>,
  range: WordRange
): { org: string | null; orgOf: string | null } => {
  const text = source.slice(words[range.from]!.start, words[range.to]!.end)
  for (let k = range.from; k <= range.to; k++) {
    const w = words[k]!
    if ((w.lower === "for" || w.lower === "of" || w.lower === "at" || w.lower === "with") && k < range.to) {
      let s = k + 1
      while (s <= range.to && (words[s]!.pos === "DET" || words[s]!.lower === "organization" || words[s]!.lower === "organisation" || words[s]!.lower === "group")) s++
      let e = s
      while (e + 1 <= range.to && (words[e + 1]!.pos === "PROPN" || isCapitalised(words[e + 1]!) || ((words[e + 1]!.lower === "of" || words[e + 1]!.lower === "and") && words[e + 2] && isCapitalised(words[e + 2]!)))) e++
      if (s <= range.to && isCapitalised(words[s]!)) {
        const candidate = source.slice(words[s]!.start, words[e]!.end)
        // "of the organization Pueblos Sin Fronteras" names one outright; otherwise the name must look like one
        const named = s > k + 1 && ["organization", "organisation", "group"].includes(words[s - 1]!.lower)
        if ((named || looksLikeOrganization(candidate)) && !words.slice(s, e + 1).some((x) => isRoleWord(x.lower))) {
          return { org: candidate, orgOf: null }
        }
      }
    }
  }
  const known = knownOrganizationIn(text)
  if (known) return { org: known, orgOf: null }
  // possessor: "Guterres' deputy spokesman", "MSF's director"
  for (let k = range.from; k < range.to; k++) {
    if (POSSESSIVE.has(words[k + 1]!.lower) && isCapitalised(words[k]!)) {
      let s = k
      while (s - 1 >= range.from && isCapitalised(words[s - 1]!)) s--
      const owner = source.slice(words[s]!.start, words[k]!.end)
      if (looksLikeOrganization(owner)) return { org: owner, orgOf: null }
      if (!isCountryAbbreviation(owner.toLowerCase())) return { org: null, orgOf: owner }
    }
  }
  // "Duke Energy spokesman Jeff Brooks", "State Department spokesman", "White House press secretary": proper
  // nouns right before a lower-case role (a capitalised role, "Interior Minister", is a title, not an org)
  for (let k = range.from + 1; k <= range.to; k++) {
    const role = words[k]!
    if (!isRoleWord(role.lower) || isCapitalised(role)) continue
    let e = k - 1
    if (!isCapitalised(words[e]!)) e-- // one lower-case modifier of the role: "press secretary"
    let s = e
    while (s >= range.from && words[s]!.pos === "PROPN" && isCapitalised(words[s]!)) s--
    s++
    if (s > e) continue
    const owner = source.slice(words[s]!.start, words[e]!.end)
    const ownerWords = words.slice(s, e + 1)
    if (ownerWords.some((x) => isDemonym(x.lower) || isCountryAbbreviation(x.lower))) continue
    if (ownerWords.length >= 2 || looksLikeOrganization(owner)) return { org: owner, orgOf: null }
  }
  // "a UN spokesman", "Mexico coordinator for MSF" (handled above), "an IOM official"
  for (let k = range.from; k <= range.to; k++) {
    if (isAcronym(words[k]!.text)) return { org: words[k]!.text, orgOf: null }
  }
  return { org: null, orgOf: null }
}

/** The role an apposition gives: its head, before any "of"/"to" ("chief of staff to ... President" -> chief). */
export const roleIn = (words: ReadonlyArray<Word>, range: WordRange): string | null => {
  let end = range.to
  for (let k = range.from + 1; k <= range.to; k++) {
    if (words[k]!.pos === "ADP") {
      end = k - 1
      break
    }
  }
  for (let k = end; k >= range.from; k--) if (isRoleWord(words[k]!.lower)) return words[k]!.lower
  return null
}

/**
 * An apposition that describes a person: a role, a person noun, a nationality or an age, and no verb
 * of its own before a relative pronoun ("a Mexican woman who crosses ..." yes; "put their hands ..." no).
 */
const describesPerson = (words: ReadonlyArray<Word>, range: WordRange): boolean => {
  let described = false
  for (let k = range.from; k <= range.to; k++) {
    const w = words[k]!
    const l = w.lower
    if (l === "who" || l === "which" || l === "that") break
    if ((w.pos === "VERB" || w.pos === "AUX") && !isCapitalised(w) && !/^\d/u.test(l)) return false
    if (isRoleWord(l) || personNouns.has(l) || isDemonym(l) || /^\d+-year-old$/u.test(l)) described = true
  }
  return described
}

/** Acronyms the article defines: "International Organization for Migration (IOM)", "..., IOM,". */
const readAcronyms = (register: Register, source: string, sw: SentenceWords): void => {
  const words = sw.words
  for (const run of nameRuns(words)) {
    const after = words[run.to + 1]
    const acr = words[run.to + 2]
    if (!after || !acr || !isAcronym(acr.text)) continue
    const closes = words[run.to + 3]
    const parenthesised = after.text === "(" && closes?.text === ")"
    const apposed = after.text === "," && (closes?.text === "," || closes?.text === "." || closes?.lower === "and")
    if (!parenthesised && !apposed) continue
    let from = run.from
    while (from <= run.to && (words[from]!.pos === "DET" || !isCapitalised(words[from]!))) from++
    if (from > run.to) continue
    const name = source.slice(words[from]!.start, words[run.to]!.end)
    if (!parenthesised && initials(name) !== acr.text.replace(/\./gu, "")) continue
    register.addOrganization(name, acr.text)
  }
}

/** Adds the people and organisations named in one sentence. */
const readSentence = (register: Register, source: string, sw: SentenceWords): void => {
  const words = sw.words
  for (const run of nameRuns(words)) {
    const { prefix, role, name } = splitTitle(words, run)
    const runText = source.slice(words[run.from]!.start, words[run.to]!.end)
    // all-capital runs are acronyms or datelines ("UNITED NATIONS"), not spelled-out names
    if (looksLikeOrganization(runText) && role === null && runText !== runText.toUpperCase()) {
      register.addOrganization(runText.replace(/^(?:The|A|An)\s+/u, ""), null)
    }
    if (!isPersonName(name)) continue
    const nameWords = name.map((w) => w.text)
    // 1. a title inside the run: "UN Secretary-General Antonio Guterres", "Foreign Minister Marcelo Ebrard"
    if (role) {
      register.addPerson(nameWords, role, organizationFromPrefix(source, prefix))
      continue
    }
    // 2. a role noun before the run: "IOM spokesman Joel Millman", "church volunteer Liz Magail Rodriguez"
    const before = words[run.from - 1]
    if (before && isRoleWord(before.lower)) {
      let s = run.from - 1
      while (s - 1 >= 0 && (words[s - 1]!.pos === "PROPN" || words[s - 1]!.pos === "NOUN" || isCapitalised(words[s - 1]!)) && !isSeparator(words[s - 1]!)) s--
      register.addPerson(nameWords, before.lower, organizationFromPrefix(source, words.slice(s, run.from - 1)))
      continue
    }
    // 3. a nationality before the name: "Honduran Bayron Baca"
    if (isDemonym(words[run.from]!.lower) && name.length >= 2) {
      register.addPerson(nameWords, null, null)
      continue
    }
    // 4. an apposition that describes a person: "Farhan Haq, Guterres' deputy spokesman,"
    if (name.length >= 2 && words[run.to + 1]?.text === ",") {
      let k = run.to + 2
      while (k < words.length && !isSeparator(words[k]!) && words[k]!.text !== ".") k++
      const apposition = { from: run.to + 2, to: k - 1 }
      if (apposition.from <= apposition.to && describesPerson(words, apposition)) {
        const { org, orgOf } = organizationInPhrase(source, words, apposition)
        register.addPerson(nameWords, roleIn(words, apposition), org, orgOf)
      }
    }
  }
}

/** The register of one article, from all its sentences (body and captions). */
export const buildRegister = (source: string, sentences: ReadonlyArray<SentenceWords>, articleText: string): Register => {
  const register = new Register(articleText)
  // headlines, datelines and credits name no one the text attributes to, and shout in capitals
  const prose = sentences.filter((sw) => sw.sentence.kind === "body" || sw.sentence.kind === "caption" || sw.sentence.kind === "subheadline")
  for (const sw of prose) readAcronyms(register, source, sw)
  for (const sw of prose) readSentence(register, source, sw)
  return register
}
