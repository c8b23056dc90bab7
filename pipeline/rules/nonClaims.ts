/**
 * What looks like a figure but is not a claim (the contract: dates and years, times of day, ages,
 * ordinals, durations, numbers inside names), as data for pipeline/quantities/nonClaims.ts.
 * Words are lower case unless a comment says otherwise.
 */

/** Month names and abbreviations; matched only when capitalised in the text ("a march of" is no date). */
export const monthNames: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])

/** Months that are also common words: they date a number only when capitalised and next to it. */
export const ambiguousMonths: ReadonlySet<string> = new Set(["march", "may", "mar", "jun", "dec"])

export const weekdayNames: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"
])

/** Words after a number that make it a time of day (`3 am`, `10 p.m.`, `1500 GMT`). */
export const timeOfDayMarkers: ReadonlyArray<ReadonlyArray<string>> = [
  ["am"], ["pm"], ["a", ".", "m", "."], ["p", ".", "m", "."], ["a", ".", "m"], ["p", ".", "m"], ["o'clock"], ["o’clock"],
  ["gmt"], ["utc"], ["et"], ["est"], ["edt"], ["pt"], ["pst"], ["pdt"], ["cet"], ["bst"], ["hrs"], ["hours", "gmt"], ["local", "time"]
]

/** Words before a 4-digit number that make it a year (`in 2019`, `since 2016`, `the 2016 race`, `his 2016 pledges`). */
export const yearPrepositions: ReadonlySet<string> = new Set([
  "in", "since", "from", "by", "until", "till", "til", "before", "after", "during", "of", "through", "throughout", "to",
  "early", "late", "mid", "the", "fiscal", "fy", "year", "years", "around", "circa", "c", "between", "and", "or", "spring",
  "summer", "autumn", "fall", "winter", "his", "her", "its", "their", "our", "my", "your", "this", "that", "s", "’s", "'s",
  "season", "class", "vintage", "model", "calendar", "for", "on", "at", "into", "against", "ahead", "than", "versus", "vs"
])

/** Nouns a year typically modifies; a 4-digit number before them is a year even with no preposition. */
export const yearModifiedNouns: ReadonlySet<string> = new Set([
  "election", "elections", "race", "campaign", "census", "budget", "season", "olympics", "world", "cup", "games", "report",
  "survey", "study", "law", "act", "agreement", "accord", "deal", "crisis", "war", "earthquake", "hurricane", "flood",
  "floods", "storm", "attack", "attacks", "presidential", "midterm", "midterms", "general", "primary", "primaries", "sales",
  "revenue", "earnings", "profit", "profits", "results", "quarter", "levels", "level", "figures", "figure", "data", "peak",
  "record", "model", "edition", "version", "vote", "referendum", "summit", "visit", "debut", "film", "album", "book",
  "novel", "guidelines", "plan", "strategy", "target", "targets", "goal", "goals", "forecast", "estimate", "estimates",
  "re-election", "reelection", "contest", "tournament", "championship", "final", "finals", "fiscal", "financial", "tax"
])

/** Words after a number that make it an age (`29-year-old`, `29 years old`, `6 months old`). */
export const ageMarkers: ReadonlyArray<ReadonlyArray<string>> = [
  ["-", "year", "-", "old"], ["-", "years", "-", "old"], ["year", "-", "old"], ["years", "-", "old"], ["year", "old"],
  ["years", "old"], ["-", "month", "-", "old"], ["-", "months", "-", "old"], ["month", "-", "old"], ["months", "old"],
  ["months", "-", "old"], ["-", "week", "-", "old"], ["weeks", "old"], ["-", "day", "-", "old"], ["days", "old"],
  ["-", "yr", "-", "old"], ["yrs", "old"], ["-", "year", "-", "olds"], ["year", "-", "olds"], ["-", "years", "-", "olds"]
]

/** Words before a number or list of numbers that make them ages (`aged six, 11 and 12`, `his age is 30`). */
export const ageCues: ReadonlyArray<ReadonlyArray<string>> = [
  ["aged"], ["age"], ["ages"], ["age", "of"], ["ages", "of"], ["age", "is"], ["ages", "are"], ["age", "was"], ["at", "the", "age", "of"],
  ["turned"], ["turns"], ["turning"], ["turn"]
]

/**
 * Words that may stand between a number and its time unit in a duration (`two more weeks`,
 * `three full days`, `five straight years`).
 */
export const durationFillers: ReadonlySet<string> = new Set([
  "more", "additional", "extra", "further", "straight", "consecutive", "long", "full", "whole", "entire", "short",
  "successive", "calendar", "working", "business", "school", "-", "odd", "hot", "cold", "weary", "grueling", "gruelling", "hard"
])

/**
 * Capitalised words that, right before a number, make it part of a name (`Route 66`, `Title 42`,
 * `Air Force One`): the number is an identifier, not a quantity.
 */
