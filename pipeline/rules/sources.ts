/**
 * What kind of source a noun phrase names: roles and titles, anonymous officials, organisations, news
 * media, and the outlet's own voice. Read by pipeline/attribution/ and pipeline/dating/published.ts.
 * All word lists are compared lower-cased; multi-word entries are matched as token sequences.
 */

/**
 * Roles and titles of people ("IOM spokesman Joel Millman", "Foreign Minister Marcelo Ebrard", "Farhan
 * Haq, Guterres' deputy spokesman"). A role word before a name marks it as a person's name; an unnamed
 * role phrase ("a UN spokesman") is resolved to the one named person in the article with that role.
 */
export const ROLE_WORDS: ReadonlyArray<string> = [
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons", "minister", "secretary",
  "secretary-general", "undersecretary", "director", "director-general", "president", "vice", "chairman",
  "chairwoman", "chair", "chief", "head", "coordinator", "representative", "envoy", "ambassador", "governor",
  "mayor", "senator", "sen.", "congressman", "congresswoman", "lawmaker", "commissioner", "commander", "general",
  "adviser", "advisor", "aide", "deputy", "manager", "executive", "ceo", "founder", "co-founder", "leader",
  "activist", "volunteer", "official", "officer", "analyst", "economist", "researcher", "professor", "lawyer",
  "attorney", "judge", "prosecutor", "priest", "bishop", "pastor", "doctor", "nurse", "organizer", "organiser",
  "member", "agent", "inspector", "superintendent", "sheriff", "chancellor", "premier", "king", "queen", "prince",
  "pope", "speaker", "strategist", "consultant", "expert", "correspondent", "editor", "worker"
]

/** Words of time: a phrase made of them ("last week") is never a source. */
export const TIME_WORDS: ReadonlyArray<string> = [
  "week", "weeks", "month", "months", "year", "years", "day", "days", "night", "morning", "afternoon", "evening",
  "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "last", "next", "this", "earlier", "later", "weekend", "hour", "hours"
]

/**
 * Role nouns whose holders speak for an institution without a name: anonymous officials ("a U.S.
 * official", "local officials", "first responders"). A spokesperson speaks on the record: unnamed and
 * not resolved to a named one, "a UN spokesman" is a `person`.
 */
export const OFFICIAL_ROLE_WORDS: ReadonlyArray<string> = [
  "official", "officials", "authorities", "authority", "source", "sources", "responders", "diplomat", "diplomats",
  "aide", "aides", "officer", "officers", "agent", "agents", "administrator", "administrators"
]

/**
 * Documents given as a source ("a survey by the National Federation of Independent Business", "a Gallup
 * poll", "police estimates"): the source is the organisation that made them.
 */
export const DOCUMENT_WORDS: ReadonlyArray<string> = [
  "survey", "surveys", "poll", "polls", "report", "study", "studies", "estimate", "estimates", "data", "figures",
  "census", "analysis", "notice", "statement", "tally", "count", "statistics", "research", "projections", "forecast"
]

/**
 * Heads of noun phrases that name an organisation ("Mexico's interior ministry", "Guatemala's
 * government", "a medical charity", "The U.N. migration agency", "A Chiapas church group").
 */
export const ORGANIZATION_WORDS: ReadonlyArray<string> = [
  "ministry", "department", "dept", "agency", "government", "administration", "organization", "organisation",
  "office", "commission", "council", "committee", "group", "charity", "foundation", "association", "union",
  "institute", "institution", "bureau", "service", "services", "patrol", "police", "military", "army", "navy",
  "court", "congress", "senate", "parliament", "embassy", "consulate", "coalition", "party", "church", "network",
  "ngo", "company", "corporation", "bank", "fund", "alliance", "federation", "program", "programme", "center",
  "centre", "authority", "secretariat", "mission", "caravan", "campaign", "board", "guard", "protection",
  "nations", "red cross", "red crescent", "pentagon", "white house", "kremlin", "state department", "cabinet",
  "team", "university", "hospital", "clinic", "shelter", "movement", "initiative", "project"
]

/** Organisations named without an organisation word ("UNICEF said", "a Red Cross volunteer"). */
export const KNOWN_ORGANIZATIONS: ReadonlyArray<string> = [
  "Red Cross", "Red Crescent", "Pentagon", "White House", "Kremlin", "Congress", "Amnesty International",
  "Human Rights Watch", "Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières",
  "Pueblo Sin Fronteras", "Pueblos Sin Fronteras", "UNICEF", "UNHCR", "IOM", "MSF", "Fitch", "Moody's",
  "Standard & Poor's", "World Bank", "International Monetary Fund", "European Union", "NATO", "OPEC"
]

/**
 * Acronyms that articles use without defining them. Acronyms an article defines itself ("The
 * International Organization for Migration (IOM)") are read from the article and win over these.
 */
export const WELL_KNOWN_ACRONYMS: Readonly<Record<string, string>> = {
  "UN": "United Nations",
  "U.N.": "United Nations",
  "EU": "European Union",
  "E.U.": "European Union",
  "IMF": "International Monetary Fund",
  "WHO": "World Health Organization"
}

