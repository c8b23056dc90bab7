/**
 * The dating policy as data: which date expressions date a claim, and which claims get no event date.
 * Read by pipeline/dating/. Parsing the expressions is chrono-node's job; this file says what counts.
 */

/**
 * Words that put a figure at the article's own date ("are now in southern Mexico", "There are currently
 * 2,100 National Guard troops"). They date every figure of their sentence that no nearer day cue dates.
 */
export const PRESENT_WORDS: ReadonlyArray<string> = ["now", "currently", "at present", "presently", "right now", "as of now"]

/**
 * Expressions chrono reads as a day that are not one day: a span of days, a habit, a title.
 * Matched case-insensitively against the expression chrono found.
 */
export const NOT_A_DAY: ReadonlyArray<RegExp> = [/\bweekend\b/iu, /\bevery\b/iu]

/**
 * Relative days chrono's casual parser resolves ("yesterday", "last night", "today", "now", "tonight"):
 * at most this many days after the published date count; "tomorrow" is a plan, not an observation.
 */
export const MAX_DAYS_AHEAD = 0

/**
 * Words in a figure's clause that make it a threat, plan, forecast or hypothesis ("will be imposed",
 * "could require deploying", "expected to arrive", "pledged to send", "unlikely that"): such a figure
 * describes no day of the world, so it gets no event date.
 */
export const UNREALISED_MARKERS: ReadonlyArray<string> = [
  "will", "would", "could", "might", "may", "shall", "'ll", "’ll", "expected", "expects", "expect", "expecting",
  "planned", "plans", "plan", "planning", "threat", "threats", "threatened", "threatens", "threatening", "vowed",
  "vows", "pledged", "pledges", "promised", "promises", "intends", "intend", "unlikely", "likely", "if", "hope",
  "hopes", "hoped", "aims", "aim", "proposed", "proposes", "forecast", "forecasts", "projected", "projects"
]

/** Categories of fixed facts (distances, heights): no event date. */
export const FIXED_FACT_CATEGORIES: ReadonlyArray<string> = ["distance"]

/** Units of fixed facts, also outside the distance category ("a 10-foot fence"). */
export const FIXED_FACT_UNITS: ReadonlyArray<string> = ["mi", "km", "ft", "m", "yd", "in", "cm", "mm", "nmi"]

/**
 * How the lead's weekday moves a caption's date to the article's date: a photo is taken on or before the
 * day the story reports, so a lead weekday at most this many days after the caption's date is the story's
 * day ("resumed talks on Friday" under a Thursday photo); a weekday further ahead is an earlier day that
 * the photo postdates, and the caption's date stands.
 */
export const LEAD_WEEKDAY_MAX_DAYS_AFTER_CAPTION = 3

/** Caption openers that mark an archive photo: its date is never the article's date. */
export const FILE_PHOTO = /^\s*FILE\s+PHOTO\b|\/\s*File(?:\s+Photo)?\s*$/iu

/**
 * Times of day with no day of their own ("Just before dusk, three thin people ...", "In less than an
 * hour, Reuters reporters observed ..."): they continue the scene of the last day the story named, at
 * most SCENE_LOOKBACK_SENTENCES body sentences back.
 */
export const SCENE_TIMES: ReadonlyArray<RegExp> = [
  /\b(?:dusk|dawn|nightfall|daybreak|sunset|sunrise|darkness|midnight|noon)\b/iu,
  /\b(?:an|one|half an) hour\b/iu,
  /\b(?:minutes|hours) later\b/iu,
  /\b(?:later that|that) (?:day|night|evening|morning|afternoon)\b/iu,
  /\b(?:throughout|during|late in|early in) the (?:morning|afternoon|evening|night)\b/iu
]
export const SCENE_LOOKBACK_SENTENCES = 3

/**
 * Participles that work as prepositions: a clause they open ("following thousands who have taken similar
 * journeys in recent weeks") does not happen at the time of the clause before it.
 */
export const PREPOSITIONAL_PARTICIPLES: ReadonlyArray<string> = [
  "following", "including", "excluding", "regarding", "concerning", "according", "considering", "excepting", "barring"
]
