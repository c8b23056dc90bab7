/**
 * The day a figure describes the world (`event_date`). Policy, first that applies:
 * 1. No date for fixed facts (distances, heights) and for threats, plans, forecasts and hypotheses: a
 *    word of rules/datePolicy.ts UNREALISED_MARKERS in the figure's clause.
 * 2. A photo caption's own date dates the figures in that caption.
 * 3. A day expression in the figure's clause (the chunk between commas or quotes that holds it):
 *    "5,300 migrants in Mapastepec on Wednesday night", "said on Wednesday the caravan is ... 10,000".
 * 4. A day expression that opens the sentence as an adverbial ("On Tuesday, thousands of migrants ...",
 *    "By dawn on Monday, 15 of 26 lanes ...") dates the whole sentence.
 *    3b. A figure in a participle clause ("struck on Tuesday, killing at least 312 people") takes the day
 *    of the clause it hangs on.
 *    In 3 and 4, a time away from the story's ("a year ago", "Last month,") ends the search: the figure
 *    is placed in time, but not on a day. A period ("in February") does not: see `timeIn`.
 * 5. A day expression in the clause of the cue that attributes the figure in the same sentence
 *    ("..., a UN spokesman said on Monday").
 * 6. "now" or "currently" anywhere in the sentence: the published date ("A larger group ..., estimated to
 *    number between 3,500 and 7,000, who ... are now in southern Mexico").
 * 7. The day the figure's source spoke, when the article gives exactly one day for all that source's
 *    cues ("The spokesman noted that 7,233 ..." -> the Monday on which Haq spoke).
 * 8. A time of day with no day of its own continues the scene of the last day the story named just
 *    before ("... as dusk fell on Monday." / "Just before dusk, three thin people ...").
 * Otherwise none. Weekdays resolve to the most recent such day on or before the published date, or to
 * the nearest such day when that date is only a photo caption's (the story may follow the photo).
 */
import type { ArticleSegment, QuantityMention, Sentence } from "../model.ts"
import type { ArticleAttribution, MentionAttribution } from "../attribution/attribute.ts"
import { sourceKey } from "../attribution/classify.ts"
import { chunkAround, isSeparator, wordAt, type Word } from "../attribution/words.ts"
import { PREPOSITIONAL_PARTICIPLES, SCENE_LOOKBACK_SENTENCES, SCENE_TIMES, UNREALISED_MARKERS } from "../rules/datePolicy.ts"
import type { IsoDate } from "./calendar.ts"
import { dayExpressions, namesThePresent, resolveDay, type Span } from "./expressions.ts"
import { isFixedFact } from "./fixedFacts.ts"
import { captionDate } from "./published.ts"

const unrealised = new Set(UNREALISED_MARKERS)
const prepositionalParticiples = new Set(PREPOSITIONAL_PARTICIPLES)

export interface DatingContext {
  readonly text: string
  readonly article: ArticleSegment
  readonly analysis: ArticleAttribution
  readonly published: IsoDate | null
  /** `published` is a photo's date of the scene (basis caption), not an upper bound of the story's days */
  readonly sceneDate: boolean
  /** all figures of the article, blanked out before date parsing */
  readonly masks: ReadonlyArray<Span>
}

/** Words of the chunk around word `i`. */
const chunkWords = (words: ReadonlyArray<Word>, i: number): ReadonlyArray<Word> => {
  const [from, to] = chunkAround(words, i)
  return words.slice(from, to + 1)
}

const spanOf = (words: ReadonlyArray<Word>): Span | null =>
  words.length === 0 ? null : { start: words[0]!.start, end: words[words.length - 1]!.end }

/** The first day an expression in `span` names, or null. */
const dayIn = (ctx: DatingContext, span: Span | null): IsoDate | null => {
  const time = timeIn(ctx, span)
  return time === "not-a-day" ? null : time
}

/**
 * The time a stretch of text gives: the first day it names; "not-a-day" when it names a time away from
 * the story's ("a year ago", "last month", "a day earlier") or a day that cannot be placed; null when it
 * names no day. A period ("in February", "this year") is neither: a figure for February reported on
 * Friday is still dated by the report.
 */
const timeIn = (ctx: DatingContext, span: Span | null): IsoDate | "not-a-day" | null => {
  if (!span) return null
  let away = false
  for (const e of dayExpressions(ctx.text, span.start, span.end, ctx.masks, ctx.published)) {
    const day = resolveDay(e, ctx.published, ctx.sceneDate)
    if (day) return day
    if (e.kind !== "span" || e.offset) away = true
  }
  return away ? "not-a-day" : null
}

/** The clause before the figure's when the figure's clause opens with a participle (`, killing ...`). */
const participleHost = (words: ReadonlyArray<Word>, i: number): ReadonlyArray<Word> | null => {
  const [from] = chunkAround(words, i)
  const opener = words[from]
  if (from < 2 || !opener || opener.pos !== "VERB" || !/ing$/u.test(opener.text)) return null
  if (prepositionalParticiples.has(opener.text.toLowerCase())) return null
  return chunkWords(words, from - 2)
}