/** Country abbreviations: "U.S. President Donald Trump" names a country, not an organisation. */
export const COUNTRY_ABBREVIATIONS: ReadonlyArray<string> = ["u.s.", "us", "usa", "u.s.a.", "uk", "u.k.", "uae", "u.a.e."]

/**
 * Nationality words that stand before names ("Honduran Henry Adalid", "Venezuelan President Nicolas
 * Maduro"): never part of the name.
 */
export const DEMONYMS: ReadonlyArray<string> = [
  "american", "mexican", "honduran", "hondurans", "salvadoran", "salvadorans", "guatemalan", "guatemalans",
  "venezuelan", "venezuelans", "nicaraguan", "cuban", "haitian", "colombian", "panamanian", "costa rican",
  "canadian", "brazilian", "argentine", "chilean", "peruvian", "ecuadorian", "bolivian", "spanish", "british",
  "french", "german", "italian", "russian", "ukrainian", "chinese", "japanese", "korean", "indian", "pakistani",
  "afghan", "iranian", "iraqi", "syrian", "turkish", "israeli", "palestinian", "egyptian", "nigerian", "african",
  "european", "asian", "latin", "central american"
]

/** Nouns for people in an apposition ("Karen Mayeni, a 29-year-old Honduran,", "Maria Gomez, a Mexican woman"). */
export const PERSON_NOUNS: ReadonlyArray<string> = [
  "man", "woman", "mother", "father", "son", "daughter", "resident", "migrant", "asylum-seeker", "refugee",
  "farmer", "student", "teacher", "driver", "witness", "survivor", "victim", "citizen", "husband", "wife",
  "grandmother", "grandfather", "boy", "girl", "teenager", "native", "veteran", "owner", "shopkeeper", "vendor"
]

/** Unnamed people as a source ("witnesses said", "one migrant said"): source type `person`. */
export const PEOPLE_WORDS: ReadonlyArray<string> = [
  "witnesses", "witness", "residents", "resident", "migrants", "migrant", "people", "survivors", "relatives",
  "families", "neighbors", "neighbours", "locals", "protesters", "organizers", "organisers", "volunteers",
  "activists", "leaders", "patients", "workers", "members", "passengers", "villagers"
]

/** News outlets as a cited source ("according to TIME Magazine", "NBC News reports"). */
export const MEDIA_OUTLETS: ReadonlyArray<string> = [
  "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Xinhua", "EFE", "Bloomberg", "NBC", "NBC News",
  "CBS", "CBS News", "ABC", "ABC News", "CNN", "Fox News", "MSNBC", "NPR", "PBS", "BBC", "VOA", "Voice of America",
  "Al Jazeera", "TIME", "TIME Magazine", "Time magazine", "Newsweek", "The New York Times", "New York Times",
  "The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal", "Los Angeles Times",
  "USA Today", "The Guardian", "Guardian", "Politico", "Axios", "The Hill", "Univision", "Telemundo", "Televisa",
  "El Universal", "Milenio", "Reforma", "La Jornada", "El Pais", "El País", "Arizona Central", "AZ Central",
  "azcentral", "Arizona Republic", "San Diego Union-Tribune", "Texas Tribune", "Breitbart", "Vox", "BuzzFeed News",
  "HuffPost", "Daily Mail", "The Times", "Financial Times", "The Economist", "Thomson Reuters Foundation"
]

/** Heads that make a noun phrase a media source ("Some media", "Published reports", "local newspapers"). */
export const MEDIA_WORDS: ReadonlyArray<string> = [
  "media", "newspaper", "newspapers", "magazine", "outlet", "outlets", "broadcaster", "broadcasters", "television",
  "tv", "radio", "daily", "tabloid", "reports", "press", "news"
]

/** Words after the outlet's own name that make it the outlet speaking ("Reuters reporters observed"). */
export const OWN_STAFF_WORDS: ReadonlyArray<string> = [
  "reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents", "witness", "witnesses",
  "photographer", "photographers", "tally", "count", "calculations", "analysis"
]

/** Personal pronouns a source may be given by, and the kind of earlier source each refers to. */
export const SOURCE_PRONOUNS: Readonly<Record<string, "person" | "group" | "thing">> = {
  he: "person",
  she: "person",
  they: "group",
  we: "group",
  it: "thing",
  i: "person"
}

/**
 * Credit lines that name the outlet when no dateline does. Checked in order; the first that matches a
 * credit block of the article gives the publisher. `needsEvidence` asks for the outlet's name somewhere
 * in the document (a "(Reuters)" dateline or a "REUTERS/" photo credit), since "(Reporting by ...)" is
 * Reuters house style but not its signature.
 */
export const PUBLISHER_CREDITS: ReadonlyArray<{ readonly pattern: RegExp; readonly publisher: string; readonly needsEvidence?: RegExp }> = [
  { pattern: /Thomson Reuters Foundation/u, publisher: "Thomson Reuters Foundation" },
  { pattern: /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/iu, publisher: "Reuters", needsEvidence: /\(Reuters\)|\bREUTERS\/|\bReuters\b/u },
  { pattern: /\bXinhua\b/u, publisher: "Xinhua" }
]
