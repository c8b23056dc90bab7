import { Schema } from "effect"

export const BlockKind = Schema.Literals([
  "headline",
  "subheadline",
  "byline",
  "dateline",
  "header",
  "caption",
  "credit",
  "section",
  "chrome",
  "body"
])
export type BlockKind = typeof BlockKind.Type

/** A sentence as the Segmenter found it; offsets in code points of the document text. */
export const SentenceRecord = Schema.Struct({
  doc: Schema.String,
  article: Schema.Int,
  index: Schema.Int.annotate({ description: "0-based index of the sentence inside its article" }),
  paragraph: Schema.Int.annotate({ description: "0-based index of the paragraph (block) inside its article" }),
  kind: BlockKind.annotate({ description: "what kind of block holds the sentence" }),
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String
}).annotate({ title: "Sentence", description: "One sentence of an article" })
export type SentenceRecord = typeof SentenceRecord.Type
