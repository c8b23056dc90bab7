/**
 * When two figures are about the same measure, and when they disagree: the Comparer's rules, as data.
 * The README section "Comparing figures across sources" explains each table below to users; change the two together.
 *
 * A figure is compared with another when both have
 *   1. the same category and the same unit (plain counts only, for now),
 *   2. a counted entity of the same family (`families`),
 *   3. the same subject (`subjects` of the family: the cue nearest the figure in its sentence, else in the
 *      article's title),
 *   4. dates (event date, else the article's published date) inside the family's window,
 * and neither sentence marks it as a different measure (`exclusions`).
 */
import type { Category, Qualifier } from "../../schemas/Claim.ts"

/** A named thing that figures can be about: a caravan, a country's deployment. */
export interface SubjectRule {
  readonly id: string
  /** how the group's label names the subject, e.g. `U.S. troops` */
  readonly label: string
  /** words in the sentence (or title) that put a figure on this subject; the cue nearest the figure wins */
  readonly cues: ReadonlyArray<RegExp>
}

/** Words near a figure that say it measures something else than the family's subject as a whole. */
export interface ExclusionRule {
  readonly id: string
  /** why such figures are left out, in words for users */
  readonly why: string
  readonly cues: ReadonlyArray<RegExp>
}

/** A noun that belongs to the family only when its sentence shows the context (`members` of a caravan). */
export interface ContextualNoun {
  readonly noun: string
  readonly context: RegExp
}

/** A kind of counted entity whose figures can measure the same thing. */
export interface EntityFamily {
  readonly id: string
  readonly category: Category
  /** what the group counts, for its label and `counted` column */
  readonly label: string
  /**
   * Head nouns and noun phrases of `counted` (lower case, hyphens as spaces). The longest phrase that ends
   * the counted head wins across families, so `National Guard members` is troops although `members` alone
   * could be a caravan's.
   */
  readonly nouns: ReadonlyArray<string>
  readonly nounsInContext: ReadonlyArray<ContextualNoun>
  /**
   * Collective nouns that, in the sentence of a figure with no counted noun, make it a count of this family:
   * `a larger group of mostly Hondurans, estimated to number between 3,500 and 7,000`.
   */
  readonly collectives: ReadonlyArray<string>
  /** the longest span of days one group may cover */
  readonly windowDays: number
  readonly subjects: ReadonlyArray<SubjectRule>
  readonly exclusions: ReadonlyArray<ExclusionRule>
  /** the group's label, `{subject}` replaced by the subject's label: `{subject} troops` -> `U.S. troops` */
  readonly labelTemplate: string
  /** label suffixes added when most of the group's sentences carry the cue, e.g. `at the border` */
  readonly placeLabels: ReadonlyArray<{ readonly cue: RegExp; readonly label: string }>
}

/** An exclusion cue only counts this close (in characters) to the figure: `unlikely that 10,000`. */
export const exclusionReach = 60

const subgroup: ExclusionRule = {
  id: "subgroup",
  why: "a part of a crowd or another group (a second, separate, new or small group; people who broke away)",
  cues: [
    /\b(?:a|another|second|separate|new|third|small|smaller|splinter) group of\b/i,
    /\b(?:second|separate|new|third|splinter|smaller) group\b/i,
    /\bbroke away\b/i,
    /\bsplit (?:off|from)\b/i
  ]
}

const notTheCrowd: ExclusionRule = {
  id: "capacity",
  why: "a capacity or a share of the crowd, not its size (a shelter for 360 people, room for 2,000)",
  cues: [/\bshelters? for\b/i, /\broom (?:for|to house)\b/i, /\bcapacity\b/i, /\bbeds? for\b/i]
}

const futureOrHypothetical: ExclusionRule = {
  id: "future",
  why: "an expected, hoped-for or hypothetical number, not one counted (10,000 expected; unlikely that 10,000 will arrive)",
  cues: [
    /\bexpected\b/i,
    /\bunlikely\b/i,
    /\bwill (?:arrive|come|reach|join)\b/i,
    /\bcould (?:arrive|reach|swell|grow)\b/i,
    /\bmay (?:arrive|reach|swell|grow)\b/i
  ]
}

const caravan: SubjectRule = {
  id: "caravan",
  label: "the migrant caravan",
  cues: [/\bcaravans?\b/i, /\bexodus\b/i]
}

