import { Schema } from "effect"
import { field, type Table } from "./Table.ts"

export const DocumentStatus = Schema.Literals(["ok", "error"])

/** `documents.csv`: every input (file, or record of a JSONL/JSON corpus), processed or not. */
export const DocumentRecord = Schema.Struct({
  doc: Schema.String.annotate({ description: "input path relative to the input folder; file#id for corpus records; file#line for a bad record" }),
  format: Schema.String.annotate({ description: "txt, md, html, jsonl or json" }),
  status: DocumentStatus,
  error: Schema.NullOr(Schema.String).annotate({ description: "plain message when status is error" }),
  error_type: Schema.NullOr(Schema.String).annotate({ description: "tag of the typed error when status is error" }),
  sha256: Schema.NullOr(Schema.String).annotate({ description: "sha256 of the document's bytes (of the record's text for corpus records)" }),
  bytes: Schema.NullOr(Schema.Int).annotate({ description: "size in bytes" }),
  encoding: Schema.NullOr(Schema.String).annotate({ description: "encoding the bytes were decoded from" }),
  chars: Schema.NullOr(Schema.Int).annotate({ description: "length of the extracted text in code points (the space offsets refer to)" }),
  articles: Schema.Int.annotate({ description: "number of articles found" }),
  claims: Schema.Int.annotate({ description: "number of claims extracted" })
}).annotate({ title: "Document", description: "One input document and what became of it" })
export type DocumentRecord = typeof DocumentRecord.Type

export const documentTable: Table<DocumentRecord> = {
  name: "documents",
  description: "One row per input document, processed or not",
  primaryKey: "doc",
  fields: [
    field("doc", "string", "input path relative to the input folder", (d) => d.doc),
    field("format", "string", "input format", (d) => d.format),
    field("status", "string", "ok or error", (d) => d.status, DocumentStatus.literals),
    field("error", "string", "plain message when status is error", (d) => d.error),
    field("error_type", "string", "tag of the typed error", (d) => d.error_type),
    field("sha256", "string", "sha256 of the document's bytes", (d) => d.sha256),
    field("bytes", "integer", "size in bytes", (d) => d.bytes),
    field("encoding", "string", "encoding the bytes were decoded from", (d) => d.encoding),
    field("chars", "integer", "length of the extracted text in code points", (d) => d.chars),
    field("articles", "integer", "number of articles found", (d) => d.articles),
    field("claims", "integer", "number of claims extracted", (d) => d.claims)
  ]
}
