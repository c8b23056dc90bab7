/**
 * Corpus files that hold many documents: JSON Lines (`.jsonl`, `.ndjson`: one record per line) and JSON
 * (`.json`: an array of records). Each record is one document; a record that cannot be decoded is
 * reported with its place in the file and the others still run.
 */
import { Result, Schema } from "effect"
import type { DocumentMetadata } from "../model.ts"

/** `YYYY-MM-DD`, or a full ISO 8601 timestamp whose calendar day (as written, no time-zone shift) is kept. */
const IsoDateOrTimestamp = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) =>
      isoDay(s) !== null ? undefined : `Expected an ISO date (YYYY-MM-DD or an ISO timestamp), got ${JSON.stringify(s)}`
    )
  )
)

const OptionalText = Schema.optionalKey(Schema.NullOr(Schema.String))

/** One document of a JSONL/JSON corpus. Keys other than these are ignored. */
export const CorpusRecord = Schema.Struct({
  id: Schema.Union([Schema.NonEmptyString, Schema.Int]),
  text: Schema.String,
  title: OptionalText,
  publisher: OptionalText,
  published: Schema.optionalKey(Schema.NullOr(IsoDateOrTimestamp)),
  url: OptionalText
})
export type CorpusRecord = typeof CorpusRecord.Type

const decodeRecord = Schema.decodeUnknownResult(CorpusRecord)

/** The calendar day of an ISO date or timestamp, or null when the string is not one (or not a real day). */
export const isoDay = (s: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/.exec(s.trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null
  return `${m[1]}-${m[2]}-${m[3]}`
}

/** Where a record stands in its file: a 1-based line of a JSONL file, or a 1-based item of a JSON array. */
export interface RecordPlace {
  readonly line: number | null
  readonly item: number | null
}

export type RecordResult =
  | {
    readonly _tag: "Record"
    readonly place: RecordPlace
    /** `<file>#<id>` */
    readonly doc: string
    readonly text: string
    readonly metadata: DocumentMetadata
  }
  | {
    readonly _tag: "Invalid"
    readonly place: RecordPlace
    /** `<file>#line<N>` for a JSONL line, `<file>#item<N>` for a JSON array item */
    readonly doc: string
    readonly message: string
  }

const placeName = (place: RecordPlace): string => place.line !== null ? `line${place.line}` : `item${place.item ?? 0}`
const placeWords = (file: string, place: RecordPlace): string =>
  place.line !== null ? `${file} line ${place.line}` : `${file} item ${place.item ?? 0}`

const blankToUndefined = (s: string | null | undefined): string | undefined =>
  s === null || s === undefined || s.trim() === "" ? undefined : s.trim()

/** Folds a SchemaError's multi-line report to one line, for a CSV cell. */
const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, "; ")

/**
 * Decodes one parsed value as a record. `seen` holds the ids already taken in this file: a repeated id
 * would give two documents the same `doc`, so the later one is refused.
 */
const toRecord = (file: string, place: RecordPlace, value: unknown, seen: Set<string>): RecordResult => {
  const invalid = (message: string): RecordResult => ({
    _tag: "Invalid",
    place,
    doc: `${file}#${placeName(place)}`,
    message: `${placeWords(file, place)}: ${message}`
  })
  const decoded = decodeRecord(value)
  if (Result.isFailure(decoded)) return invalid(`not a document record (needs "id" and "text"): ${oneLine(decoded.failure.message)}`)
  const record = decoded.success
  const id = String(record.id).trim()
  if (id === "") return invalid(`empty "id"`)
  if (seen.has(id)) return invalid(`"id" ${JSON.stringify(id)} already used by an earlier record`)
  seen.add(id)
  const published = record.published === null || record.published === undefined ? undefined : isoDay(record.published) ?? undefined
  return {
    _tag: "Record",
    place,
    doc: `${file}#${id}`,
    text: record.text,
    metadata: {
      title: blankToUndefined(record.title),
      publisher: blankToUndefined(record.publisher),
      published,
      url: blankToUndefined(record.url)
    }
  }
}

/**
 * JSON Lines: every non-blank line is one record. A line that is not JSON, or not a record, becomes an
 * `Invalid` result naming the line; blank lines are skipped (they are common at the end of files).
 */
export const parseJsonLines = (file: string, text: string): ReadonlyArray<RecordResult> => {
  const out: Array<RecordResult> = []
  const seen = new Set<string>()
  const lines = text.split("\n")
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "")
    if (line.trim() === "") continue
    const place: RecordPlace = { line: i + 1, item: null }
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      out.push({
        _tag: "Invalid",
        place,
        doc: `${file}#${placeName(place)}`,
        message: `${placeWords(file, place)}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`
      })
      continue
    }
    out.push(toRecord(file, place, value, seen))
  }
  return out
}

/** Why a whole `.json` file cannot be read as a corpus (it is then one error row). */
export type JsonArrayError = { readonly message: string }

/**
 * A JSON file holding an array of records (or a single record object). Items that are not records become
 * `Invalid` results naming the item; a file that is not JSON at all fails as a whole.
 */
export const parseJsonArray = (file: string, text: string): Result.Result<ReadonlyArray<RecordResult>, JsonArrayError> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    return Result.fail({ message: `${file}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})` })
  }
  const items = Array.isArray(value) ? value : value !== null && typeof value === "object" ? [value] : null
  if (items === null) return Result.fail({ message: `${file}: expected an array of document records, got ${value === null ? "null" : typeof value}` })
  const seen = new Set<string>()
  return Result.succeed(items.map((item, i) => toRecord(file, { line: null, item: i + 1 }, item, seen)))
}