/** Who sends the forces: the deploying country is the subject of a troop figure. */
const unitedStatesForces: SubjectRule = {
  id: "us",
  label: "U.S.",
  cues: [
    /\bU\.S\.(?!-Mexico|-Mexican)/,
    /\bUnited States\b/,
    /\bAmerican\b/,
    /\bTrump\b/,
    /\bPentagon\b/,
    /\bWashington\b/,
    /\bactive[- ]duty\b/i,
    /\bTexas\b/,
    /\bArizona\b/,
    /\bCalifornia\b/,
    /\bNew Mexico\b/
  ]
}

const mexicanForces: SubjectRule = {
  id: "mexico",
  label: "Mexican",
  cues: [
    /\bMexico(?:'s|’s)/,
    /\bMexico (?:has|had|have|will|would|is|was|plans|pledged|sent|sends|deployed|deploys)\b/,
    /\bMexican (?:troops|soldiers|army|navy|marines|forces|government|authorities|National Guard|police)\b/,
    /\b(?:its|the) (?:southern )?border with Guatemala\b/
  ]
}

/**
 * The families. A figure of a category not listed here is not compared: without a subject rule (which
 * incident? which policy?) a comparison would pair unrelated events, and a false conflict costs a reader
 * more than a missing one.
 */
export const families: ReadonlyArray<EntityFamily> = [
  {
    id: "migrants",
    labelTemplate: "size of {subject}",
    category: "crowd_size",
    label: "migrants",
    nouns: [
      "migrants",
      "people",
      "persons",
      "asylum seekers",
      "refugees",
      "marchers",
      "travelers",
      "travellers",
      "men women and children",
      "central americans",
      "caravan members"
    ],
    nounsInContext: [{ noun: "members", context: /\bcaravans?\b/i }],
    collectives: ["caravan", "caravans", "group", "crowd", "march", "exodus", "column"],
    // A moving crowd's size changes from day to day: estimates more than a week apart describe different moments.
    windowDays: 7,
    subjects: [caravan],
    exclusions: [subgroup, notTheCrowd, futureOrHypothetical],
    placeLabels: []
  },
  {
    id: "children",
    labelTemplate: "children in {subject}",
    category: "crowd_size",
    label: "children",
    nouns: ["children", "minors", "kids", "unaccompanied minors"],
    nounsInContext: [],
    collectives: [],
    windowDays: 7,
    subjects: [caravan],
    exclusions: [subgroup, notTheCrowd, futureOrHypothetical],
    placeLabels: []
  },
  {
    id: "troops",
    labelTemplate: "{subject} troops",
    category: "security_forces",
    label: "troops",
    nouns: [
      "troops",
      "soldiers",
      "active duty troops",
      "national guard members",
      "national guard troops",
      "national guardsmen",
      "guardsmen",
      "guard members",
      "service members",
      "servicemembers",
      "military personnel",
      "marines",
      "military forces"
    ],
    nounsInContext: [],
    collectives: ["deployment", "contingent"],
    // A deployment stays in the news for weeks while it is ordered, sent and reinforced.
    windowDays: 30,
    subjects: [unitedStatesForces, mexicanForces],
    exclusions: [],
    placeLabels: [{ cue: /\bborders?\b/i, label: "at the border" }]
  },
  {
    id: "police",
    labelTemplate: "{subject} police and border agents",
    category: "security_forces",
    label: "police and border agents",
    nouns: ["police", "police officers", "officers", "agents", "border patrol agents", "federal police"],
    nounsInContext: [],
    collectives: [],
    windowDays: 7,
    subjects: [unitedStatesForces, mexicanForces],
    exclusions: [],
    placeLabels: [{ cue: /\bborders?\b/i, label: "at the border" }]
  }
]

/**
 * How much each qualifier lets a figure stretch, for the conflict test. A figure's implied interval is
 *   exact x        x ± half a unit of its last significant digit (5,300 -> 5,250..5,350; 7,233 -> 7,232.5..7,233.5),
 *                  but never more than `approximate` of x (10,000 -> 8,500..11,500)
 *   approximate x  x ± `approximate` of x (about 10,000 -> 8,500..11,500)
 *   almost x       x - `approximate` of x .. x
 *   more_than x, at_least x   x .. no upper bound
 *   less_than x, at_most x    0 .. x
 *   range x-y      x .. y
 *   vague          never decides anything (`thousands` is only `at least 2,000`)
 */
export const tolerance = {
  /** relative half-width of an `about` figure */
  approximate: 0.15
} as const

/** Qualifiers whose figures never decide a group's low, high or conflict. */
export const undecidingQualifiers: ReadonlyArray<Qualifier> = ["vague"]

/**
 * A group is written only when it holds at least this many figures that can decide (non-vague): one figure
 * beside a few `thousands` has nothing to be compared with.
 */
export const minimumDecidingFigures = 2
