/**
 * Speech and report cues: the words that tie a figure to whoever gave it ("said", "told reporters",
 * "according to", "reports"). Read by pipeline/attribution/cues.ts. A new cue is one entry here.
 *
 * Matching is on lower-cased token texts; `words` lists the tokens of the cue in order.
 */

/**
 * How a cue relates to its source:
 * - `verb`: a finite speech verb with its subject before it ("X said", "X told reporters") or, for
 *   verbs marked `invertible`, after it ("..., said Haq").
 * - `participle`: "saying", "adding": the source is the subject of the clause it hangs on.
 * - `according`: "according to X": the source follows.
 */
export type CueKind = "verb" | "participle" | "according"

export interface SpeechCue {
  readonly words: ReadonlyArray<string>
  readonly kind: CueKind
  /** "said Haq": the verb may come before its subject when a quote or clause precedes it */
  readonly invertible?: boolean
  /**
   * The form is also a common noun ("reports", "estimates", "notes"): it is a cue only right after a
   * subject head (a name, noun or pronoun) and not before "of", a verb or another noun.
   */
  readonly alsoNoun?: boolean
  /** next words that show the form is not a speech act here ("estimated to number", "put it to") */
  readonly notBefore?: ReadonlyArray<string>
  /** parts of speech of the next word that show the same ("added 13.1 million subscribers") */
  readonly notBeforePos?: ReadonlyArray<string>
}

const verbs = (kind: CueKind, forms: ReadonlyArray<string>, extra: Omit<SpeechCue, "words" | "kind"> = {}): Array<SpeechCue> =>
  forms.map((form) => ({ words: form.split(" "), kind, ...extra }))

export const SPEECH_CUES: ReadonlyArray<SpeechCue> = [
  ...verbs("verb", ["said", "says", "say", "noted", "wrote", "writes", "explained", "replied", "stated", "insisted", "argued", "tweeted"], { invertible: true }),
  // "Netflix added 13.1 million subscribers" is no speech act: "added" speaks only without an object
  ...verbs("verb", ["added", "adds"], { invertible: true, notBeforePos: ["NUM", "DET", "NOUN", "ADJ", "SYM", "PROPN"] }),
  // "The IMF expects global growth of 3.1%", "health officials estimate.", not "expect to raise prices"
  ...verbs("verb", ["expects", "projects", "estimate", "expect", "project", "forecasted"], { notBefore: ["to", "by"] }),
  // "with around 10,000 expected.": a bare participle, not a speech act
  ...verbs("verb", ["expected", "projected"], { notBefore: ["to", "by", ".", ","] }),
  ...verbs("verb", ["told", "tells", "warned", "warns", "announced", "announces", "confirmed", "confirms", "forecast", "forecasts", "predicted", "predicts", "claimed", "reported", "estimated", "found", "counted", "calculated", "acknowledged", "disclosed", "revealed", "testified"], { notBefore: ["to", "by"] }),
  ...verbs("verb", ["reports", "estimates", "notes", "claims", "states", "finds", "counts"], { alsoNoun: true, notBefore: ["of", "to", "by", "for", "on", "about"] }),
  // "Some media have put the number above 2,000"
  ...verbs("verb", ["put the number", "put the figure", "put the toll", "put the total", "put the count", "puts the number", "puts the figure", "puts the toll"]),
  ...verbs("participle", ["saying", "adding", "noting", "warning", "explaining", "estimating", "reporting", "telling"]),
  ...verbs("according", ["according to", "according"])
]

/**
 * Words that may follow a verb cue and belong to the attribution ("said in a statement", "told
 * reporters"), longest first. Only these extend the cue; anything else after the verb is left out.
 */
export const CUE_EXTENSIONS: ReadonlyArray<ReadonlyArray<string>> = [
  "in a written statement",
  "in a joint statement",
  "in a statement",
  "in a news release",
  "in a press release",
  "in a report",
  "at a news conference",
  "at a press conference",
  "at a regular briefing",
  "at a briefing",
  "reporters"
].map((phrase) => phrase.split(" "))

/** Words between a subject and its speech verb that are not part of the subject ("also said", "has said"). */
export const SUBJECT_VERB_FILLERS: ReadonlyArray<string> = [
  "also", "has", "have", "had", "previously", "later", "earlier", "again", "further", "repeatedly", "recently",
  "initially", "separately", "then", "now", "once", "publicly", "privately", "reportedly", "officially", "first",
  "would", "will", "did", "does", "do", "not", "never", "already", "yet", "even", "only", "however"
]

/** Forms of "be": a speech verb right after one is passive ("is said to have occurred"), not a cue. */
export const PASSIVE_AUXILIARIES: ReadonlyArray<string> = ["is", "are", "was", "were", "be", "been", "being"]

/** Phrases that mark a source as speaking anonymously ("speaking on condition of anonymity"). */
export const ANONYMITY_PHRASES: ReadonlyArray<string> = [
  "on condition of anonymity",
  "on the condition of anonymity",
  "who asked not to be named",
  "who declined to be named",
  "who requested anonymity",
  "not authorized to speak",
  "not authorised to speak"
]

/** Opening and closing double quotation marks; straight quotes open or close by position. */
export const OPENING_QUOTES: ReadonlyArray<string> = ["“", "„", "«"]
export const CLOSING_QUOTES: ReadonlyArray<string> = ["”", "»"]
export const STRAIGHT_QUOTES: ReadonlyArray<string> = ["\""]

/** Subordinators that end the complement scan of a postposed reporting clause ("she said as she walked"). */
export const REPORTING_CLAUSE_ENDERS: ReadonlyArray<string> = ["as", "while", "when", "after", "before", "because", "since", "though", "although"]

/**
 * Words that, after a comma, start a clause the writer adds to a report: the cue's complement ends there
 * ("The migrant caravan says it's determined to reach the U.S. border, where they hope ... its several
 * thousand members"). A semicolon ends a complement too.
 */
export const REPORTED_SPEECH_BREAKS: ReadonlyArray<string> = ["where", "while", "whereas", "although", "though", "but"]
