/**
 * The in-memory shapes that flow between the stages. Output records live in `schemas/`; these are the
 * working annotations (CoreNLP style: each stage adds to what the previous one produced).
 *
 * Offsets here are JavaScript string indices (UTF-16 code units) into `SourceDocument.text`; they are
 * converted to code points once, when records are built (`pipeline/text/offsets.ts`).
 */
import type { Category, PublishedBasis, Quantity, SourceType } from "../schemas/Claim.ts"
import type { BlockKind } from "../schemas/Sentence.ts"

export type { BlockKind }

export type InputFormat = "txt" | "md" | "html" | "jsonl" | "json"

/** Metadata given with a document (JSONL/JSON corpora); it wins over what the text suggests. */
export interface DocumentMetadata {
  readonly title?: string | undefined
  readonly publisher?: string | undefined
  /** ISO `YYYY-MM-DD` */
  readonly published?: string | undefined
  readonly url?: string | undefined
}

/** One decoded document: the text every offset refers to. */
export interface SourceDocument {
  /** path relative to the input folder, `file#id` for corpus records */
  readonly doc: string
  readonly format: InputFormat
  readonly text: string
  readonly sha256: string
  readonly bytes: number
  readonly encoding: string
  readonly metadata: DocumentMetadata
}

export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
  /** Universal POS tag from wink-nlp (NOUN, NUM, PROPN, VERB, ...) */
  readonly pos: string
  /** wink token type: word, number, punctuation, symbol, currency, ... */
  readonly type: string
  /** wink entity type covering this token (CARDINAL, DATE, MONEY, PERCENT, ...), if any */
  readonly entity?: string | undefined
}

export interface Block {
  readonly kind: BlockKind
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface Sentence {
  /** 0-based index inside the article */
  readonly index: number
  /** index of the block (paragraph) in `ArticleSegment.blocks` */
  readonly block: number
  readonly kind: BlockKind
  readonly start: number
  readonly end: number
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
}

export interface Dateline {
  readonly start: number
  readonly end: number
  /** as written, e.g. `UNITED NATIONS, Oct. 22 (Xinhua) --` */
  readonly text: string
  /** place words, e.g. `UNITED NATIONS` */
  readonly place: string
  /** outlet in parentheses, e.g. `Xinhua`, `Thomson Reuters Foundation` */
  readonly publisher: string | null
  /** the date part as written, if any, e.g. `Oct. 22` */
  readonly date: string | null
}

export interface ArticleSegment {
  /** 1-based */
  readonly index: number
  readonly start: number
  readonly end: number
  readonly title: string
  readonly byline: string | null
  readonly dateline: Dateline | null
  readonly blocks: ReadonlyArray<Block>
  readonly sentences: ReadonlyArray<Sentence>
}

export interface SegmentedDocument {
  readonly source: SourceDocument
  readonly articles: ReadonlyArray<ArticleSegment>
}

/** A figure found by the QuantityExtractor, before attribution and dating. */
export interface QuantityMention {
  /** 1-based article index */
  readonly article: number
  /** sentence index inside the article */
  readonly sentence: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly quantity: Quantity
  readonly counted: string | null
  readonly category: Category
  readonly confidence: number
}

export interface Attribution {
  readonly name: string | null
  readonly org: string | null
  readonly type: SourceType
  readonly cue: string | null
}

export interface ArticleDate {
  readonly published: string | null
  readonly basis: PublishedBasis
  readonly publisher: string | null
}

/** Everything the per-document stages know about one document; the Comparer and Writer take it from here. */
export interface AnnotatedDocument {
  readonly segmented: SegmentedDocument
  readonly mentions: ReadonlyArray<QuantityMention>
  /** parallel to `mentions` */
  readonly attributions: ReadonlyArray<Attribution>
  /** parallel to `mentions` */
  readonly eventDates: ReadonlyArray<string | null>
  /** parallel to `segmented.articles` */
  readonly articleDates: ReadonlyArray<ArticleDate>
}
