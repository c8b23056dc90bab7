import { Schema } from "effect"
import { field, type Table } from "./Table.ts"

/** Contract enums: the values users filter on. Changing one is a `schema_version` bump. */
export const Qualifier = Schema.Literals([
  "exact",
  "approximate",
  "more_than",
  "at_least",
  "less_than",
  "at_most",
  "almost",
  "range",
  "vague"
])
export type Qualifier = typeof Qualifier.Type

export const Category = Schema.Literals([
  "crowd_size",
  "security_forces",
  "casualties",
  "detention_deportation",
  "money",
  "percentage",
  "distance",
  "other"
])
export type Category = typeof Category.Type

export const SourceType = Schema.Literals(["person", "organization", "anonymous_official", "cited_media", "publisher"])
export type SourceType = typeof SourceType.Type

export const PublishedBasis = Schema.Literals(["dateline", "header", "caption", "text", "metadata", "none"])
export type PublishedBasis = typeof PublishedBasis.Type

/** `YYYY-MM-DD`; kept as a string so that JSON and CSV carry the same calendar day, with no time zone. */
export const IsoDate = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: "Expected a date as YYYY-MM-DD" }))
)

const NullableString = Schema.NullOr(Schema.String)
const NullableNumber = Schema.NullOr(Schema.Finite)

export const ArticleRef = Schema.Struct({
  index: Schema.Int.annotate({ description: "1-based index of the article inside the file" }),
  title: Schema.String.annotate({ description: "headline, empty if none found" }),
  publisher: NullableString.annotate({ description: "outlet named by dateline or credit" }),
  published: Schema.NullOr(IsoDate).annotate({ description: "article date" }),
  published_basis: PublishedBasis
})

export const Span = Schema.Struct({
  start: Schema.Int.annotate({ description: "offset of the mention in the document text, Unicode code points, 0-based" }),
  end: Schema.Int.annotate({ description: "end offset, exclusive" }),
  text: Schema.String.annotate({ description: "the quantity expression as written" }),
  sentence: Schema.String.annotate({ description: "the sentence that holds the mention, white space folded" })
})

export const Quantity = Schema.Struct({
  value: NullableNumber.annotate({ description: "the stated figure; null for range and vague" }),
  low: NullableNumber.annotate({ description: "lower bound the text implies" }),
  high: NullableNumber.annotate({ description: "upper bound the text implies" }),
  qualifier: Qualifier,
  unit: NullableString.annotate({ description: "percent, ISO 4217 code, length symbol, other unit symbol, or '<unit> per <time>'" })
})
export type Quantity = typeof Quantity.Type

export const Source = Schema.Struct({
  name: NullableString.annotate({ description: "who the text attributes the figure to, at its fullest form" }),
  org: NullableString.annotate({ description: "the source's organisation when the text gives one" }),
  type: SourceType,
  cue: NullableString.annotate({ description: "the attributing words" })
})
export type Source = typeof Source.Type

export const Claim = Schema.Struct({
  id: Schema.String.annotate({ description: "stable id: same document bytes and span give the same id" }),
  doc: Schema.String.annotate({ description: "input file path relative to the input folder (file#id for JSONL records)" }),
  article: ArticleRef,
  span: Span,
  quantity: Quantity,
  counted: NullableString.annotate({ description: "what is counted or measured, as written, determiners dropped" }),
  category: Category,
  source: Source,
  event_date: Schema.NullOr(IsoDate).annotate({ description: "the day on which the figure describes the world" }),
  comparison_id: NullableString.annotate({ description: "id of the comparison group this claim belongs to" }),
  confidence: Schema.Finite.annotate({ description: "0..1, the extractor's own estimate" })
}).annotate({ title: "Claim", description: "One cardinal quantity stated in a news text, with its source and date" })
export type Claim = typeof Claim.Type

/** `claims.csv`: the contract's column order; each column reads one JSON path of a Claim. */
export const claimTable: Table<Claim> = {
  name: "claims",
  description: "One row per quantitative claim",
  primaryKey: "claim_id",
  fields: [
    field("claim_id", "string", "stable id of the claim", (c) => c.id),
    field("doc", "string", "input file path relative to the input folder", (c) => c.doc),
    field("article", "integer", "1-based index of the article inside the file", (c) => c.article.index),
    field("article_title", "string", "headline, empty if none found", (c) => c.article.title),
    field("publisher", "string", "outlet named by dateline or credit", (c) => c.article.publisher),
    field("published", "date", "article date", (c) => c.article.published),
    field("published_basis", "string", "where published came from", (c) => c.article.published_basis, PublishedBasis.literals),
    field("start", "integer", "start offset of the mention, code points, 0-based", (c) => c.span.start),
    field("end", "integer", "end offset of the mention, exclusive", (c) => c.span.end),
    field("mention", "string", "the quantity expression as written", (c) => c.span.text),
    field("sentence", "string", "the sentence that holds the mention", (c) => c.span.sentence),
    field("value", "number", "the stated figure; empty for range and vague", (c) => c.quantity.value),
    field("low", "number", "lower bound the text implies", (c) => c.quantity.low),
    field("high", "number", "upper bound the text implies", (c) => c.quantity.high),
    field("qualifier", "string", "how the figure is qualified", (c) => c.quantity.qualifier, Qualifier.literals),
    field("unit", "string", "unit symbol; empty for plain counts", (c) => c.quantity.unit),
    field("counted", "string", "what is counted or measured", (c) => c.counted),
    field("category", "string", "kind of figure", (c) => c.category, Category.literals),
    field("source", "string", "who the text attributes the figure to; empty for the outlet itself", (c) => c.source.name),
    field("source_org", "string", "the source's organisation", (c) => c.source.org),
    field("source_type", "string", "kind of source", (c) => c.source.type, SourceType.literals),
    field("attribution", "string", "the attributing words", (c) => c.source.cue),
    field("event_date", "date", "day on which the figure describes the world", (c) => c.event_date),
    field("comparison_id", "string", "comparison group of this claim; empty if none", (c) => c.comparison_id),
    field("confidence", "number", "0..1, the extractor's own estimate", (c) => c.confidence)
  ]
}
