import { Context, Effect, Layer } from "effect"
import type {
  ArticleSegment,
  Block,
  BlockKind,
  Dateline,
  SegmentedDocument,
  Sentence,
  SourceDocument,
  Token
} from "./model.ts"
import { type Annotated, Nlp } from "./Nlp.ts"
import {
  BYLINE_AFFILIATION,
  BYLINE_FALSE_STARTS,
  BYLINE_PATTERN,
  CAPTION_CREDIT_PATTERNS,
  CAPTION_LEAD_PATTERNS,
  CAPTION_SCAN_CHARS,
  CHROME_PATTERNS,
  CHROME_PHRASES,
  CREDIT_LINE_PATTERNS,
  CREDIT_ONLY_MAX_WORDS,
  CREDIT_UNBRACKETED_MAX_WORDS,
  DATELINE_BARE_PLACE_MIN_LETTERS,
  DATELINE_PATTERN,
  DATELINE_SCAN_CHARS,
  FURNITURE_MAX_CHARS,
  HARD_WRAP_FILL,
  HARD_WRAP_MAX_WIDTH,
  HEADER_DATE_PATTERNS,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  MARKDOWN_HEADING,
  SECTION_MAX_WORDS,
  STANDALONE_LINE,
  SUBHEADLINE_MAX_WORDS,
  TITLE_BAD_ENDINGS,
  TITLE_START
} from "./rules/segmentation.ts"
import { foldWhitespace } from "./text/offsets.ts"

type Annotate = (text: string, offset?: number) => Annotated

// ---------------------------------------------------------------------------------------------------
// Paragraphs

/** A trimmed line, or hard-wrapped lines joined; offsets into the document text. */
export interface Paragraph {
  readonly start: number
  readonly end: number
}

interface Line {
  readonly start: number
  readonly end: number
  /** a blank line (or the document start) precedes it */
  readonly blankBefore: boolean
}

const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000

const linesOf = (text: string): Array<Line> => {
  const lines: Array<Line> = []
  let blank = true
  let position = 0
  while (position <= text.length) {
    let newline = text.indexOf("\n", position)
    if (newline < 0) newline = text.length
    let start = position
    let end = newline
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
    if (start < end) {
      lines.push({ start, end, blankBefore: blank })
      blank = false
    } else {
      blank = true
    }
    position = newline + 1
  }
  return lines
}

/**
 * Paragraphs of a document: each non-blank line is one, except in hard-wrapped text, where the lines of a
 * blank-line-separated chunk that were filled to the wrap width are joined to the line after them.
 */
export const paragraphsOf = (text: string): Array<Paragraph> => {
  const lines = linesOf(text)
  let width = 0
  for (const line of lines) width = Math.max(width, line.end - line.start)
  const wrapped = (i: number): boolean => {
    const line = lines[i]!
    const next = lines[i + 1]
    return next !== undefined && !next.blankBefore && line.end - line.start >= HARD_WRAP_FILL * width &&
      !STANDALONE_LINE.test(text.slice(next.start, next.start + 4))
  }
  let continuing = 0
  let filled = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1]!.blankBefore) continue
    continuing++
    if (wrapped(i)) filled++
  }
  const hardWrapped = width <= HARD_WRAP_MAX_WIDTH && lines.some((l, i) => i > 0 && l.blankBefore) && filled > 0 &&
    filled * 2 >= continuing
  const paragraphs: Array<Paragraph> = []
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.start
    while (hardWrapped && wrapped(i)) i++
    paragraphs.push({ start, end: lines[i]!.end })
  }
  return paragraphs
}

// ---------------------------------------------------------------------------------------------------
// Shapes: what a paragraph is by itself, before its neighbours are looked at

type Shape =
  | { readonly _tag: "chrome" }
  | { readonly _tag: "header" }
  | { readonly _tag: "credit" }
  | { readonly _tag: "byline"; readonly names: string }
  | { readonly _tag: "caption" }
  | { readonly _tag: "dateline"; readonly dateline: Dateline }
  /** a Markdown heading; its text starts at `contentStart` (after the `#` marks) */
  | { readonly _tag: "heading"; readonly level: number; readonly contentStart: number }
  /** a short line in capitals: a section heading, or a headline */
  | { readonly _tag: "caps" }
  /** a line shaped like a title: short, no closing period */
  | { readonly _tag: "title"; readonly words: number }
  | { readonly _tag: "prose"; readonly words: number }

const chromePhrases = new Set(CHROME_PHRASES)

