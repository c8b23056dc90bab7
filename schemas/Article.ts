import { Schema } from "effect"
import { IsoDate, PublishedBasis } from "./Claim.ts"
import { field, type Table } from "./Table.ts"

/** `articles.csv`: every article found inside an input document. */
export const ArticleRecord = Schema.Struct({
  doc: Schema.String.annotate({ description: "input path relative to the input folder" }),
  article: Schema.Int.annotate({ description: "1-based index of the article inside the document" }),
  title: Schema.String.annotate({ description: "headline, empty if none found" }),
  byline: Schema.NullOr(Schema.String).annotate({ description: "authors named by the 'By ...' line" }),
  dateline: Schema.NullOr(Schema.String).annotate({ description: "dateline as written, e.g. 'MEXICO CITY (Reuters) –'" }),
  publisher: Schema.NullOr(Schema.String).annotate({ description: "outlet named by dateline or credit" }),
  published: Schema.NullOr(IsoDate).annotate({ description: "article date" }),
  published_basis: PublishedBasis,
  start: Schema.Int.annotate({ description: "offset of the article's first character, code points" }),
  end: Schema.Int.annotate({ description: "offset after the article's last character, code points" }),
  sentences: Schema.Int.annotate({ description: "number of sentences in the article (body and captions)" }),
  claims: Schema.Int.annotate({ description: "number of claims extracted from the article" })
}).annotate({ title: "Article", description: "One article found in an input document" })
export type ArticleRecord = typeof ArticleRecord.Type

export const articleTable: Table<ArticleRecord> = {
  name: "articles",
  description: "One row per article found in an input document",
  primaryKey: ["doc", "article"],
  fields: [
    field("doc", "string", "input path relative to the input folder", (a) => a.doc),
    field("article", "integer", "1-based index of the article inside the document", (a) => a.article),
    field("title", "string", "headline, empty if none found", (a) => a.title),
    field("byline", "string", "authors named by the 'By ...' line", (a) => a.byline),
    field("dateline", "string", "dateline as written", (a) => a.dateline),
    field("publisher", "string", "outlet named by dateline or credit", (a) => a.publisher),
    field("published", "date", "article date", (a) => a.published),
    field("published_basis", "string", "where published came from", (a) => a.published_basis, PublishedBasis.literals),
    field("start", "integer", "offset of the article's first character, code points", (a) => a.start),
    field("end", "integer", "offset after the article's last character, code points", (a) => a.end),
    field("sentences", "integer", "number of sentences in the article", (a) => a.sentences),
    field("claims", "integer", "number of claims extracted from the article", (a) => a.claims)
  ]
}
