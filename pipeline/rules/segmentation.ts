/**
 * Lexicons and patterns the Segmenter (pipeline/Segmenter.ts) and the sentence mending of
 * pipeline/Nlp.ts read. Everything that says "this line is page chrome / a caption / a credit / a
 * byline / a dateline" lives here, as data, so a new site's furniture is one entry away.
 *
 * Patterns run on one trimmed block (a line or paragraph) at a time, so `^` and `$` mean its ends.
 */

// ---------------------------------------------------------------------------------------------------
// Calendar words (datelines, page header dates, sentence mending)

export const MONTHS: ReadonlyArray<string> = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December"
]

/** AP style and common short forms; with or without the final period in text. */
export const MONTH_ABBREVIATIONS: ReadonlyArray<string> = [
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"
]

export const WEEKDAYS: ReadonlyArray<string> = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
]

const alternation = (words: ReadonlyArray<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")

const monthWord = `(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS])})\\.?`
const weekdayWord = `(?:${alternation(WEEKDAYS)}|${alternation(WEEKDAYS.map((d) => d.slice(0, 3)))})\\.?`

// ---------------------------------------------------------------------------------------------------
// Page chrome: lines that belong to the web page, not to the article

/**
 * Whole-line phrases of page furniture, compared case-insensitively after white space is folded and
 * typographic apostrophes are made straight. Reaction widgets, share bars, image agency lines.
 */
export const CHROME_PHRASES: ReadonlyArray<string> = [
  // reaction widgets
  "what's your reaction?", "what's your reaction", "like", "dislike", "love", "funny", "angry", "sad", "wow",
  "haha", "care", "thumbs up", "thumbs down",
  // share and follow bars
  "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
  "share via email", "tweet", "email", "print", "copy link", "link copied", "save", "save article", "facebook",
  "twitter", "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "follow us", "follow",
  // navigation and promotion
  "advertisement", "advertising", "sponsored", "sponsored content", "related", "related articles",
  "related stories", "related content", "read more", "read next", "more from", "recommended", "trending",
  "most read", "most popular", "top stories", "subscribe", "sign up", "sign in", "log in", "newsletter",
  "skip to content", "skip to main content", "back to top", "loading...", "listen to this article",
  "comments", "leave a comment", "view comments", "show comments", "report an error", "continue reading",
  "click to expand", "image", "photo", "video", "gallery", "see all", "menu", "search", "home",
  // image agency lines standing alone (a credit with no caption text)
  "getty images", "getty", "afp", "afp via getty images", "ap photo", "reuters photo", "shutterstock", "istock",
  "file photo", "photo illustration"
]

/** Chrome, header dates and bylines are short lines; longer blocks are not tested against them. */
export const FURNITURE_MAX_CHARS = 120

/** Whole-line patterns of page furniture. */
export const CHROME_PATTERNS: ReadonlyArray<RegExp> = [
  // share / comment / view counters: " 0  15", "1.2K", "15 shares", "3 comments"
  /^[\d\s.,+kKmM]*\d[\d\s.,+kKmM]*(?:\s*(?:shares?|comments?|views?|likes?|reactions?|reads?))?$/u,
  /^(?:shares?|comments?|views?|likes?)\s*:?\s*[\d.,]+[kKmM]?$/iu,
  // reading time
  /^\d+\s*(?:min(?:ute)?s?)\.?\s*read$/iu,
  // markdown images and bare links
  /^!\[[^\]]*\]\([^)]*\)$/u,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  // "Tags: migration, Mexico"
  /^(?:tags?|topics?|filed under)\s*:/iu
]

// ---------------------------------------------------------------------------------------------------
// Page header: the date line a web page prints above or below its title

