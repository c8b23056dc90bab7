/**
 * Qualifier cues as data (the contract's qualifier table). Cues are lower-case word sequences as the
 * figure lexer splits them: words, and symbols as their own items (`>`, `=`, `~`).
 */
import type { Qualifier } from "../../schemas/Claim.ts"

export type Cue = ReadonlyArray<string>

export interface QualifierCue {
  readonly cue: Cue
  readonly qualifier: Qualifier
}

/** Words written right before the number, inside the mention ("more than 8,000", "an estimated 2,300"). */
export const prefixQualifiers: ReadonlyArray<QualifierCue> = [
  // exact
  ...(["exactly", "precisely", "equal to", "equals to", "equals", "equaling to", "equaling", "equalling", "is equal to", "a total of", "=", "= ="]
    .map((c) => ({ cue: c.split(" "), qualifier: "exact" as const }))),
  // approximate
  ...(["about", "around", "roughly", "some", "approximately", "approx", "approx .", "an estimated", "estimated",
    "an average of", "an average", "on average", "averaging", "circa", "~", "close on", "somewhere around",
    "in the region of", "an approximate"]
    .map((c) => ({ cue: c.split(" "), qualifier: "approximate" as const }))),
  // more than
  ...(["more than", "over", "above", "upwards of", "upward of", "in excess of", "greater than", "larger than", "higher than",
    "bigger than", "well over", "just over", "well above", "exceeding", "surpassing", "topping", "north of", ">", "more then"]
    .map((c) => ({ cue: c.split(" "), qualifier: "more_than" as const }))),
  // at least
  ...(["at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "at minimum",
    "least", "> =", "≥", "at least or equal to", "equal to or more than", "equal to or greater than", "greater than or equal to",
    "more than or equal to", "larger than or equal to", "higher than or equal to", "bigger than or equal to",
    "bigger or equal than", "higher or equal than", "larger or equal than", "greater or equal than", "more or equal than"]
    .map((c) => ({ cue: c.split(" "), qualifier: "at_least" as const }))),
  // less than
  ...(["less than", "fewer than", "under", "below", "lower than", "smaller than", "<"]
    .map((c) => ({ cue: c.split(" "), qualifier: "less_than" as const }))),
  // at most
  ...(["up to", "at most", "as many as", "as much as", "no more than", "not more than", "a maximum of", "at maximum",
    "< =", "≤", "less than or equal to", "fewer than or equal to", "equal to or less than", "equal to or fewer than",
    "smaller than or equal to", "lower than or equal to", "smaller or equal than", "lower or equal than",
    "less or equal than", "no greater than", "no higher than"]
    .map((c) => ({ cue: c.split(" "), qualifier: "at_most" as const }))),
  // almost
  ...(["almost", "nearly", "close to", "just under", "just below", "just shy of", "shy of", "not quite", "approaching",
    "the better part of", "very nearly", "well-nigh"]
    .map((c) => ({ cue: c.split(" "), qualifier: "almost" as const })))
]

/** Words right after the number (and its unit), inside the mention ("80 or so", "500 or more", "50-plus"). */
export const suffixQualifiers: ReadonlyArray<QualifierCue> = [
  ...(["or so", "- odd", "odd", "or thereabouts", "give or take"]
    .map((c) => ({ cue: c.split(" "), qualifier: "approximate" as const }))),
  ...(["or more", "and more", "or over", "and over", "or above", "and above", "or greater", "or higher", "and up",
    "and upwards", "- plus", "plus", "+", "or more than", "or greater than"]
    .map((c) => ({ cue: c.split(" "), qualifier: "at_least" as const }))),
  ...(["or less", "or fewer", "and under", "and below", "or under", "or below", "or lower", "or less than"]
    .map((c) => ({ cue: c.split(" "), qualifier: "at_most" as const })))
]

/**
 * Suffix cues that, after a bound qualifier, turn it inclusive ("less than 5000 or equal",
 * "more than 5000 or equal to"). Applied only right after a `more_than`/`less_than` figure.
 */
export const inclusiveSuffixes: ReadonlyArray<Cue> = [["or", "equal", "to"], ["or", "equal"]]

/**
 * Verbs before the number that carry a qualifier but stay outside the mention
 * ("has topped half a million" -> more_than).
 */
