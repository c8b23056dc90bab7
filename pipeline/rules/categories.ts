/**
 * Categories as data: which words in what is counted, and which verbs and words around the figure, put
 * a claim in which contract category. Rules are tried in order; the first that matches wins. Words are
 * lower case; nouns (counted, heldBy, nearNouns) also match in the singular (`troops` and `troop` both
 * match `troop`), verbs and context words only as written. An entry of several words matches when all
 * its words are present.
 */
import type { Category } from "../../schemas/Claim.ts"
import type { UnitKind } from "./units.ts"

export interface CategoryRule {
  readonly category: Category
  /** the claim's unit is of one of these kinds */
  readonly unitKinds?: ReadonlyArray<UnitKind>
  /** a word of the counted noun phrase (or a phrase of several words inside it) */
  readonly counted?: ReadonlyArray<string>
  /** words of the counted phrase that keep `counted` from matching (`rescue personnel` are not security forces) */
  readonly countedNot?: ReadonlyArray<string>
  /** a noun right before `of` ahead of the figure (`a caravan of thousands`, `a group of 80`) */
  readonly heldBy?: ReadonlyArray<string>
  /** a word near a figure that has no counted noun (`the death toll rose to 67`) */
  readonly nearNouns?: ReadonlyArray<string>
  /** a verb or participle near the figure (a few words before it, or after its counted phrase in the clause) */
  readonly verbs?: ReadonlyArray<string>
  /** phrases near the figure (`sent back`) */
  readonly phrases?: ReadonlyArray<string>
  /** verbs and phrases count only when the figure counts people (or nothing named): `2,000 apps were removed` */
  readonly verbsNeedPeople?: boolean
  /**
   * words near the figure that decide the category of a generic people noun (`7,233 people are
   * marching`) or of a figure with no counted noun (`an estimated 810 that arrived`)
   */
  readonly context?: ReadonlyArray<string>
}

/** People nouns that say nothing of their own about the category: the words around the figure decide. */
export const genericCounted: ReadonlyArray<string> = [
  "people", "person", "persons", "individual", "individuals", "men", "women", "children", "adults", "families",
  "others", "members", "residents", "civilians", "fans", "runners", "spectators", "visitors", "participants", "attendees",
  "pilgrims", "worshippers", "tourists", "travelers", "travellers", "commuters", "supporters", "followers",
  // demonyms
  "americans", "central americans", "mexicans", "hondurans", "salvadorans", "guatemalans", "nicaraguans", "venezuelans",
  "haitians", "cubans", "colombians", "ecuadorians", "africans", "syrians", "afghans", "ukrainians", "russians",
  "palestinians", "israelis", "iraqis", "sudanese", "rohingya", "europeans", "asians", "chinese", "indians"
]

/** Other nouns for people, for `verbsNeedPeople` (crowd and security nouns below count too). */
export const peopleCounted: ReadonlyArray<string> = [
  "patients", "victims", "students", "workers", "employees", "passengers", "prisoners", "inmates", "detainees", "journalists",
  "officials", "staff", "crew", "volunteers", "doctors", "nurses", "teachers", "farmers", "miners", "fishermen", "drivers", "pupils",
  "infants", "babies", "minors", "teenagers", "boys", "girls", "survivors", "suspects", "activists", "lawmakers", "voters"
]