/** "On Tuesday, ..." / "By dawn on Monday, ...": an opening chunk with no verb of its own. */
const openingAdverbial = (words: ReadonlyArray<Word>): Span | null => {
  const firstSeparator = words.findIndex((w) => isSeparator(w))
  if (firstSeparator <= 0 || words[firstSeparator]!.text !== ",") return null
  const opening = words.slice(0, firstSeparator)
  if (opening.some((w) => w.pos === "VERB" || w.pos === "AUX")) return null
  return spanOf(opening)
}

const sourceDays = new WeakMap<ArticleAttribution, Map<string, ReadonlySet<IsoDate>>>()

/** For each source of the article, the days its cues' clauses name. */
const daysBySource = (ctx: DatingContext): Map<string, ReadonlySet<IsoDate>> => {
  const cached = sourceDays.get(ctx.analysis)
  if (cached) return cached
  const days = new Map<string, Set<IsoDate>>()
  ctx.analysis.cues.forEach((list, s) => {
    const words = ctx.analysis.sentences[s]!.words
    for (const c of list) {
      if (!c.source || c.source.type === "publisher") continue
      const key = sourceKey(c.source)
      const set = days.get(key) ?? new Set<IsoDate>()
      const day = dayIn(ctx, spanOf(chunkWords(words, c.match.first)))
      if (day) set.add(day)
      days.set(key, set)
    }
  })
  sourceDays.set(ctx.analysis, days)
  return days
}

export const eventDate = (ctx: DatingContext, mention: QuantityMention, attributed: MentionAttribution): IsoDate | null => {
  const sw = ctx.analysis.sentences[mention.sentence]
  if (!sw) return null
  const sentence: Sentence = sw.sentence
  const words = sw.words
  const p = wordAt(words, mention.start, mention.end)
  if (p < 0) return null

  // 1. fixed facts, threats, plans and hypotheses
  if (isFixedFact(mention)) return null
  const clause = chunkWords(words, p)
  if (clause.some((w) => unrealised.has(w.text.replace(/’/gu, "'")))) return null

  // 2. a caption's own date
  if (sentence.kind === "caption") {
    const block = ctx.article.blocks[sentence.block]
    const own = block ? captionDate(ctx.text, block) : null
    if (own) return own
  }

  // 3. the figure's clause; 4. the sentence's opening adverbial. A time there that is no one day
  // ("up from 22 pesos a year ago", "Last month, thousands ...") leaves the figure undated.
  const inClause = timeIn(ctx, spanOf(clause))
  if (inClause !== null) return inClause === "not-a-day" ? null : inClause
  // 3b. a participle clause ("struck on Tuesday, killing at least 312 people") has the time of the
  // clause it hangs on
  const hostClause = participleHost(words, p)
  if (hostClause) {
    const inHost = timeIn(ctx, spanOf(hostClause))
    if (inHost !== null) return inHost === "not-a-day" ? null : inHost
  }
  const opening = timeIn(ctx, openingAdverbial(words))
  if (opening !== null) return opening === "not-a-day" ? null : opening

  // 5. the clause of the attributing cue in the same sentence
  if (attributed.cue && attributed.cue.sentence === mention.sentence) {
    const cue = ctx.analysis.cues[mention.sentence]?.[attributed.cue.cue]
    if (cue) {
      const day = dayIn(ctx, spanOf(chunkWords(words, cue.match.first)))
      if (day) return day
    }
  }

  // 6. "now", "currently" anywhere in the sentence: the published date
  if (ctx.published && namesThePresent(ctx.text.slice(sentence.start, sentence.end))) return ctx.published

  // 7. the one day the source spoke
  if (attributed.sourceKey) {
    const days = daysBySource(ctx).get(attributed.sourceKey)
    if (days && days.size === 1) return [...days][0]!
  }

  // 8. a time of day that continues the scene of the last day named ("Just before dusk, ...")
  const sentenceText = ctx.text.slice(sentence.start, sentence.end)
  if (sentence.kind === "body" && SCENE_TIMES.some((p) => p.test(sentenceText))) return lastDayBefore(ctx, mention.sentence)
  return null
}

/** The last day named in the body sentences just before sentence `index` (SCENE_LOOKBACK_SENTENCES of them). */
const lastDayBefore = (ctx: DatingContext, index: number): IsoDate | null => {
  let looked = 0
  for (let s = index - 1; s >= 0 && looked < SCENE_LOOKBACK_SENTENCES; s--) {
    const sentence = ctx.analysis.sentences[s]!.sentence
    if (sentence.kind !== "body") continue
    looked++
    const found = dayExpressions(ctx.text, sentence.start, sentence.end, ctx.masks, ctx.published)
    for (let k = found.length - 1; k >= 0; k--) {
      const day = resolveDay(found[k]!, ctx.published, ctx.sceneDate)
      if (day) return day
    }
  }
  return null
}
