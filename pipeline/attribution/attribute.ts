/**
 * Attribution of figures: for each figure, the cue that covers it and the source that cue names.
 *
 * Rules, in order:
 * 1. A cue in the figure's own sentence whose coverage holds it: the complement of "X said (that) ...",
 *    the clause before a set-off reporting clause ("..., a UN spokesman said on Monday", "“...,” he
 *    said", "..., said Haq"), either side of "according to X". The nearest such cue wins. A figure
 *    inside the source phrase itself ("the two leaders said") is not attributed to it.
 *    The complement of a verb ends where the writer takes over again (", where ...", ", but ..."), and a
 *    distance set off by commas inside it (", around 30 miles north of the border,") is the writer's aside.
 *    A figure right before the subject is the verb's object ("the 0.3% economists had forecast").
 * 2. A figure inside a quotation with no cue in its sentence takes the cue of the next sentence of the
 *    paragraph, else the previous one; a paragraph that is all quotation continues the speaker of the
 *    paragraph before it.
 * 3. Otherwise the outlet states the figure itself: source type `publisher`. A figure in the subject of
 *    a speech verb ("18 of 41 patients ... told MSF they had been kidnapped") is testimony the outlet
 *    reports, so it stays the outlet's.
 * Sources are resolved in reading order, so "he" and "the spokesman" refer back to earlier speakers.
 */
import type { ArticleSegment, Attribution, QuantityMention, SegmentedDocument } from "../model.ts"
import { classifyPhrase, Discourse, PUBLISHER_SOURCE, type ResolvedSource, sourceKey } from "./classify.ts"
import { type CueMatch, findCues, type WordRange } from "./cues.ts"
import { buildRegister, type Register } from "./register.ts"
import { isFixedFact } from "../dating/fixedFacts.ts"
import { chunkAround, isSeparator, sentenceWords, type SentenceWords, wordAt } from "./words.ts"

export interface ResolvedCue {
  readonly match: CueMatch
  readonly source: ResolvedSource | null
}

export interface ArticleAttribution {
  readonly article: ArticleSegment
  readonly sentences: ReadonlyArray<SentenceWords>
  /** per sentence, its cues in order */
  readonly cues: ReadonlyArray<ReadonlyArray<ResolvedCue>>
  readonly register: Register
}

/** Where an attribution came from, for the Dater ("the day this source spoke"). */
export interface CueRef {
  readonly sentence: number
  readonly cue: number
}

export interface MentionAttribution {
  readonly attribution: Attribution
  readonly cue: CueRef | null
  /** identity of the source inside the article (null for the publisher) */
  readonly sourceKey: string | null
}

const toAttribution = (source: ResolvedSource, cue: string | null): Attribution =>
  source.type === "publisher"
    ? { name: null, org: null, type: "publisher", cue: null }
    : {
      name: source.name,
      // an organisation, or another outlet, is its own organisation
      org: source.type === "organization" || source.type === "cited_media" ? source.name : source.org,
      type: source.type,
      cue
    }

const ATTRIBUTING_KINDS = new Set(["body", "caption", "subheadline"])

const PUBLISHER: MentionAttribution = { attribution: toAttribution(PUBLISHER_SOURCE, null), cue: null, sourceKey: null }

/** The subject of the sentence's first clause, for "..., saying" with no earlier cue. */
const clauseSubject = (sw: SentenceWords): WordRange | null => {
  const words = sw.words
  let to = -1
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.pos === "VERB" || w.pos === "AUX") break
    if (isSeparator(w)) return null
    to = i
  }
  return to >= 0 ? { from: 0, to } : null
}

/** Reads an article's cues and resolves each to a source, in reading order. */
export const analyseArticle = (text: string, article: ArticleSegment, publisher: string | null): ArticleAttribution => {
  const sentences = article.sentences.map((s) => sentenceWords(article, s))
  const register = buildRegister(text, sentences, text.slice(article.start, article.end))
  const discourse = new Discourse()
  const cues: Array<ReadonlyArray<ResolvedCue>> = []
  for (const sw of sentences) {
    const ctx = { text, words: sw.words, register, discourse, publisher }
    const resolved: Array<ResolvedCue> = []
    // headlines ("..., charity says"), datelines and credits attribute nothing in the body
    const matches = ATTRIBUTING_KINDS.has(sw.sentence.kind) ? findCues(sw, text) : []
    for (const match of matches) {
      let source: ResolvedSource | null = null
      if (match.source) source = classifyPhrase(ctx, match.source)
      else if (match.cue.kind === "participle") {
        const before = resolved[resolved.length - 1]?.source
        const subject = before ? null : clauseSubject(sw)
        source = before ?? (subject ? classifyPhrase(ctx, { head: subject, appositions: [], anonymous: false }) : null)
      }
      if (source) discourse.spoke(source)
      resolved.push({ match, source })
    }
    cues.push(resolved)
  }
  return { article, sentences, cues, register }
}