export const categoryRules: ReadonlyArray<CategoryRule> = [
  { category: "money", unitKinds: ["currency"] },
  { category: "percentage", unitKinds: ["percent"] },
  { category: "distance", unitKinds: ["length"] },
  {
    category: "casualties",
    counted: [
      "dead", "death", "deaths", "fatality", "fatalities", "casualty", "casualties", "victim", "victims", "body", "bodies",
      "injured", "wounded", "missing", "hostage", "hostages", "kidnapping", "kidnappings", "homicide", "homicides", "murder",
      "murders", "killing", "killings", "injury", "injuries", "toll"
    ],
    nearNouns: ["toll", "death toll", "deaths", "dead", "fatalities", "casualties", "victims", "bodies"],
    verbs: [
      "killed", "kill", "kills", "died", "die", "dies", "dead", "injured", "injuring", "wounded", "wounding", "hurt",
      "kidnapped", "abducted", "missing", "disappeared", "assaulted", "raped", "attacked", "beaten", "murdered", "shot",
      "slain", "drowned", "hospitalized", "hospitalised", "perished", "trafficked", "tortured", "executed", "massacred"
    ],
    phrases: ["lost their lives", "lost his life", "lost her life", "death toll"],
    verbsNeedPeople: true
  },
  {
    category: "detention_deportation",
    counted: [
      "deportation", "deportations", "deportee", "deportees", "detainee", "detainees", "detention", "detentions",
      "arrest", "arrests", "apprehension", "apprehensions", "removal", "removals", "expulsion", "expulsions", "prisoner",
      "prisoners", "returnee", "returnees"
    ],
    verbs: [
      "deported", "deport", "deporting", "detained", "detain", "detaining", "arrested", "arrest", "arresting", "apprehended",
      "apprehend", "returned", "repatriated", "expelled", "removed", "captured", "caught", "jailed", "imprisoned",
      "held", "incarcerated", "intercepted", "rounded"
    ],
    phrases: ["sent back", "taken into custody", "in custody", "turned back", "turned away", "picked up", "rounded up", "locked up"],
    verbsNeedPeople: true
  },
  {
    category: "security_forces",
    counted: [
      "troop", "troops", "soldier", "soldiers", "police", "policemen", "policeman", "officer", "officers", "guard", "guards",
      "guardsmen", "agent", "agents", "marine", "marines", "personnel", "forces", "military", "army", "sailors", "airmen",
      "national guard", "border patrol", "gendarmes", "gendarmerie", "militia", "militiamen", "servicemen", "reservists",
      "paratroopers", "commandos", "security forces", "riot police", "peacekeepers"
    ],
    countedNot: [
      "rescue", "rescuers", "medical", "health", "emergency", "relief", "aid", "fire", "customer", "sales", "loan", "press",
      "compliance", "executive", "executives", "travel", "real estate", "insurance", "free"
    ]
  },
  // the size of a place, not of a group: `the stadium holds about 90,000 spectators`, `a shelter for 360 people`
  {
    category: "other",
    verbs: ["holds", "hold", "seats", "seat", "accommodate", "accommodates", "capacity", "sleeps"],
    phrases: ["shelter for", "room for", "beds for", "space for"]
  },
  {
    category: "crowd_size",
    counted: [
      "migrant", "migrants", "caravan", "caravans", "group", "groups", "crowd", "crowds", "march", "marchers", "camp",
      "camps", "protester", "protesters", "protestors", "demonstrator", "demonstrators", "refugee", "refugees",
      "asylum seekers", "asylum-seekers", "immigrants", "rally", "rallies", "mob", "exodus"
    ],
    heldBy: ["caravan", "caravans", "group", "groups", "crowd", "crowds", "march", "camp", "rally", "convoy", "band", "bands", "column"],
    context: [
      "caravan", "caravans", "crowd", "crowds", "march", "marching", "marched", "group", "rally", "protest", "protesters",
      "camp", "camped", "walking", "walked", "trek", "journey", "arrived", "arrive", "arriving", "gathered", "massed",
      "travelling", "traveling", "crossing", "crossed", "joined", "swelled", "comprised", "to number", "numbers",
      "numbered", "numbering", "climb", "climbed", "climbing", "stormed", "rushed", "poured", "streamed", "surged",
      "flocked", "thronged", "queued", "shuffled", "departed", "converged", "assembled", "attended", "visited", "took part",
      "participated", "expected", "turnout", "reached", "reaching", "reach"
    ]
  }
]

/** Category when no rule matches. */
export const defaultCategory: Category = "other"