/** Date (and time) lines such as "Dec 27, 2023 - 10:30", "Published: 27 December 2023", "2023-12-27 10:30". */
export const HEADER_DATE_PATTERNS: ReadonlyArray<RegExp> = [
  new RegExp(
    `^(?:(?:published|updated|posted|last updated|first published)(?:\\s+on)?\\s*:?\\s*)?` +
      `(?:${weekdayWord},?\\s+)?` +
      `(?:${monthWord}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${monthWord},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
      `(?:\\s*(?:[-–—|,•·]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?$`,
    "iu"
  )
]

// ---------------------------------------------------------------------------------------------------
// Photo captions

/** Agencies and credit words that sign a photo: "REUTERS/Name", "(AP Photo/Name)", "Name/Getty Images". */
export const PHOTO_AGENCIES: ReadonlyArray<string> = [
  "REUTERS", "Reuters", "AFP", "AP", "AP Photo", "EPA", "EPA-EFE", "EFE", "Xinhua", "XINHUA", "Getty Images",
  "Getty", "Bloomberg", "ANSA", "dpa", "DPA", "Anadolu", "Anadolu Agency", "NurPhoto", "SOPA Images", "Sipa",
  "Shutterstock", "Alamy", "UPI", "Pool", "POOL", "TASS", "Sputnik", "Kyodo", "Yonhap", "AAP", "PA", "PA Images",
  "Photo", "Photograph", "Courtesy"
]

/** Lowercase particles that may stand inside a person's name ("Luis de la Cruz"). */
export const NAME_PARTICLES: ReadonlyArray<string> = ["de", "da", "del", "della", "der", "van", "von", "la", "le", "di", "du", "dos", "bin", "al", "el", "ibn"]

const nameWord = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`
const personName = `${nameWord}(?:\\s+(?:(?:${NAME_PARTICLES.join("|")})\\s+)*${nameWord}){0,4}`

const agency = `(?:${alternation(PHOTO_AGENCIES)})`
/** a photographer's name: capitalised words, so "an AP/NORC poll" at a paragraph's end is no credit */
const creditName = personName

/**
 * A photo credit closing a caption: "... 2018. REUTERS/Alkis Konstantinidis", "REUTERS/Name/File Photo",
 * "(Xinhua/REUTERS)", "(AP Photo/Evan Vucci)", "(Photo by John Moore/Getty Images)", "Photo: AFP".
 */
export const CAPTION_CREDIT_PATTERNS: ReadonlyArray<RegExp> = [
  new RegExp(`(?:^|[\\s.,;:])${agency}\\s*/\\s*${creditName}(?:\\s*/\\s*File(?: Photo)?)?\\s*$`, "u"),
  new RegExp(`\\(${agency}\\s*/\\s*[^()]+\\)\\s*$`, "u"),
  new RegExp(`\\((?:${agency}\\s+)?(?:Photo|Photograph|Image)(?:\\s+by\\s+|\\s*:\\s*|\\s*/\\s*)[^()]+\\)\\s*$`, "iu"),
  new RegExp(`(?:^|[\\s.,;])(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture)(?:\\s+[Cc]redit)?\\s*:\\s*${creditName}\\s*$`, "u"),
  new RegExp(`(?:^|[\\s.,;])${creditName}/\\s*(?:Getty Images|AFP via Getty Images|Shutterstock|Alamy)\\s*$`, "u")
]

/** Caption openers: a caption even without a credit at its end. */
export const CAPTION_LEAD_PATTERNS: ReadonlyArray<RegExp> = [
  /^FILE PHOTO\s*[:–—-]/u,
  /^(?:Photo|Caption|Image|Pictured)\s*:/iu
]

/** A caption states its scene; a line that is only a credit ("REUTERS/Name") has at most this many words. */
export const CREDIT_ONLY_MAX_WORDS = 5

/** Credits and caption openers are looked for in this many characters at the block's end / start. */
export const CAPTION_SCAN_CHARS = 200

// ---------------------------------------------------------------------------------------------------
// Credit lines: who reported, wrote and edited the story ("(Reporting by ...; Editing by ...)")

/** A credit line not set in brackets is short: longer, "Reporting by ..." opens a sentence of the story. */
export const CREDIT_UNBRACKETED_MAX_WORDS = 30

export const CREDIT_LINE_PATTERNS: ReadonlyArray<RegExp> = [
  /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated|translation|research|graphics|production|produced|reported|written|fact-checked|contributing reporting|additional reporting)(?:\s+and\s+\w+)?\s+by\s/iu,
  /^[([]?\s*(?:contributing|contributors?|with files from|with reporting from)\s*:?\s+\p{Lu}/iu,
  /^[([]?\s*(?:©|copyright)\s/iu
]

// ---------------------------------------------------------------------------------------------------
// Bylines

/**
 * "By Christine Murray", "By Susan Heavey and Anthony Esposito", "By A, B and C", "BY JANE DOE | Reuters".
 * Group 1: the names. Anything after a bar, dash or comma-plus-outlet is left out of the names.
 */
export const BYLINE_PATTERN = new RegExp(
  `^(?:By|BY|Written by|Story by|Words by)\\s+(${personName}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${personName})*)` +
    `\\s*(?:[|–—]\\s*.*|-\\s+.*)?$`,
  "u"
)

/**
 * An outlet or role after the names ("By Jane Doe, Associated Press", "By John Smith, Reuters staff"):
 * left out of the byline's names.
 */
export const BYLINE_AFFILIATION = /^(?:The\s|Associated Press$|AP$|AFP$|Reuters|Bloomberg|Xinhua|CNN|BBC|NPR|VOA|Al Jazeera)|\b(?:News|Press|Times|Post|Journal|Herald|Tribune|Agency|Staff|Correspondent|Reporter|Writer|Editor|Foundation|Magazine|Wire|Service)\b/u

/** Words that may follow "By" but show the line is prose ("By Sunday evening, hundreds ..."). */
export const BYLINE_FALSE_STARTS: ReadonlyArray<string> = [...WEEKDAYS, ...MONTHS, "Then", "Now", "Dawn", "Nightfall", "Noon", "Midnight"]

// ---------------------------------------------------------------------------------------------------
// Datelines: "TIJUANA, Mexico (Reuters) –", "UNITED NATIONS, Oct. 22 (Xinhua) --", "WASHINGTON —"

const capsPlace = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu}\.?`
const dateInDateline = `${monthWord}\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+${monthWord}(?:\\s+\\d{4})?`
const regionWord = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`
const region = `,\\s+(?!(?:${dateInDateline})\\b)${regionWord}(?:\\s+${regionWord}){0,2}`
const placeSegment = `${capsPlace}(?:${region})?`

/**
 * The opening words of a story's first paragraph. Groups: place, date, publisher, dash.
 * The dash (hyphen, en or em dash, or "--") ends the dateline and is part of it.
 */
export const DATELINE_PATTERN = new RegExp(
  `^(${placeSegment}(?:\\s*/\\s*${placeSegment})*)` +
    `(?:,\\s+(${dateInDateline}))?` +
    `(?:\\s*\\(([^()]{2,60})\\))?` +
    `\\s*(--|[–—‒-])(?=\\s)`,
  "u"
)

/** A dateline is looked for in this many characters at a paragraph's start. */
export const DATELINE_SCAN_CHARS = 200

/** Without an outlet or a date, a dateline needs a place at least this long ("LONDON —", not "IOM –"). */
export const DATELINE_BARE_PLACE_MIN_LETTERS = 4

// ---------------------------------------------------------------------------------------------------
// Headlines, standfirsts, section headings

/** Markdown ATX heading marker ("# Title", "## Section"): group 1 is the level. */
export const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/u

export const HEADLINE_MAX_WORDS = 25
export const HEADLINE_MAX_CHARS = 220
/** A standfirst under the headline is a sentence or two, not a paragraph of reporting. */
export const SUBHEADLINE_MAX_WORDS = 45
/** Section headings inside a story ("OPPOSITION", "BLISTERING HEAT") are short. */
export const SECTION_MAX_WORDS = 10

/** A title does not end like a sentence of prose or a clause. */
export const TITLE_BAD_ENDINGS = /(?:[.,;:]|[.,;:!?]['"”’)»])$/u

/** A title starts like one: a capital, a digit, or an opening quote or bracket before one. */
export const TITLE_START = /^['"‘“«([]?[\p{Lu}\d$€£]/u

// ---------------------------------------------------------------------------------------------------
// Paragraphs

/**
 * Hard-wrapped plain text (lines filled to a fixed width, paragraphs separated by blank lines) has its
 * lines joined back into paragraphs. A document counts as hard-wrapped when its longest line is at most
 * HARD_WRAP_MAX_WIDTH characters and most lines that continue a paragraph follow a line filled to at
 * least HARD_WRAP_FILL of that width; only lines so filled are joined to the next, so a short headline
 * over its first paragraph stays a line of its own.
 */
export const HARD_WRAP_MAX_WIDTH = 100
export const HARD_WRAP_FILL = 0.6

/** Lines that stand alone even inside a hard-wrapped paragraph: list items, quotes, tables. */
export const STANDALONE_LINE = /^(?:[-*•+]\s|\d{1,3}[.)]\s|>|\|)/u

// ---------------------------------------------------------------------------------------------------
// Sentence mending (pipeline/Nlp.ts): wink-nlp's sentence faults

/**
 * Abbreviations (without their final period) that never end a sentence: a sentence break that wink
 * puts after them is undone. Case-sensitive.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlyArray<string> = [
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Maj",
  "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Insp", "Supt", "Det", "Rev", "Fr", "Hon", "Pres", "Atty", "Amb",
  "Sec", "Secs", "St", "Ste", "Mt", "Ft", "vs", "v", "e.g", "i.e", "cf", "approx", "est", "ca", "Messrs"
]

/** Abbreviations that do not end a sentence when a number follows ("Oct. 22", "No. 2", "June. 10"). */
export const BEFORE_NUMBER_ABBREVIATIONS: ReadonlyArray<string> = [
  ...MONTH_ABBREVIATIONS, ...MONTHS, "No", "Nos", "Nr", "Vol", "Vols", "pp", "p", "Fig", "Figs", "Art", "Ch", "Para", "Sect",
  "Ex", "Op", "Ref", "Tel"
]

/**
 * Abbreviations that may end a sentence or sit inside one ("the U.S. border" / "entering the U.S.
 * Millman said"). wink keeps them inside; a break is added after them only when the next word clearly
 * starts a sentence (see SENTENCE_STARTERS and the name-plus-speech-verb rule). Dotted acronyms such as
 * "U.S.", "U.N.", "D.C.", "a.m." are recognised by shape; these are the others.
 */
export const MAY_END_ABBREVIATIONS: ReadonlyArray<string> = ["Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "etc", "Ave", "Blvd", "Rd"]

/** Capitalised words that begin sentences and almost never continue a name after "U.S." or "a.m.". */
export const SENTENCE_STARTERS: ReadonlyArray<string> = [
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
  "This", "That", "These", "Those", "There", "Here", "But", "And", "Yet", "So", "Or", "Nor", "However", "Meanwhile",
  "Still", "In", "On", "At", "For", "After", "Before", "When", "While", "Since", "Although", "Though", "If", "As",
  "Last", "Some", "Many", "Most", "Others", "Authorities", "According", "Earlier", "Later", "Then",
  "Now", "Today", "Yesterday", "Asked", "Despite", "During", "Under", "From", "With", "Without", "By", "More",
  "About", "Nearly", "Almost", "Only", "Even", "Also", "Both", "Each", "Every", "No", "Not", "What", "Why", "How",
  "Who", "Where", "Mr.", "Mrs.", "Ms.", "Dr."
]

/** Speech verbs that follow a name opening a sentence ("... the U.S. Millman said ..."). */
export const SENTENCE_OPENING_SPEECH_VERBS: ReadonlyArray<string> = [
  "said", "says", "told", "added", "noted", "stated", "argued", "explained", "warned", "claimed", "insisted", "wrote",
  "tweeted", "estimated", "reported", "reports", "announced", "replied", "asked"
]

/**
 * Capitalised words that continue a name after an abbreviation ("U.S. Army said", "U.S. Border Patrol
 * said"): a following speech verb does not make them the start of a new sentence.
 */
export const NAME_CONTINUATIONS: ReadonlyArray<string> = [
  "Army", "Navy", "Air", "Force", "Marines", "Marine", "Coast", "Guard", "National", "Senate", "House", "Congress",
  "Government", "Embassy", "Consulate", "Mission", "Department", "Dept", "Ministry", "Agency", "Administration",
  "Treasury", "State", "Justice", "Defense", "Commerce", "Labor", "Homeland", "Interior", "Energy", "Health",
  "Education", "Customs", "Border", "Immigration", "Citizenship", "Census", "Bureau", "Federal", "Central",
  "Southern", "Northern", "Command", "Military", "Pentagon", "Court", "Supreme", "Attorney",
  "Ambassador", "President", "Secretary", "Envoy", "Representative", "Trade", "Chamber", "Geological", "Survey",
  "Postal", "Service", "Secret", "Marshals", "Mint", "Office", "Council", "Commission", "Authority", "Police",
  "Officials", "Official", "Spokesman", "Spokeswoman", "Spokesperson", "Open", "Economy", "Economic", "Dollar",
  "Treasuries", "Stocks", "Shares", "Markets", "Troops", "Soldiers", "Forces", "Intelligence", "Cyber", "Space",
  "Patent", "Food", "Drug", "Fish", "Wildlife", "Forest", "Park", "Parks", "Public", "Capitol", "Capital", "Steel",
  "Steelworkers", "Bishops", "Catholic", "Conference", "Olympic", "Soccer", "Women", "Men", "Team"
]