/** The word sits in a chunk set off by commas on both sides, with no verb of its own. */
const isAside = (sw: SentenceWords, p: number): boolean => {
  const [from, to] = chunkAround(sw.words, p)
  const before = sw.words[from - 1]
  const after = sw.words[to + 1]
  if (before?.text !== "," || after?.text !== ",") return false
  return !sw.words.slice(from, to + 1).some((w) => w.pos === "VERB" || w.pos === "AUX")
}

const covers = (match: CueMatch, p: number): boolean => {
  if (p >= match.first && p <= match.last) return false
  const src = match.source
  if (src) {
    for (const r of [src.head, ...src.appositions]) if (p >= r.from && p <= r.to) return false
  }
  return match.covers.some((r) => p >= r.from && p <= r.to)
}

const fromCue = (analysis: ArticleAttribution, sentence: number, index: number): MentionAttribution | null => {
  const resolved = analysis.cues[sentence]?.[index]
  if (!resolved?.source) return null
  if (resolved.source.type === "publisher") return PUBLISHER
  return {
    attribution: toAttribution(resolved.source, resolved.match.text),
    cue: { sentence, cue: index },
    sourceKey: sourceKey(resolved.source)
  }
}

const firstWithSource = (analysis: ArticleAttribution, sentence: number, fromEnd: boolean): MentionAttribution | null => {
  const list = analysis.cues[sentence] ?? []
  const order = list.map((_, i) => i)
  if (fromEnd) order.reverse()
  for (const i of order) {
    const found = fromCue(analysis, sentence, i)
    if (found) return found
  }
  return null
}

/** The attribution of one figure of the article. */
export const attributeMention = (text: string, analysis: ArticleAttribution, mention: QuantityMention): MentionAttribution => {
  const sw = analysis.sentences[mention.sentence]
  if (!sw) return PUBLISHER
  const p = wordAt(sw.words, mention.start, mention.end)
  if (p < 0) return PUBLISHER
  const cues = analysis.cues[mention.sentence] ?? []

  // 1. a cue of the same sentence that covers the figure; the nearest wins
  let best = -1
  let bestDistance = Number.POSITIVE_INFINITY
  cues.forEach((c, i) => {
    if (!c.source || !covers(c.match, p)) return
    const distance = Math.min(Math.abs(p - c.match.first), Math.abs(p - c.match.last))
    if (distance < bestDistance) {
      best = i
      bestDistance = distance
    }
  })
  if (best >= 0) {
    const chosen = cues[best]!.match
    // "... said that 3,630 people are part of the caravan advancing from Huixtla, around 30 miles (50 km)
    // north of the Guatemalan border, to Mapastepec": a distance set off in the complement is the writer's aside
    if (chosen.last < p && isFixedFact(mention) && isAside(sw, p)) return PUBLISHER
    return fromCue(analysis, mention.sentence, best) ?? PUBLISHER
  }

  // 2. a quotation attributed in the next or previous sentence of its paragraph
  if (sw.words[p]!.quoted) {
    const block = sw.sentence.block
    const next = analysis.sentences[mention.sentence + 1]
    if (next && next.sentence.block === block) {
      const found = firstWithSource(analysis, mention.sentence + 1, false)
      if (found) return found
    }
    const prev = analysis.sentences[mention.sentence - 1]
    if (prev && prev.sentence.block === block) {
      const found = firstWithSource(analysis, mention.sentence - 1, true)
      if (found) return found
    }
    // a paragraph that is all quotation continues the speaker of the paragraph before it
    const firstOfBlock = analysis.sentences.findIndex((s) => s.sentence.block === block)
    const opensWithQuote = analysis.sentences[firstOfBlock]?.words[0]?.quote === "open"
    if (opensWithQuote && firstOfBlock > 0 && !analysis.cues.some((list, i) => analysis.sentences[i]!.sentence.block === block && list.some((c) => c.source))) {
      const before = analysis.sentences[firstOfBlock - 1]!
      if (before.sentence.kind === "body" && before.words.some((w) => w.quote !== null)) {
        const found = firstWithSource(analysis, firstOfBlock - 1, true)
        if (found) return found
      }
    }
  }
  return PUBLISHER
}

/** One attribution per mention, in order; each article is read once. */
/** The Attributor's output: per mention who said it, and per article the analysis the Dater reuses. */
export interface DocumentAttribution {
  /** by article index */
  readonly analyses: ReadonlyMap<number, ArticleAttribution>
  /** parallel to the mentions */
  readonly mentions: ReadonlyArray<MentionAttribution>
}

export const attributeDocument = (
  doc: SegmentedDocument,
  mentions: ReadonlyArray<QuantityMention>,
  publisherOf: (article: ArticleSegment) => string | null
): DocumentAttribution => {
  const analyses = new Map<number, ArticleAttribution>()
  const analysisOf = (index: number): ArticleAttribution | null => {
    const cached = analyses.get(index)
    if (cached) return cached
    const article = doc.articles.find((a) => a.index === index)
    if (!article) return null
    const analysis = analyseArticle(doc.source.text, article, publisherOf(article))
    analyses.set(index, analysis)
    return analysis
  }
  const attributed = mentions.map((m) => {
    const analysis = analysisOf(m.article)
    return analysis ? attributeMention(doc.source.text, analysis, m) : PUBLISHER
  })
  return { analyses, mentions: attributed }
}
