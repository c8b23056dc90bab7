import { Schema } from "effect"

/** The input folder or file named by `--input` does not exist or cannot be listed. */
export class InputNotFound extends Schema.TaggedError<InputNotFound>()("InputNotFound", {
  path: Schema.String,
  message: Schema.String
}) {}

/** A file could not be read from disk. */
export class UnreadableFile extends Schema.TaggedError<UnreadableFile>()("UnreadableFile", {
  doc: Schema.String,
  message: Schema.String
}) {}

/** A file's bytes are not text in an encoding we can decode (binary data, or a broken encoding). */
export class UndecodableText extends Schema.TaggedError<UndecodableText>()("UndecodableText", {
  doc: Schema.String,
  message: Schema.String
}) {}

/** One record of a JSONL/JSON corpus is not valid JSON or lacks a required field. */
export class InvalidRecord extends Schema.TaggedError<InvalidRecord>()("InvalidRecord", {
  doc: Schema.String,
  line: Schema.NullOr(Schema.Int),
  message: Schema.String
}) {}

/** A stage failed on one document; the document becomes an error row and the run goes on. */
export class StageFailed extends Schema.TaggedError<StageFailed>()("StageFailed", {
  doc: Schema.String,
  stage: Schema.String,
  message: Schema.String
}) {}

/** An output file could not be written. */
export class WriteFailed extends Schema.TaggedError<WriteFailed>()("WriteFailed", {
  path: Schema.String,
  message: Schema.String
}) {}

/** Errors that end one document, recorded in `documents.csv`. */
export type DocumentError = UnreadableFile | UndecodableText | InvalidRecord | StageFailed