/** Case, white space and apostrophe variants folded, for comparing whole lines. */
const normalise = (s: string): string => foldWhitespace(s).replace(/[‘’ʼ`]/g, "'").replace(/[“”]/g, "\"").toLowerCase()

const countWords = (s: string): number => {
  let words = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

const letterCount = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0

const parseDateline = (text: string, start: number): Dateline | null => {
  const m = DATELINE_PATTERN.exec(text.slice(0, DATELINE_SCAN_CHARS))
  if (m === null) return null
  const place = foldWhitespace(m[1]!)
  const date = m[2] === undefined ? null : foldWhitespace(m[2])
  const publisher = m[3] === undefined ? null : foldWhitespace(m[3])
  if (publisher === null && date === null && letterCount(place) < DATELINE_BARE_PLACE_MIN_LETTERS) return null
  // the words after a dateline open a sentence
  if (!/^\s+['"‘“]?[\p{Lu}\d]/u.test(text.slice(m[0].length, m[0].length + 4))) return null
  return { start, end: start + m[0].length, text: m[0], place, publisher, date }
}

const bylineNames = (text: string): string | null => {
  const m = BYLINE_PATTERN.exec(text)
  if (m === null) return null
  const names = m[1]!
  const firstWord = names.split(/\s+/u)[0]!
  if (BYLINE_FALSE_STARTS.includes(firstWord)) return null
  const parts = names.split(/\s*,\s*/u)
  while (parts.length > 1 && BYLINE_AFFILIATION.test(parts[parts.length - 1]!)) parts.pop()
  return foldWhitespace(parts.join(", "))
}

const isAllCaps = (text: string): boolean => /\p{Lu}.*\p{Lu}/su.test(text) && !/\p{Ll}/u.test(text)

const shapeOf = (text: string, start: number): Shape => {
  const heading = MARKDOWN_HEADING.exec(text)
  if (heading !== null && heading[0].length < text.length) {
    return { _tag: "heading", level: heading[1]!.length, contentStart: start + heading[0].length }
  }
  const short = text.length <= FURNITURE_MAX_CHARS
  if (short && (chromePhrases.has(normalise(text)) || CHROME_PATTERNS.some((p) => p.test(text)))) return { _tag: "chrome" }
  if (short && HEADER_DATE_PATTERNS.some((p) => p.test(text))) return { _tag: "header" }
  const words = countWords(text)
  if (
    CREDIT_LINE_PATTERNS.some((p) => p.test(text)) && (/^[([]/u.test(text) || words <= CREDIT_UNBRACKETED_MAX_WORDS)
  ) return { _tag: "credit" }
  if (short) {
    const names = bylineNames(text)
    if (names !== null) return { _tag: "byline", names }
  }
  const head = text.slice(0, CAPTION_SCAN_CHARS)
  const tail = text.slice(-CAPTION_SCAN_CHARS)
  if (CAPTION_LEAD_PATTERNS.some((p) => p.test(head))) return { _tag: "caption" }
  if (CAPTION_CREDIT_PATTERNS.some((p) => p.test(tail))) {
    return words <= CREDIT_ONLY_MAX_WORDS ? { _tag: "chrome" } : { _tag: "caption" }
  }
  const dateline = parseDateline(text, start)
  if (dateline !== null) return { _tag: "dateline", dateline }
  const titled = TITLE_START.test(text) && !TITLE_BAD_ENDINGS.test(text) && text.length <= HEADLINE_MAX_CHARS &&
    words <= HEADLINE_MAX_WORDS
  if (titled && words <= SECTION_MAX_WORDS && isAllCaps(text)) return { _tag: "caps" }
  if (titled) return { _tag: "title", words }
  return { _tag: "prose", words }
}

// ---------------------------------------------------------------------------------------------------
// Articles: headlines open them, credits close them

interface DraftBlock {
  readonly kind: BlockKind
  readonly start: number
  readonly end: number
}

interface DraftArticle {
  readonly blocks: Array<DraftBlock>
  title: string
  byline: string | null
  dateline: Dateline | null
  hasBody: boolean
  /** a credit line ("(Reporting by ...)") was seen: the next title-shaped line opens a new article */
  closed: boolean
}

const newArticle = (): DraftArticle => ({ blocks: [], title: "", byline: null, dateline: null, hasBody: false, closed: false })

/** Blocks that come before the story they belong to; a headless article opening at a dateline takes them. */
const leadInKinds: ReadonlySet<BlockKind> = new Set(["caption", "byline", "header"])

/** Shapes a headline is followed by (after chrome): the signs that a title-shaped line opens a story. */
const followsHeadline: ReadonlySet<Shape["_tag"]> = new Set(["byline", "dateline", "caption"])

/** Shapes that show the line before them is a standfirst rather than the story's first paragraph. */
const followsStandfirst: ReadonlySet<Shape["_tag"]> = new Set(["chrome", "header", "caption", "byline", "dateline"])

const articlesOf = (text: string, paragraphs: ReadonlyArray<Paragraph>): Array<DraftArticle> => {
  const shapes = paragraphs.map((p) => shapeOf(text.slice(p.start, p.end), p.start))
  const isFurniture = (i: number): boolean => shapes[i]!._tag === "chrome" || shapes[i]!._tag === "header"
  // index of the next paragraph that is not chrome or a header date, for each paragraph (linear, from the end)
  const nextContent = new Array<number>(paragraphs.length)
  for (let i = paragraphs.length - 1, next = -1; i >= 0; i--) {
    nextContent[i] = next
    if (!isFurniture(i)) next = i
  }
  const shapeAt = (i: number): Shape["_tag"] | null => (i < 0 ? null : shapes[i]!._tag)

  const articles: Array<DraftArticle> = []
  // chrome and header lines seen before the first article, which they then join
  const leading: Array<DraftBlock> = []
  let current = null as DraftArticle | null

  const open = (): DraftArticle => {
    const article = newArticle()
    article.blocks.push(...leading.splice(0))
    articles.push(article)
    current = article
    return article
  }
  const ensure = (): DraftArticle => current ?? open()

  /** A title-shaped line opens a story at the document start, after a credit, or above a byline/dateline/caption. */
  const opensArticle = (i: number, shape: Shape): boolean => {
    const next = nextContent[i]!
    if (next < 0) return false
    if (current === null || current.closed) return true
    // a second title-shaped line under a headline is its deck, not another story
    if (!current.hasBody) return false
    const following = shapeAt(next)!
    if (following === "byline" || following === "dateline") return true
    if (shape._tag === "caps") return false
    if (followsHeadline.has(following)) return true
    // a standfirst between the headline and the byline
    return following === "prose" && (shapeAt(nextContent[next]!) === "byline" || shapeAt(nextContent[next]!) === "dateline")
  }

  for (let i = 0; i < paragraphs.length; i++) {
    const { end, start } = paragraphs[i]!
    const shape = shapes[i]!
    const article: DraftArticle | null = current
    const previousKind = article?.blocks[article.blocks.length - 1]?.kind

    if (shape._tag === "heading") {
      const headingText = text.slice(shape.contentStart, end)
      if (article !== null && article.title !== "" && normalise(headingText) === normalise(article.title)) {
        article.blocks.push({ kind: "chrome", start, end })
      } else if (article === null || (shape.level === 1 && (article.hasBody || article.closed))) {
        const opened = open()
        opened.blocks.push({ kind: "headline", start: shape.contentStart, end })
        opened.title = foldWhitespace(headingText)
      } else {
        article.blocks.push({ kind: "section", start: shape.contentStart, end })
      }
      continue
    }

    if (shape._tag === "title" || shape._tag === "caps") {
      if (article !== null && article.title !== "" && normalise(text.slice(start, end)) === normalise(article.title)) {
        article.blocks.push({ kind: "chrome", start, end }) // the title printed again
        continue
      }
      if (opensArticle(i, shape)) {
        const opened = open()
        opened.blocks.push({ kind: "headline", start, end })
        opened.title = foldWhitespace(text.slice(start, end))
        continue
      }
      if (article !== null && article.hasBody && (shape._tag === "caps" || shape.words <= SECTION_MAX_WORDS)) {
        article.blocks.push({ kind: "section", start, end })
        continue
      }
    }

    switch (shape._tag) {
      case "chrome":
      case "header": {
        if (article === null) leading.push({ kind: shape._tag, start, end })
        else article.blocks.push({ kind: shape._tag, start, end })
        break
      }
      case "credit": {
        const target = ensure()
        target.blocks.push({ kind: "credit", start, end })
        target.closed = true
        break
      }
      case "byline": {
        const target = ensure()
        target.blocks.push({ kind: "byline", start, end })
        target.byline ??= shape.names
        break
      }
      case "caption": {
        ensure().blocks.push({ kind: "caption", start, end })
        break
      }
      case "dateline": {
        let target = ensure()
        if (target.hasBody || target.dateline !== null) {
          // a second story without a headline: it takes the captions and byline printed above its dateline
          const previous = target
          target = open()
          let keep = previous.blocks.length
          while (keep > 0 && leadInKinds.has(previous.blocks[keep - 1]!.kind)) keep--
          target.blocks.push(...previous.blocks.splice(keep))
          const byline = target.blocks.find((b) => b.kind === "byline")
          if (byline !== undefined) target.byline = bylineNames(text.slice(byline.start, byline.end))
        }
        const { dateline } = shape
        target.blocks.push({ kind: "dateline", start: dateline.start, end: dateline.end })
        target.dateline = dateline
        let rest = dateline.end
        while (rest < end && isSpaceCode(text.charCodeAt(rest))) rest++
        if (rest < end) target.blocks.push({ kind: "body", start: rest, end })
        target.hasBody = true
        break
      }
      case "caps":
      case "title":
      case "prose": {
        const target = ensure()
        const standfirst = previousKind === "headline" && countWords(text.slice(start, end)) <= SUBHEADLINE_MAX_WORDS &&
          i + 1 < paragraphs.length && followsStandfirst.has(shapes[i + 1]!._tag)
        target.blocks.push({ kind: standfirst ? "subheadline" : "body", start, end })
        if (!standfirst) target.hasBody = true
        break
      }
    }
  }
  return articles
}

// ---------------------------------------------------------------------------------------------------
// Sentences

/** Kinds whose blocks are prose, split into sentences; any other block is one sentence. */
const proseKinds: ReadonlySet<BlockKind> = new Set(["body", "subheadline", "caption"])

/** "REUTERS/Name" after a caption's last period is the caption's credit, not a sentence of its own. */
const isCreditFragment = (text: string): boolean =>
  countWords(text) <= CREDIT_ONLY_MAX_WORDS && CAPTION_CREDIT_PATTERNS.some((p) => p.test(text))

const sentenceSpans = (
  text: string,
  block: DraftBlock,
  annotated: Annotated
): Array<{ start: number; end: number }> => {
  if (!proseKinds.has(block.kind) || annotated.sentences.length === 0) return [{ start: block.start, end: block.end }]
  const spans: Array<{ start: number; end: number }> = []
  for (const span of annotated.sentences) {
    const previous = spans[spans.length - 1]
    if (previous !== undefined && block.kind === "caption" && isCreditFragment(text.slice(span.start, span.end))) {
      spans[spans.length - 1] = { start: previous.start, end: span.end }
    } else {
      spans.push({ start: span.start, end: span.end })
    }
  }
  return spans
}

const buildArticle = (text: string, draft: DraftArticle, index: number, annotate: Annotate): ArticleSegment => {
  const blocks: Array<Block> = []
  const sentences: Array<Sentence> = []
  for (const draftBlock of draft.blocks) {
    const blockText = text.slice(draftBlock.start, draftBlock.end)
    const blockIndex = blocks.length
    blocks.push({ kind: draftBlock.kind, start: draftBlock.start, end: draftBlock.end, text: blockText })
    const annotated = annotate(blockText, draftBlock.start)
    let t = 0
    for (const span of sentenceSpans(text, draftBlock, annotated)) {
      const tokens: Array<Token> = []
      while (t < annotated.tokens.length && annotated.tokens[t]!.start < span.start) t++
      while (t < annotated.tokens.length && annotated.tokens[t]!.end <= span.end) tokens.push(annotated.tokens[t++]!)
      sentences.push({
        index: sentences.length,
        block: blockIndex,
        kind: draftBlock.kind,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        tokens
      })
    }
  }
  return {
    index,
    start: blocks[0]?.start ?? 0,
    end: blocks[blocks.length - 1]?.end ?? 0,
    title: draft.title,
    byline: draft.byline,
    dateline: draft.dateline,
    blocks,
    sentences
  }
}

/**
 * Segments one document: paragraphs, their kinds, the articles they form, and wink-nlp's sentences
 * (mended) inside each block. Pure apart from the NLP call; linear in the text.
 */
export const segmentDocument = (source: SourceDocument, annotate: Annotate): SegmentedDocument => {
  const drafts = articlesOf(source.text, paragraphsOf(source.text))
    .filter((draft) => draft.blocks.some((b) => b.kind !== "chrome" && b.kind !== "header"))
  // Given metadata wins over what the text suggests; it names one story, so it titles a one-story document.
  const metadataTitle = source.metadata.title
  if (metadataTitle !== undefined && metadataTitle.trim() !== "" && drafts.length === 1) {
    drafts[0]!.title = foldWhitespace(metadataTitle)
  }
  return {
    source,
    articles: drafts.map((draft, i) => buildArticle(source.text, draft, i + 1, annotate))
  }
}

/** The segmentation stage: articles, blocks and sentences of each document. */
export class Segmenter extends Context.Service<Segmenter, {
  readonly segment: (doc: SourceDocument) => Effect.Effect<SegmentedDocument>
}>()("tally/Segmenter") {
  static readonly layer = Layer.effect(
    Segmenter,
    Effect.gen(function*() {
      const nlp = yield* Nlp
      return Segmenter.of({
        segment: (doc) => Effect.sync(() => segmentDocument(doc, nlp.annotate))
      })
    })
  )
}