export const verbQualifiers: ReadonlyArray<QualifierCue> = [
  ...(["topped", "tops", "top", "topping", "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass",
    "eclipsed", "broke through", "breached"]
    .map((c) => ({ cue: c.split(" "), qualifier: "more_than" as const }))),
  ...(["neared", "nears", "approached", "approaches"]
    .map((c) => ({ cue: c.split(" "), qualifier: "almost" as const }))),
  ...(["averaged", "averages", "estimated at", "estimated to be", "estimated to number", "averaging"]
    .map((c) => ({ cue: c.split(" "), qualifier: "approximate" as const })))
]

/**
 * Verbs that carry a qualifier only before a figure with no noun of its own: `passed $2 trillion` is
 * more than $2 trillion, `passed 12 bills` is twelve bills.
 */
export const bareFigureVerbQualifiers: ReadonlyArray<QualifierCue> = [
  ...(["passed", "passes", "passing", "crossed", "crosses", "crossing", "hit the", "passed the", "crossed the"]
    .map((c) => ({ cue: c.split(" "), qualifier: "more_than" as const })))
]

/** Adverbs that may stand between a qualifier verb and its number ("has already topped", "now tops"). */
export const qualifierVerbFillers: ReadonlySet<string> = new Set(["already", "now", "just", "even", "easily", "well", "far"])

/** Range forms. `between x and y`, `from x to y`, and infix connectors `x to y`, `x-y`, `x through y`. */
export const rangeOpeners: ReadonlyArray<{ readonly opener: Cue; readonly connectors: ReadonlyArray<Cue> }> = [
  { opener: ["between"], connectors: [["and"], ["to"], ["-"], ["–"], ["—"]] },
  { opener: ["from"], connectors: [["to"], ["through"], ["till"], ["until"], ["-"], ["–"], ["—"]] }
]

export const rangeInfixConnectors: ReadonlyArray<Cue> = [["to"], ["through"], ["-"], ["–"], ["—"], ["~"], ["and", "up", "to"]]

/**
 * Verbs of change: after them `x to y` states a change and a level, not a range ("rose $1.20 to
 * $85.40"). (`from x to y` stays a range, as the contract's table says.)
 */
export const changeVerbs: ReadonlySet<string> = new Set([
  "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased", "increase",
  "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "climbed", "climb", "climbs",
  "dropped", "drop", "drops", "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "surged",
  "soared", "slipped", "slid", "declined", "decline", "declines", "cut", "cuts", "raised", "raise", "raises",
  "lowered", "lower", "lowers", "reduced", "reduce", "swelled", "shrank", "plunged", "plummeted", "tumbled",
  "slumped", "eased", "widened", "narrowed", "expanded", "contracted", "went", "moved", "changed", "up", "down",
  "boosted", "hiked", "doubled", "tripled", "halved", "revised"
])

/**
 * Verbs of a level moving on its own (intransitive): after them `up to` / `down to` starts the new level
 * (`the jobless rate edged up to 4.1%`). Transitive verbs stay out: `cut up to 700 jobs` is at most 700.
 */
export const levelMotionVerbs: ReadonlySet<string> = new Set([
  "rose", "rise", "rises", "risen", "rising", "climbed", "climbs", "edged", "edges", "ticked", "ticks", "crept",
  "creeps", "inched", "inches", "went", "goes", "moved", "moves", "shot", "jumped", "jumps", "surged", "soared",
  "fell", "falls", "fallen", "dropped", "drops", "slipped", "slips", "declined", "sank", "dipped", "dips"
])

/** Particles that, right after a verb of a level moving, start the new level rather than a qualifier. */
export const changeParticles: ReadonlySet<string> = new Set(["up", "down"])

/** Words that open a sports score or vote tally (`won 3-1`), which is not a range. */
export const scoreCues: ReadonlySet<string> = new Set([
  "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating", "defeated", "defeat",
  "defeats", "drew", "draw", "tied", "tie", "led", "leads", "leading", "trailed", "trailing", "victory", "loss",
  "score", "scored", "scoreline", "margin", "vote", "voted", "votes", "edged", "thrashed", "routed", "downed"
])

/** Qualifiers that set a lower bound and ones that set an upper bound (for `more than x and less than y`). */
export const lowerBoundQualifiers: ReadonlySet<Qualifier> = new Set(["more_than", "at_least"])
export const upperBoundQualifiers: ReadonlySet<Qualifier> = new Set(["less_than", "at_most", "almost"])

/** Words that may join two bounds into one range (`more than 10 and less than 40`). */
export const boundJoiners: ReadonlyArray<Cue> = [["and"], [","], ["but"], ["and", "yet"]]
