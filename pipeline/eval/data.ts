/**
 * The files `npm run eval` reads, decoded with effect/Schema: gold claims and non-claim spans
 * (`../shared/spec/gold-format.md`), an optional scope, and the pipeline's `claims.jsonl`.
 * Parsing is pure (text in, records or a typed error out) so the scorer's tests need no files.
 */
import { Result, Schema } from "effect"
import { Category, IsoDate, PublishedBasis, Qualifier, SourceType } from "../../schemas/Claim.ts"

/** A line of an eval input that cannot be decoded; eval stops, since a score on half a gold file misleads. */
export class EvalInputInvalid extends Schema.TaggedError<EvalInputInvalid>()("EvalInputInvalid", {
  file: Schema.String,
  line: Schema.Int,
  message: Schema.String
}) {}

/** An eval input file that cannot be read. */
export class EvalFileUnreadable extends Schema.TaggedError<EvalFileUnreadable>()("EvalFileUnreadable", {
  file: Schema.String,
  message: Schema.String
}) {}

/** Flags that contradict each other. */
export class EvalUsageError extends Schema.TaggedError<EvalUsageError>()("EvalUsageError", {
  message: Schema.String
}) {}

const NullableString = Schema.NullOr(Schema.String)
const NullableNumber = Schema.NullOr(Schema.Finite)

/** One gold claim, as `gold-format.md` defines it. */
export const GoldClaim = Schema.Struct({
  doc: Schema.String,
  article: Schema.Int,
  mention: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  value: NullableNumber,
  low: NullableNumber,
  high: NullableNumber,
  qualifier: Qualifier,
  unit: NullableString,
  counted: NullableString,
  category: Category,
  source: NullableString,
  source_org: NullableString,
  source_type: SourceType,
  attribution: NullableString,
  published: Schema.NullOr(IsoDate),
  published_basis: PublishedBasis,
  event_date: Schema.NullOr(IsoDate),
  in_caption: Schema.Boolean,
  key: Schema.Boolean,
  note: Schema.optionalKey(NullableString)
})
export type GoldClaim = typeof GoldClaim.Type

/** A number-like span that is not a claim: an extracted claim overlapping it is a false positive. */
export const NonClaimSpan = Schema.Struct({
  doc: Schema.String,
  text: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  why: Schema.String
})
export type NonClaimSpan = typeof NonClaimSpan.Type

/**
 * What a gold file covers, when it does not annotate every document of the input in full: a document
 * (all of it) or a code-point range of one (`start`..`end`, e.g. the articles annotated so far).
 * Extracted claims outside the scope are not scored.
 */
export const ScopeEntry = Schema.Struct({
  doc: Schema.String,
  start: Schema.optionalKey(Schema.Int),
  end: Schema.optionalKey(Schema.Int),
  note: Schema.optionalKey(Schema.String)
})
export type ScopeEntry = typeof ScopeEntry.Type

/**
 * The part of a pipeline claim (schemas/Claim.ts, nested as in `claims.jsonl`) that is scored. Only
 * these keys are required, so a claims file with more fields than today's still scores.
 */
export const PredictedClaimRecord = Schema.Struct({
  id: Schema.String,
  doc: Schema.String,
  article: Schema.Struct({ index: Schema.Int, published: Schema.NullOr(Schema.String) }),
  span: Schema.Struct({ start: Schema.Int, end: Schema.Int, text: Schema.String }),
  quantity: Schema.Struct({
    value: NullableNumber,
    low: NullableNumber,
    high: NullableNumber,
    qualifier: Schema.String,
    unit: NullableString
  }),
  category: Schema.String,
  source: Schema.Struct({ name: NullableString, type: Schema.String }),
  event_date: NullableString
})
export type PredictedClaimRecord = typeof PredictedClaimRecord.Type

/** A predicted claim, flattened to the gold's field names so the scorer compares like with like. */
export interface PredictedClaim {
  readonly id: string
  readonly doc: string
  readonly article: number
  readonly mention: string
  readonly start: number
  readonly end: number
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  readonly qualifier: string
  readonly unit: string | null
  readonly category: string
  readonly source: string | null
  readonly source_type: string
  readonly published: string | null
  readonly event_date: string | null
}

export const flattenClaim = (c: PredictedClaimRecord): PredictedClaim => ({
  id: c.id,
  doc: c.doc,
  article: c.article.index,
  mention: c.span.text,
  start: c.span.start,
  end: c.span.end,
  value: c.quantity.value,
  low: c.quantity.low,
  high: c.quantity.high,
  qualifier: c.quantity.qualifier,
  unit: c.quantity.unit,
  category: c.category,
  source: c.source.name,
  source_type: c.source.type,
  published: c.article.published,
  event_date: c.event_date
})

/** Decodes a JSON Lines text with `schema`; blank lines are skipped, the first bad line fails with its number. */
export const parseJsonLinesOf = <S extends Schema.Codec<unknown, unknown>>(schema: S) => {
  const decode = Schema.decodeUnknownResult(schema as Schema.Codec<S["Type"], unknown>)
  return (file: string, text: string): Result.Result<ReadonlyArray<S["Type"]>, EvalInputInvalid> => {
    const out: Array<S["Type"]> = []
    const lines = text.split(/\r?\n/)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (line.trim() === "") continue
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (cause) {
        return Result.fail(new EvalInputInvalid({ file, line: i + 1, message: `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})` }))
      }
      const decoded = decode(value)
      if (Result.isFailure(decoded)) {
        return Result.fail(new EvalInputInvalid({ file, line: i + 1, message: decoded.failure.message.replace(/\s*\n\s*/g, "; ") }))
      }
      out.push(decoded.success)
    }
    return Result.succeed(out)
  }
}

export const parseGold = parseJsonLinesOf(GoldClaim)
export const parseNonClaims = parseJsonLinesOf(NonClaimSpan)
export const parseScope = parseJsonLinesOf(ScopeEntry)
const parsePredictedRecords = parseJsonLinesOf(PredictedClaimRecord)
export const parsePredicted = (file: string, text: string): Result.Result<ReadonlyArray<PredictedClaim>, EvalInputInvalid> =>
  Result.map(parsePredictedRecords(file, text), (records) => records.map(flattenClaim))