export const nameHeads: ReadonlySet<string> = new Set([
  "route", "highway", "interstate", "i", "us", "title", "article", "section", "chapter", "clause", "paragraph", "rule",
  "amendment", "proposition", "prop", "resolution", "bill", "act", "flight", "apollo", "boeing", "airbus", "gate",
  "terminal", "platform", "channel", "level", "category", "stage", "phase", "grade", "class", "model", "version",
  "series", "vol", "volume", "no", "number", "nr", "ward", "district", "precinct", "zone", "lot", "unit", "pier", "station",
  "camp", "building", "floor", "apt", "suite", "exit", "room", "block", "sector", "area", "region", "team", "squad",
  "episode", "season", "part", "book", "act", "scene", "verse", "psalm", "track", "lane", "line", "bus", "train", "tier",
  "covid", "sars", "mers", "h1n1", "g", "f", "b", "c", "mig", "su", "ak", "m", "type", "windows", "iphone", "galaxy",
  "pixel", "ios", "android", "formula", "super", "bowl", "week", "day", "game", "match", "round", "race", "lap", "hole",
  "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "fox", "news", "hurricane", "storm",
  "typhoon", "cyclone", "galaxy", "ps", "xbox", "pc", "cop", "brics", "opec", "nato", "ward", "article", "fleet",
  // stock indexes and rankings
  "p", "ftse", "nikkei", "russell", "fortune", "dax", "cac", "stoxx", "kospi", "sensex", "nifty", "ibex", "asx", "tsx",
  "forbes", "inc", "global", "hot", "billboard"
])

/** Capitalised words that never start a name before a number (sentence-initial function words). */
export const capitalisedFunctionWords: ReadonlySet<string> = new Set([
  "the", "a", "an", "about", "around", "some", "over", "more", "less", "fewer", "almost", "nearly", "up", "at", "only",
  "just", "roughly", "approximately", "all", "and", "but", "or", "of", "in", "on", "for", "to", "from", "with", "by", "as",
  "since", "after", "before", "between", "among", "another", "than", "those", "these", "its", "their", "his", "her", "our",
  "my", "your", "exactly", "estimated", "well", "under", "below", "above", "least", "most", "many", "several", "total",
  "including", "include", "includes", "were", "was", "are", "is",
  "had", "have", "has", "said", "says", "say", "reported", "reports", "told", "killed", "injured", "deported", "detained",
  "arrested", "sent", "sending", "send", "deployed", "deploy", "deploying", "i", "we", "they", "he", "she", "it", "you"
])

/** Nouns for people that, with a number in commas after them, give an age (`her son, 8,`, `the suspect, 21,`). */
export const personNouns: ReadonlySet<string> = new Set([
  "son", "daughter", "sons", "daughters", "child", "boy", "girl", "baby", "toddler", "teenager", "teen", "man", "woman",
  "wife", "husband", "mother", "father", "mom", "dad", "brother", "sister", "grandmother", "grandfather", "grandson",
  "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "partner", "girlfriend", "boyfriend", "fiancé", "fiancee",
  "suspect", "victim", "driver", "passenger", "student", "pupil", "worker", "farmer", "resident", "migrant", "mechanic",
  "teacher", "nurse", "doctor", "officer", "soldier", "activist", "vendor", "survivor", "patient", "friend", "neighbor",
  "neighbour", "owner", "employee", "journalist", "photographer", "player", "striker", "goalkeeper", "defender", "coach",
  "singer", "actor", "actress", "author", "artist", "founder", "chief", "widow", "widower", "retiree", "pensioner"
])

/** Ordinal words before `half` that make it a part of a period, not a share (`the first half of 2023`). */
export const ordinalBeforeHalf: ReadonlySet<string> = new Set([
  "first", "second", "third", "fourth", "last", "final", "latter", "former", "next", "previous", "back", "front", "top",
  "bottom", "upper", "lower", "northern", "southern", "eastern", "western", "better", "opening", "closing"
])

/** Words after a distance that make it the name of a race (`the 100m final`, `the 200 metres freestyle`). */
export const raceWords: ReadonlySet<string> = new Set([
  "final", "finals", "heat", "heats", "semifinal", "semifinals", "semi", "freestyle", "breaststroke", "backstroke",
  "butterfly", "medley", "hurdles", "relay", "steeplechase", "race", "sprint", "dash", "event", "title", "record",
  "gold", "silver", "bronze", "champion", "champions", "championship", "world"
])

/** Words before `the` + distance that make it a race (`won the 1,500 meters`, `in the 10,000m`). */
export const raceLeads: ReadonlySet<string> = new Set([
  "in", "won", "win", "wins", "winning", "ran", "run", "runs", "running", "swam", "swim", "swims", "swimming", "took",
  "clinched", "claimed", "dominated", "entered", "contested"
])
